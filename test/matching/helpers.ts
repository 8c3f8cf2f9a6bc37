import fc from "fast-check";
import { prng } from "../../bench/random";
import type { MatchingEdge, MatchingInstance, MatchingResult, PairRef } from "../../src/core/matching";

export { prng };

export interface RandomShape {
  readonly mentors: number;
  readonly mentees: number;
  readonly density: number;
  readonly maxCapacity: number;
  readonly maxScore: number;
  /** Probability that a mentee is locked to one of its mentors (while capacity allows). */
  readonly lockRate?: number;
}

/** A valid random instance; ids are deliberately not in sorted order. */
export function randomInstance(seed: number, shape: RandomShape): MatchingInstance {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const mentors = Array.from({ length: shape.mentors }, (_, i) => ({
    id: `m${(i * 7919) % 100_003}`,
    capacity: int(shape.maxCapacity + 1),
  }));
  const mentees = Array.from({ length: shape.mentees }, (_, i) => ({ id: `e${(i * 104_729) % 1_000_003}` }));
  const edges: MatchingEdge[] = [];
  for (const e of mentees) {
    for (const m of mentors) {
      if (rand() < shape.density) edges.push({ mentor: m.id, mentee: e.id, score: int(shape.maxScore + 1) });
    }
  }
  const locked: PairRef[] = [];
  const left = new Map(mentors.map((m) => [m.id, m.capacity]));
  const lockedMentees = new Set<string>();
  for (const edge of edges) {
    if (lockedMentees.has(edge.mentee) || (left.get(edge.mentor) ?? 0) === 0) continue;
    if (rand() >= (shape.lockRate ?? 0)) continue;
    lockedMentees.add(edge.mentee);
    left.set(edge.mentor, (left.get(edge.mentor) ?? 0) - 1);
    locked.push({ mentor: edge.mentor, mentee: edge.mentee });
  }
  return { mentors, mentees, edges, locked };
}

/** fast-check arbitrary of small valid instances (shrinks towards fewer, simpler items). */
export function smallInstance(max = { mentors: 4, mentees: 6, capacity: 3, score: 20 }) {
  return fc
    .record({
      caps: fc.array(fc.integer({ min: 0, max: max.capacity }), { minLength: 1, maxLength: max.mentors }),
      menteeCount: fc.integer({ min: 1, max: max.mentees }),
      cells: fc.array(fc.option(fc.integer({ min: 0, max: max.score }), { freq: 2 }), {
        minLength: max.mentors * max.mentees,
        maxLength: max.mentors * max.mentees,
      }),
      lockBits: fc.array(fc.boolean(), { minLength: max.mentees, maxLength: max.mentees }),
    })
    .map(({ caps, menteeCount, cells, lockBits }): MatchingInstance => {
      const mentors = caps.map((capacity, i) => ({ id: `m${i}`, capacity }));
      const mentees = Array.from({ length: menteeCount }, (_, i) => ({ id: `e${i}` }));
      const edges: MatchingEdge[] = [];
      const locked: PairRef[] = [];
      const left = [...caps];
      mentees.forEach((e, ei) => {
        mentors.forEach((m, mi) => {
          const score = cells[ei * max.mentors + mi];
          if (score === null || score === undefined) return;
          edges.push({ mentor: m.id, mentee: e.id, score });
          if (
            lockBits[ei] &&
            !locked.some((p) => p.mentee === e.id) &&
            (left[mi] ?? 0) > 0 &&
            score % 3 === 0
          ) {
            left[mi]!--;
            locked.push({ mentor: m.id, mentee: e.id });
          }
        });
      });
      return { mentors, mentees, edges, locked };
    });
}

export interface Objective {
  readonly matched: number;
  readonly total: number;
}

/** Exhaustive search over every feasible matching that keeps the locks; lexicographic optimum. */
export function bruteForce(instance: MatchingInstance): Objective {
  const capacity = new Map(instance.mentors.map((m) => [m.id, m.capacity]));
  const lockedTo = new Map((instance.locked ?? []).map((p) => [p.mentee, p.mentor]));
  const options = instance.mentees.map((e) => {
    const own = instance.edges.filter((edge) => edge.mentee === e.id);
    const lock = lockedTo.get(e.id);
    return lock === undefined ? own : own.filter((edge) => edge.mentor === lock);
  });
  const mustMatch = instance.mentees.map((e) => lockedTo.has(e.id));
  let best: Objective = { matched: -1, total: -1 };
  const walk = (i: number, matched: number, total: number) => {
    if (i === options.length) {
      if (matched > best.matched || (matched === best.matched && total > best.total))
        best = { matched, total };
      return;
    }
    if (!mustMatch[i]) walk(i + 1, matched, total);
    for (const edge of options[i]!) {
      const left = capacity.get(edge.mentor) ?? 0;
      if (left === 0) continue;
      capacity.set(edge.mentor, left - 1);
      walk(i + 1, matched + 1, total + edge.score);
      capacity.set(edge.mentor, left);
    }
  };
  walk(0, 0, 0);
  return best;
}

export function objective(result: MatchingResult): Objective {
  return { matched: result.matched, total: result.total };
}

/** Lexicographic comparison of (matched, total): negative when `a` is worse. */
export function compareObjective(a: Objective, b: Objective): number {
  return a.matched !== b.matched ? a.matched - b.matched : a.total - b.total;
}

export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
