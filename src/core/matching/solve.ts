import { findEdge, type IndexedInstance, indexInstance } from "./indexed";
import { addViolatedEdges, selectCandidates } from "./pricing";
import { buildTransportProblem, subgraph, type TransportProblem } from "./transportGraph";
import { TransportSolver } from "./transportSolver";
import type {
  MatchedPair,
  MatchingCertificate,
  MatchingInstance,
  MatchingResult,
  SolveOptions,
} from "./types";

const DEFAULT_PER_MENTEE = 8;
const DEFAULT_PER_MENTOR = 16;
/** "auto" prunes when mentees have on average more edges than this. */
const AUTO_PRUNE_DEGREE = 24;

export interface SolveStats {
  /** Solves of the candidate graph: 1 without pruning, 1 + pricing rounds that added edges. */
  readonly rounds: number;
  /** Edges in the last graph solved. */
  readonly edgesSolved: number;
}

function shouldPrune(problem: TransportProblem, options: SolveOptions): boolean {
  const mode = options.prune ?? "auto";
  if (mode !== "auto") return mode === "always";
  return problem.graph.col.length > AUTO_PRUNE_DEGREE * Math.max(1, problem.rows.length);
}

/**
 * Solves the candidate graph, prices the left-out edges against its duals, adds the violated ones
 * and solves again, until no left-out edge could improve the answer. Exactness does not depend on
 * the candidate counts: they only decide how many rounds it takes.
 */
function solveTransport(problem: TransportProblem, options: SolveOptions) {
  const { graph, rows, cap, noneCost } = problem;
  const solver = new TransportSolver(graph, cap, noneCost);
  if (!shouldPrune(problem, options)) {
    solver.insertAll(rows);
    return { solver, stats: { rounds: 1, edgesSolved: graph.col.length } };
  }
  const keep = selectCandidates(
    graph,
    Math.max(1, Math.floor(options.candidatesPerMentee ?? DEFAULT_PER_MENTEE)),
    Math.max(0, Math.floor(options.candidatesPerMentor ?? DEFAULT_PER_MENTOR)),
  );
  for (let rounds = 1; ; rounds++) {
    const candidates = subgraph(graph, keep);
    solver.reset(candidates);
    solver.insertAll(rows);
    if (addViolatedEdges(graph, keep, solver.price, solver.rowDual, rows) === 0) {
      return { solver, stats: { rounds, edgesSolved: candidates.col.length } };
    }
  }
}

/** The certificate's potentials by index: per mentor, and per mentee (0 for a locked one). */
export function indexedPotentials(
  inst: IndexedInstance,
  problem: TransportProblem,
  solver: TransportSolver,
): { mentor: Float64Array; mentee: Float64Array } {
  // A mentor without capacity left is always full, so any price is allowed: `big + score` of its best
  // edge covers all of them, since mentee potentials are never negative.
  const mentor = new Float64Array(inst.mentorIds.length).fill(problem.big);
  for (const e of problem.rows) {
    for (let k = inst.rowStart[e]!; k < inst.rowStart[e + 1]!; k++) {
      const m = inst.edgeMentor[k]!;
      mentor[m] = Math.max(mentor[m]!, problem.big + inst.edgeScore[k]!);
    }
  }
  for (let m = 0; m < mentor.length; m++) if (problem.cap[m]! > 0) mentor[m] = solver.price[m]!;
  const mentee = new Float64Array(inst.menteeIds.length);
  for (const e of problem.rows) mentee[e] = problem.noneCost - solver.rowDual[e]!;
  return { mentor, mentee };
}

function certificateOf(inst: IndexedInstance, problem: TransportProblem, solver: TransportSolver) {
  const potentials = indexedPotentials(inst, problem, solver);
  const mentorPotentials: Record<string, number> = Object.create(null);
  const menteePotentials: Record<string, number> = Object.create(null);
  inst.mentorIds.forEach((id, m) => {
    mentorPotentials[id] = potentials.mentor[m]!;
  });
  for (const e of problem.rows) menteePotentials[inst.menteeIds[e]!] = potentials.mentee[e]!;
  const certificate: MatchingCertificate = { big: problem.big, mentorPotentials, menteePotentials };
  return certificate;
}

function resultOf(
  inst: IndexedInstance,
  mentorOf: Int32Array,
  certificate: MatchingCertificate,
): MatchingResult {
  const byMentor: number[][] = inst.mentorIds.map(() => []);
  const unmatched: string[] = [];
  mentorOf.forEach((m, e) => {
    if (m >= 0) byMentor[m]!.push(e);
    else unmatched.push(inst.menteeIds[e]!);
  });
  const pairs: MatchedPair[] = [];
  let total = 0;
  byMentor.forEach((mentees, m) => {
    for (const e of mentees) {
      const score = inst.edgeScore[findEdge(inst, e, m)]!;
      total += score;
      pairs.push({ mentor: inst.mentorIds[m]!, mentee: inst.menteeIds[e]!, score });
    }
  });
  return { pairs, unmatched, matched: pairs.length, total, certificate };
}

/** The exact optimum of an instance already in canonical index form, with the solver's duals. */
export function solveIndexed(inst: IndexedInstance, options: SolveOptions = {}) {
  const problem = buildTransportProblem(inst);
  const { solver, stats } = solveTransport(problem, options);
  const mentorOf = Int32Array.from(inst.lockedTo);
  for (const e of problem.rows) mentorOf[e] = solver.assign[e]!;
  return {
    problem,
    solver,
    mentorOf,
    stats: stats as SolveStats,
    /** The answer in the public shape, with its certificate. */
    result: (): MatchingResult => resultOf(inst, mentorOf, certificateOf(inst, problem, solver)),
  };
}

/** `solveMatching` with solver statistics, for the benchmark and tests. */
export function solveMatchingWithStats(
  instance: MatchingInstance,
  options: SolveOptions = {},
): { result: MatchingResult; stats: SolveStats } {
  const solved = solveIndexed(indexInstance(instance), options);
  return { result: solved.result(), stats: solved.stats };
}

/**
 * Maximum-weight bipartite b-matching with a lexicographic objective: first as many matched mentees
 * as possible, then the largest total score, with every locked pair kept. The instance must be valid
 * (see `validateInstance`). The result carries an optimality certificate (see `checkCertificate`).
 *
 * Tie rule: among equally good answers the one returned depends only on the instance as a set of
 * mentors, mentees, edges and locks, never on their order in the input. Everything is mapped to
 * canonical indices (ids sorted by UTF-16 code units, not by locale); mentees are inserted in
 * ascending id order, so an earlier mentee keeps a contested mentor against a later one of equal
 * value; each shortest-path search settles equal distances mentors with spare capacity first, then
 * by ascending id, and prefers leaving a mentee unmatched to an equally good longer path. Pruning
 * keeps candidates by score, ties by a fixed hash of the canonical indices.
 */
export function solveMatching(instance: MatchingInstance, options: SolveOptions = {}): MatchingResult {
  return solveMatchingWithStats(instance, options).result;
}
