import { solveMatching } from "../matching";
import type { MatchingEdge, MatchingInstance, MatchingResult } from "../matching/types";
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
}

export interface AllPairsStats {
  /** Solves of the candidate set: 1 + the pricing rounds that added pairs. */
  readonly rounds: number;
  /** Pairs in the last candidate set. */
  readonly candidates: number;
  /** Allowed pairs of mentees that are not locked, all of them scored (and never stored). */
  readonly allowed: number;
}

/** Selection key: the higher score first, then a fixed hash of the pair, so that ties spread over mentors. */
function rankKey(score: number, mentee: number, mentor: number): number {
  let h = Math.imul(mentee ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(mentor ^ 0xc2b2ae35, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return score * 4294967296 + ((h ^ (h >>> 13)) >>> 0);
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

  const edges: MatchingEdge[] = [];
  const mentorId = scorer.mentors.map((p) => p.id);
  const menteeId = scorer.mentees.map((p) => p.id);
  const addEdge = (j: number, i: number, score: number) => {
    edges.push({ mentor: mentorId[j]!, mentee: menteeId[i]!, score });
  };
  const locked = [];
  for (let i = 0; i < nMentees; i++) {
    const j = lockedTo[i]!;
    if (j < 0) continue;
    locked.push({ mentor: mentorId[j]!, mentee: menteeId[i]! });
    addEdge(j, i, scorer.score(j, i));
  }

  // First pass: each mentee's best pairs, each mentor's best (one for a mentor filled by locks, which
  // makes its certificate potential cover all its pairs at once).
  const row = new Int32Array(nMentors);
  const best = new TopKeys(PER_MENTEE);
  const perMentor = Array.from(
    { length: nMentors },
    (_, j) => new TopKeys(residual[j]! > 0 ? PER_MENTOR : 1),
  );
  const taken = new Set<number>();
  const pairKey = (j: number, i: number) => i * nMentors + j;
  let allowed = 0;
  for (let i = 0; i < nMentees; i++) {
    if (lockedTo[i]! >= 0) continue;
    scorer.scoreRow(i, row);
    best.reset();
    for (let j = 0; j < nMentors; j++) {
      const score = row[j]!;
      if (score < 0) continue;
      allowed++;
      const key = rankKey(score, i, j);
      if (residual[j]! > 0) best.offer(key, j);
      perMentor[j]!.offer(key, i);
    }
    for (let k = 0; k < best.count; k++) {
      const j = best.values[k]!;
      taken.add(pairKey(j, i));
      addEdge(j, i, row[j]!);
    }
  }
  perMentor.forEach((top, j) => {
    for (let k = 0; k < top.count; k++) {
      const i = top.values[k]!;
      if (taken.has(pairKey(j, i))) continue;
      taken.add(pairKey(j, i));
      addEdge(j, i, Math.floor(top.keys[k]! / 4294967296));
    }
  });
  taken.clear();

  const instance = {
    mentors: scorer.mentors.map((p, j) => ({ id: p.id, capacity: capacity[j]! })),
    mentees: scorer.mentees.map((p) => ({ id: p.id })),
    edges,
    locked,
  } satisfies MatchingInstance;
  const mentorPotential = new Float64Array(nMentors);
  const menteePotential = new Float64Array(nMentees);
  for (let rounds = 1; ; rounds++) {
    const result = solveMatching(instance);
    const certificate = result.certificate!;
    mentorId.forEach((id, j) => {
      mentorPotential[j] = certificate.mentorPotentials[id]!;
    });
    menteeId.forEach((id, i) => {
      menteePotential[i] = certificate.menteePotentials[id] ?? 0;
    });
    let added = 0;
    for (let i = 0; i < nMentees; i++) {
      if (lockedTo[i]! >= 0) continue;
      scorer.scoreRow(i, row);
      const bar = certificate.big - menteePotential[i]!;
      for (let j = 0; j < nMentors; j++) {
        const score = row[j]!;
        // u + v ≥ big + score must hold on every allowed pair; the candidates satisfy it already.
        if (score >= 0 && mentorPotential[j]! < bar + score) {
          addEdge(j, i, score);
          added++;
        }
      }
    }
    if (added === 0) return { result, stats: { rounds, candidates: edges.length, allowed } };
    if (edges.length > MAX_CANDIDATE_PAIRS) throw new TooManyPairsError(nMentees, nMentors);
  }
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
