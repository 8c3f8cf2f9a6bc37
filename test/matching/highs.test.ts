import highsLoader from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkCertificate, type MatchingInstance, solveMatching } from "../../src/core/matching";
import { randomInstance } from "./helpers";

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;

beforeAll(async () => {
  highs = await highsLoader();
});

/**
 * The b-matching as an integer program in CPLEX LP format: maximise Σ (big + score)·x over binary
 * x with mentor capacities and one mentor per mentee; locked pairs are fixed to 1 by their bounds.
 */
function integerProgram(instance: MatchingInstance, big: number): string {
  const locked = new Set((instance.locked ?? []).map((p) => `${p.mentor}|${p.mentee}`));
  const terms: string[] = [];
  const bounds: string[] = [];
  const byMentor = new Map<string, string[]>();
  const byMentee = new Map<string, string[]>();
  instance.edges.forEach((edge, i) => {
    const x = `x${i}`;
    terms.push(`+ ${big + edge.score} ${x}`);
    bounds.push(locked.has(`${edge.mentor}|${edge.mentee}`) ? ` 1 <= ${x} <= 1` : ` 0 <= ${x} <= 1`);
    byMentor.set(edge.mentor, [...(byMentor.get(edge.mentor) ?? []), x]);
    byMentee.set(edge.mentee, [...(byMentee.get(edge.mentee) ?? []), x]);
  });
  const rows: string[] = [];
  instance.mentors.forEach((m, i) => {
    const xs = byMentor.get(m.id);
    if (xs) rows.push(` cap${i}: ${xs.join(" + ")} <= ${m.capacity}`);
  });
  instance.mentees.forEach((e, i) => {
    const xs = byMentee.get(e.id);
    if (xs) rows.push(` one${i}: ${xs.join(" + ")} <= 1`);
  });
  const objective = terms.length > 0 ? terms.join(" ") : "0 x_none";
  return [
    "Maximize",
    ` obj: ${objective}`,
    "Subject To",
    ...(rows.length > 0 ? rows : [" dummy: x_none <= 0"]),
    "Bounds",
    ...bounds,
    "General",
    ` ${instance.edges.map((_, i) => `x${i}`).join(" ")}`,
    "End",
  ].join("\n");
}

describe("solveMatching against the HiGHS integer programming solver", () => {
  const shapes = [
    { mentors: 15, mentees: 30, density: 0.3, maxCapacity: 2, maxScore: 100 },
    { mentors: 20, mentees: 45, density: 0.2, maxCapacity: 3, maxScore: 10 },
    { mentors: 30, mentees: 60, density: 0.15, maxCapacity: 3, maxScore: 1000 },
    { mentors: 30, mentees: 60, density: 0.5, maxCapacity: 1, maxScore: 2 },
    { mentors: 25, mentees: 40, density: 0.3, maxCapacity: 2, maxScore: 50, lockRate: 0.1 },
  ];
  shapes.forEach((shape, s) => {
    it(`matches the ILP optimum on ${shape.mentees}×${shape.mentors} instances (shape ${s})`, () => {
      for (let seed = 0; seed < 12; seed++) {
        const instance = randomInstance(1000 * s + seed, shape);
        const result = solveMatching(instance);
        const big = Math.max(0, ...instance.edges.map((e) => e.score)) * instance.mentees.length + 1;
        const ilp = highs.solve(integerProgram(instance, big));
        expect(ilp.Status).toBe("Optimal");
        expect(result.matched * big + result.total, `seed ${seed}`).toBe(Math.round(ilp.ObjectiveValue));
        expect(checkCertificate(instance, result)).toEqual([]);
        const pruned = solveMatching(instance, {
          prune: "always",
          candidatesPerMentee: 2,
          candidatesPerMentor: 1,
        });
        expect([pruned.matched, pruned.total]).toEqual([result.matched, result.total]);
        expect(checkCertificate(instance, pruned)).toEqual([]);
      }
    });
  });
});
