import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCertificate, type MatchingInstance, solveMatching } from "../../src/core/matching";
import { compareObjective, objective, prng, randomInstance, shuffled, smallInstance } from "./helpers";

/** Small and medium instances: small ones shrink well, medium ones exercise long augmenting paths. */
const instances = fc.oneof(
  smallInstance(),
  smallInstance({ mentors: 8, mentees: 14, capacity: 3, score: 5 }),
  fc.integer({ min: 1, max: 1_000_000 }).map((seed) =>
    randomInstance(seed, {
      mentors: 12,
      mentees: 30,
      density: 0.25,
      maxCapacity: 3,
      maxScore: 30,
      lockRate: 0.05,
    }),
  ),
);

const RUNS = { numRuns: 400, seed: 777 };

function permuted(instance: MatchingInstance, seed: number): MatchingInstance {
  const rand = prng(seed);
  return {
    mentors: shuffled(instance.mentors, rand),
    mentees: shuffled(instance.mentees, rand),
    edges: shuffled(instance.edges, rand),
    locked: shuffled(instance.locked ?? [], rand),
  };
}

describe("solveMatching properties", () => {
  it("respects capacities, uses only allowed edges with their scores, keeps every lock", () => {
    fc.assert(
      fc.property(instances, (instance) => {
        const result = solveMatching(instance);
        const capacity = new Map(instance.mentors.map((m) => [m.id, m.capacity]));
        const scores = new Map(instance.edges.map((e) => [`${e.mentor}|${e.mentee}`, e.score]));
        const load = new Map<string, number>();
        for (const pair of result.pairs) {
          expect(scores.get(`${pair.mentor}|${pair.mentee}`)).toBe(pair.score);
          load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);
        }
        for (const [mentor, count] of load) expect(count).toBeLessThanOrEqual(capacity.get(mentor) ?? 0);
        const mentees = result.pairs.map((p) => p.mentee);
        expect(new Set(mentees).size).toBe(mentees.length);
        expect([...mentees, ...result.unmatched].sort()).toEqual(instance.mentees.map((e) => e.id).sort());
        for (const lock of instance.locked ?? []) {
          expect(result.pairs).toContainEqual(
            expect.objectContaining({ mentor: lock.mentor, mentee: lock.mentee }),
          );
        }
        expect(result.total).toBe(result.pairs.reduce((sum, p) => sum + p.score, 0));
        expect(checkCertificate(instance, result)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("returns the same pairs whatever the order of mentors, mentees, edges and locks", () => {
    fc.assert(
      fc.property(instances, fc.integer(), (instance, seed) => {
        const result = solveMatching(instance);
        const again = solveMatching(permuted(instance, seed));
        expect(again.pairs).toEqual(result.pairs);
        expect(again.unmatched).toEqual(result.unmatched);
        const prunedA = solveMatching(instance, { prune: "always", candidatesPerMentee: 1 });
        const prunedB = solveMatching(permuted(instance, seed + 1), {
          prune: "always",
          candidatesPerMentee: 1,
        });
        expect(prunedB.pairs).toEqual(prunedA.pairs);
      }),
      RUNS,
    );
  });

  it("sorts pairs by mentor id, then mentee id, and unmatched by id", () => {
    fc.assert(
      fc.property(instances, (instance) => {
        const result = solveMatching(instance);
        const keys = result.pairs.map((p) => [p.mentor, p.mentee] as const);
        const sorted = [...keys].sort((a, b) =>
          a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? -1 : 1,
        );
        expect(keys).toEqual(sorted);
        expect(result.unmatched).toEqual([...result.unmatched].sort());
      }),
      RUNS,
    );
  });

  it("never gets worse when a mentor gets more capacity", () => {
    fc.assert(
      fc.property(instances, fc.nat(), fc.integer({ min: 1, max: 3 }), (instance, pick, extra) => {
        const chosen = instance.mentors[pick % instance.mentors.length]!;
        const wider = {
          ...instance,
          mentors: instance.mentors.map((m) => (m === chosen ? { ...m, capacity: m.capacity + extra } : m)),
        };
        expect(
          compareObjective(objective(solveMatching(wider)), objective(solveMatching(instance))),
        ).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it("matches strictly more mentees when a free mentee gets an edge to a mentor with spare capacity", () => {
    fc.assert(
      fc.property(instances, (instance) => {
        const result = solveMatching(instance);
        const lonely = result.unmatched[0];
        if (lonely === undefined) return;
        const added = {
          ...instance,
          mentors: [...instance.mentors, { id: "zz-new", capacity: 1 }],
          edges: [...instance.edges, { mentor: "zz-new", mentee: lonely, score: 0 }],
        };
        expect(solveMatching(added).matched).toBe(result.matched + 1);
      }),
      RUNS,
    );
  });
});
