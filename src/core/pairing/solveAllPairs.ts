import { type IndexedInstance, sortRows } from "../matching/indexed";
import { indexedPotentials, solveIndexed } from "../matching/solve";
import type { MatchingResult } from "../matching/types";
import type { PairScorer } from "./pairScorer";

/** Best pairs of each mentee put into the first candidate set; more only cost time, fewer rounds. */
const PER_MENTEE = 8;
/** Best pairs of each mentor with places left, so that a popular mentor's next best are at hand. */
const PER_MENTOR = 4;
/** Candidate pairs above this would not fit in memory comfortably; the coordinator is told what to do. */
export const MAX_CANDIDATE_PAIRS = 20_000_000;

export interface AllPairsInput {
  readonly scorer: PairScorer;
  /** Per mentor of `scorer.mentors`: how many mentees they may have, locked ones included. */
  readonly capacity: Int32Array;
  /** Per mentee of `scorer.mentees`: the mentor it is locked to, or -1. */
  readonly lockedTo: Int32Array;
  /** Best pairs per mentee and per mentor in the first candidate set (tests and the benchmark). */
  readonly perMentee?: number;
  readonly perMentor?: number;
}

export interface AllPairsStats {
  /** Solves of the candidate set: 1 + the pricing rounds that added pairs. */
  readonly rounds: number;
  /** Pairs in the last candidate set. */
  readonly candidates: number;
  /** Allowed pairs of mentees that are not locked, all of them scored (and never stored). */
  readonly allowed: number;
}

const KEY_SCALE = 4294967296;

