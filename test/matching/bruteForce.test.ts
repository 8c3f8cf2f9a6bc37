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

  it("finds the optimum on seeded random instances of every shape, pruned or not", () => {
    const DENSITIES = [0.3, 0.6, 0.9];
    const MAX_SCORES = [0, 3, 50];
    const LOCK_RATES = [0, 0.3];
    // Each seed's shape is its digits in a mixed radix, so every combination of mentors, mentees, density,
    // capacity, scores and locks occurs once (5 · 7 · 3 · 3 · 3 · 2 = 1890 shapes), each on its own instance.
    const radices = [5, 7, DENSITIES.length, 3, MAX_SCORES.length, LOCK_RATES.length];
    const shapes = radices.reduce((product, radix) => product * radix, 1);
    for (let seed = 0; seed < shapes; seed++) {
      let rest = seed;
      const [mentors, mentees, density, capacity, maxScore, lockRate] = radices.map((radix) => {
        const digit = rest % radix;
        rest = Math.floor(rest / radix);
        return digit;
      }) as [number, number, number, number, number, number];
      const instance = randomInstance(seed + 1, {
        mentors: 1 + mentors,
        mentees: 1 + mentees,
        density: DENSITIES[density]!,
        maxCapacity: 1 + capacity,
        maxScore: MAX_SCORES[maxScore]!,
        lockRate: LOCK_RATES[lockRate]!,
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
