import { munkres } from "munkres";
import type { MatchingInstance } from "../src/core/matching";

/**
 * The textbook reduction to a square assignment problem, solved by the `munkres` package: one row
 * per mentee, one column per mentor slot (a mentor of capacity c gives c columns), padded to a
 * square with dummy columns. A pair costs `K - (big + score)`, a missing edge or a dummy column
 * `K` (= not matched), so the minimum cost is the same lexicographic optimum as ours.
 */
export function buildSlotMatrix(instance: MatchingInstance) {
  const slotMentor: string[] = [];
  for (const m of instance.mentors) for (let c = 0; c < m.capacity; c++) slotMentor.push(m.id);
  const n = Math.max(instance.mentees.length, slotMentor.length);
  const maxScore = instance.edges.reduce((max, e) => Math.max(max, e.score), 0);
  const big = maxScore * instance.mentees.length + 1;
  const missing = big + maxScore + 1;
  const row = new Map(instance.mentees.map((e, i) => [e.id, i]));
  const firstSlot = new Map<string, number>();
  slotMentor.forEach((id, s) => {
    if (!firstSlot.has(id)) firstSlot.set(id, s);
  });
  const capacity = new Map(instance.mentors.map((m) => [m.id, m.capacity]));
  const matrix = Array.from({ length: n }, () => new Float64Array(n).fill(missing));
  for (const edge of instance.edges) {
    const r = row.get(edge.mentee)!;
    const first = firstSlot.get(edge.mentor);
    if (first === undefined) continue;
    for (let s = first; s < first + (capacity.get(edge.mentor) ?? 0); s++) {
      matrix[r]![s] = missing - (big + edge.score);
    }
  }
  return { matrix, big, missing, n };
}

/** Solves the slot matrix; returns (matched, total) read back from the assignment. */
export function solveWithMunkres(instance: MatchingInstance, built = buildSlotMatrix(instance)) {
  const { matrix, big, missing } = built;
  let matched = 0;
  let total = 0;
  for (const [r, c] of munkres(matrix)) {
    const cost = matrix[r]![c]!;
    if (cost >= missing) continue;
    matched++;
    total += missing - cost - big;
  }
  return { matched, total };
}