/** Selection key: the higher score first, then a fixed hash of the pair, so that ties spread over mentors. */
function rankKey(score: number, mentee: number, mentor: number): number {
  let h = Math.imul(mentee ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(mentor ^ 0xc2b2ae35, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return score * KEY_SCALE + ((h ^ (h >>> 13)) >>> 0);
}

/** A bounded set of the `size` largest keys, each with a value; the smallest kept is replaced first. */
class TopKeys {
  readonly keys: Float64Array;
  readonly values: Int32Array;
  count = 0;
  /** The smallest key kept once full; below it nothing gets in. */
  floor = Number.NEGATIVE_INFINITY;
  private low = 0;
  constructor(private readonly size: number) {
    this.keys = new Float64Array(size);
    this.values = new Int32Array(size);
  }
  offer(key: number, value: number): void {
    if (key <= this.floor) return;
    if (this.count < this.size) {
      this.keys[this.count] = key;
      this.values[this.count++] = value;
      if (this.count === this.size) this.findLow();
      return;
    }
    this.keys[this.low] = key;
    this.values[this.low] = value;
    this.findLow();
  }
  private findLow(): void {
    let low = 0;
    for (let k = 1; k < this.size; k++) if (this.keys[k]! < this.keys[low]!) low = k;
    this.low = low;
    this.floor = this.keys[low]!;
  }
  reset(): void {
    this.count = 0;
    this.floor = Number.NEGATIVE_INFINITY;
  }
}

/**
 * The exact optimum over every allowed pair, while only a few pairs per person are ever stored:
 * each mentee's best pairs (and each mentor's) are solved exactly with their certificate (dual
 * potentials); then every allowed pair is scored again and priced against those potentials, and the
 * pairs that violate them (those that could still improve the answer) join the candidate set, until
 * none does. The certificate of the last solve then holds for all pairs (dual feasibility on every
 * allowed pair, complementary slackness on the candidates), so the answer is optimal for the whole
 * problem: as many mentees as possible, then the largest total. Memory is linear in the number of
 * people and candidates, not in mentors × mentees.
 */
export function solveAllPairs(input: AllPairsInput): { result: MatchingResult; stats: AllPairsStats } {
  const { scorer, capacity, lockedTo } = input;
  const nMentors = scorer.mentors.length;
  const nMentees = scorer.mentees.length;
  const residual = Int32Array.from(capacity);
  for (const j of lockedTo) if (j >= 0) residual[j]!--;

  const edges = new EdgeList();
  for (let i = 0; i < nMentees; i++) {
    const j = lockedTo[i]!;
    if (j >= 0) edges.add(i, j, scorer.score(j, i));
  }

  // First pass: each mentee's best pairs, each mentor's best (one for a mentor filled by locks, which
  // makes its certificate potential cover all its pairs at once).
  const row = new Int32Array(nMentors);
  const perMenteeCount = Math.max(1, input.perMentee ?? PER_MENTEE);
  const best = new TopKeys(perMenteeCount);
  const perMentor = Array.from(
    { length: nMentors },
    (_, j) => new TopKeys(residual[j]! > 0 ? Math.max(1, input.perMentor ?? PER_MENTOR) : 1),
  );
  /** Per mentor: the lowest score that may still enter its best (cheaper than hashing every pair). */
  const mentorFloor = new Float64Array(nMentors).fill(Number.NEGATIVE_INFINITY);
  const taken = new Set<number>();
  const pairKey = (j: number, i: number) => i * nMentors + j;
  /** Per mentee: no pair left out of the candidates scores above this (-∞ when none is left out). */
  const leftOutBelow = new Float64Array(nMentees).fill(Number.NEGATIVE_INFINITY);
  let allowed = 0;
  for (let i = 0; i < nMentees; i++) {
    if (lockedTo[i]! >= 0) continue;
    scorer.scoreRow(i, row);
    best.reset();
    let floor = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < nMentors; j++) {
      const score = row[j]!;
      if (score < 0) continue;
      allowed++;
      if (score < floor && score < mentorFloor[j]!) continue;
      const key = rankKey(score, i, j);
      if (residual[j]! > 0) {
        best.offer(key, j);
        floor = Math.floor(best.floor / KEY_SCALE);
      }
      const top = perMentor[j]!;
      top.offer(key, i);
      mentorFloor[j] = Math.floor(top.floor / KEY_SCALE);
    }
    for (let k = 0; k < best.count; k++) {
      const j = best.values[k]!;
      taken.add(pairKey(j, i));
      edges.add(i, j, row[j]!);
    }
    if (best.count === perMenteeCount) leftOutBelow[i] = Math.floor(best.floor / KEY_SCALE);
  }
  perMentor.forEach((top, j) => {
    for (let k = 0; k < top.count; k++) {
      const i = top.values[k]!;
      if (taken.has(pairKey(j, i))) continue;
      taken.add(pairKey(j, i));
      edges.add(i, j, Math.floor(top.keys[k]! / KEY_SCALE));
    }
  });
  taken.clear();

  const mentorIds = scorer.mentors.map((p) => p.id);
  const menteeIds = scorer.mentees.map((p) => p.id);
  const clipped = capacity.map((c) => Math.min(c, nMentees + 1));
  for (let rounds = 1; ; rounds++) {
    // The people are already in canonical order (ids by code units), so the candidates are the
    // solver's index form directly: no ids are looked up, no objects made until the answer.
    const inst: IndexedInstance = {
      mentorIds,
      menteeIds,
      capacity: clipped,
      lockedTo,
      ...edges.csr(nMentees),
    };
    const solved = solveIndexed(inst);
    const potentials = indexedPotentials(inst, solved.problem, solved.solver);
    const { big } = solved.problem;
    // Mentors by potential: a pair can violate only with a mentor whose potential is below a bar.
    const order = Int32Array.from({ length: nMentors }, (_, j) => j).sort(
      (a, b) => potentials.mentor[a]! - potentials.mentor[b]! || a - b,
    );
    const sorted = Float64Array.from(order, (j) => potentials.mentor[j]!);
    let added = 0;
    for (let i = 0; i < nMentees; i++) {
      if (lockedTo[i]! >= 0) continue;
      // u + v ≥ big + score must hold on every allowed pair; the candidates satisfy it already, and a
      // left-out pair (a mentor with places left) scores at most `leftOutBelow`. A mentor filled by locks
      // never violates it: its potential covers its best pair, which is a candidate.
      const bar = big - potentials.mentee[i]!;
      if (leftOutBelow[i]! + bar <= 0) continue;
      const count = countBelow(sorted, bar + leftOutBelow[i]!);
      if (count * 3 > nMentors) scorer.scoreRow(i, row);
      else scorer.scoreSome(i, order, count, row);
      for (let k = 0; k < count; k++) {
        const j = order[k]!;
        const score = row[j]!;
        if (score >= 0 && potentials.mentor[j]! < bar + score) {
          edges.add(i, j, score);
          added++;
        }
      }
    }
    if (added === 0) return { result: solved.result(), stats: { rounds, candidates: edges.size, allowed } };
    if (edges.size > MAX_CANDIDATE_PAIRS) throw new TooManyPairsError(nMentees, nMentors);
  }
}

/** Candidate pairs in growable typed arrays. */
class EdgeList {
  private mentee = new Int32Array(1024);
  private mentor = new Int32Array(1024);
  private score = new Int32Array(1024);
  size = 0;

  add(mentee: number, mentor: number, score: number): void {
    if (this.size === this.mentee.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.mentee = grow(this.mentee);
      this.mentor = grow(this.mentor);
      this.score = grow(this.score);
    }
    this.mentee[this.size] = mentee;
    this.mentor[this.size] = mentor;
    this.score[this.size++] = score;
  }

  /** CSR by mentee, mentors ascending within each row. */
  csr(nMentees: number): { rowStart: Int32Array; edgeMentor: Int32Array; edgeScore: Int32Array } {
    const rowStart = new Int32Array(nMentees + 1);
    for (let k = 0; k < this.size; k++) rowStart[this.mentee[k]! + 1]!++;
    for (let i = 0; i < nMentees; i++) rowStart[i + 1]! += rowStart[i]!;
    const fill = rowStart.slice(0, nMentees);
    const edgeMentor = new Int32Array(this.size);
    const edgeScore = new Int32Array(this.size);
    for (let k = 0; k < this.size; k++) {
      const at = fill[this.mentee[k]!]!++;
      edgeMentor[at] = this.mentor[k]!;
      edgeScore[at] = this.score[k]!;
    }
    sortRows(rowStart, edgeMentor, edgeScore);
    return { rowStart, edgeMentor, edgeScore };
  }
}

/** How many of the ascending `values` are below `bound`. */
function countBelow(values: Float64Array, bound: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The candidate set outgrew memory; the message says how big the problem is and what to do. */
export class TooManyPairsError extends Error {
  constructor(mentees: number, mentors: number) {
    super(
      `слишком много возможных пар для подбора за один раз: ${mentees} наставляемых × ${mentors} наставников. ` +
        "Включите в «Настройках» подбор только в пределах предмета или подразделения, " +
        "либо подбирайте пары по частям (отдельно по подразделениям)",
    );
  }
}
