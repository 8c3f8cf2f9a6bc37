import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCertificate, solveMatching } from "../../src/core/matching";
import { bruteForce, objective, randomInstance, smallInstance } from "./helpers";

describe("solveMatching against exhaustive search", () => {
  it("finds the lexicographic optimum on small fast-check instances, with a valid certificate", () => {
    fc.assert(
      fc.property(smallInstance(), (instance) => {
        const result = solveMatching(instance);
        expect(objective(result)).toEqual(bruteForce(instance));
        expect(checkCertificate(instance, result)).toEqual([]);
      }),
      { numRuns: 2000, seed: 20240901 },
    );
  });

  it("finds the optimum on seeded random instances of varied shapes, pruned or not", () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const instance = randomInstance(seed, {
        mentors: 1 + (seed % 5),
        mentees: 1 + (seed % 7),
        density: [0.3, 0.6, 0.9][seed % 3]!,
        maxCapacity: 1 + (seed % 3),
        maxScore: [0, 3, 50][seed % 3]!,
        lockRate: seed % 4 === 0 ? 0.3 : 0,
      });
      const best = bruteForce(instance);
      for (const prune of ["never", "always"] as const) {
        const result = solveMatching(instance, { prune, candidatesPerMentee: 1, candidatesPerMentor: 1 });
        expect(objective(result), `seed ${seed}, prune ${prune}`).toEqual(best);
        expect(checkCertificate(instance, result), `seed ${seed}`).toEqual([]);
      }
    }
  });
});
