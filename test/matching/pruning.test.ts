import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCertificate, solveMatching, solveMatchingWithStats } from "../../src/core/matching";
import { randomInstance } from "./helpers";

describe("candidate pruning with pricing", () => {
  it("reaches the unpruned optimum for any candidate counts, and the pricing loop does real work", () => {
    let repriced = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(0, 1, 3, 100),
        (seed, perMentee, perMentor, maxScore) => {
          const instance = randomInstance(seed, {
            mentors: 25,
            mentees: 60,
            density: 0.4,
            maxCapacity: 3,
            maxScore,
            lockRate: 0.03,
          });
          const full = solveMatching(instance, { prune: "never" });
          const { result, stats } = solveMatchingWithStats(instance, {
            prune: "always",
            candidatesPerMentee: perMentee,
            candidatesPerMentor: perMentor,
          });
          if (stats.rounds > 1) repriced++;
          expect([result.matched, result.total]).toEqual([full.matched, full.total]);
          expect(checkCertificate(instance, result)).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 4242 },
    );
    expect(repriced).toBeGreaterThan(50);
  });

  it("prunes on its own only when mentees have many edges", () => {
    const sparse = randomInstance(1, {
      mentors: 50,
      mentees: 100,
      density: 0.1,
      maxCapacity: 2,
      maxScore: 9,
    });
    const dense = randomInstance(2, {
      mentors: 200,
      mentees: 100,
      density: 0.9,
      maxCapacity: 2,
      maxScore: 9,
    });
    const edgesOf = (i: typeof sparse) => solveMatchingWithStats(i).stats.edgesSolved;
    expect(edgesOf(sparse)).toBe(solveMatchingWithStats(sparse, { prune: "never" }).stats.edgesSolved);
    expect(edgesOf(dense)).toBeLessThan(
      solveMatchingWithStats(dense, { prune: "never" }).stats.edgesSolved / 2,
    );
    const auto = solveMatching(dense);
    const never = solveMatching(dense, { prune: "never" });
    expect([auto.matched, auto.total]).toEqual([never.matched, never.total]);
  });
});
