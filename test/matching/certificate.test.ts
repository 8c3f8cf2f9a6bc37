import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkCertificate,
  type MatchingCertificate,
  type MatchingInstance,
  type MatchingResult,
  solveMatching,
} from "../../src/core/matching";
import { bruteForce, compareObjective, objective, randomInstance, smallInstance } from "./helpers";

const INSTANCE: MatchingInstance = {
  mentors: [
    { id: "m1", capacity: 1 },
    { id: "m2", capacity: 1 },
  ],
  mentees: [{ id: "e1" }, { id: "e2" }, { id: "e3" }],
  edges: [
    { mentor: "m1", mentee: "e1", score: 10 },
    { mentor: "m1", mentee: "e2", score: 8 },
    { mentor: "m2", mentee: "e2", score: 1 },
    { mentor: "m2", mentee: "e3", score: 3 },
  ],
};

function withPotentials(
  result: MatchingResult,
  edit: (c: { mentor: Record<string, number>; mentee: Record<string, number> }) => void,
) {
  const certificate = result.certificate!;
  const mentor = { ...certificate.mentorPotentials };
  const mentee = { ...certificate.menteePotentials };
  edit({ mentor, mentee });
  const changed: MatchingCertificate = { ...certificate, mentorPotentials: mentor, menteePotentials: mentee };
  return { ...result, certificate: changed };
}

describe("checkCertificate", () => {
  const result = solveMatching(INSTANCE);

  it("accepts the solver's answer, which prefers two pairs over the single best score", () => {
    expect(result.pairs).toEqual([
      { mentor: "m1", mentee: "e1", score: 10 },
      { mentor: "m2", mentee: "e3", score: 3 },
    ]);
    expect(result.unmatched).toEqual(["e2"]);
    expect(checkCertificate(INSTANCE, result)).toEqual([]);
  });

  it("survives a JSON round trip", () => {
    expect(checkCertificate(INSTANCE, JSON.parse(JSON.stringify(result)))).toEqual([]);
  });

  it("refuses a feasible but suboptimal answer that carries the optimal potentials", () => {
    const worse = {
      ...result,
      pairs: [
        { mentor: "m1", mentee: "e2", score: 8 },
        { mentor: "m2", mentee: "e3", score: 3 },
      ],
      unmatched: ["e1"],
      total: 11,
    };
    expect(checkCertificate(INSTANCE, worse)).not.toEqual([]);
  });

  it.each<[string, (r: MatchingResult) => MatchingResult, RegExp]>([
    ["no certificate", (r) => ({ ...r, certificate: undefined }), /Нет сертификата/],
    [
      "a forbidden pair",
      (r) => ({ ...r, pairs: [...r.pairs, { mentor: "m2", mentee: "e1", score: 0 }] }),
      /не входит/,
    ],
    ["a wrong score", (r) => ({ ...r, pairs: [{ ...r.pairs[0]!, score: 11 }, r.pairs[1]!] }), /балл 11/],
    ["a wrong total", (r) => ({ ...r, total: 14 }), /total = 14/],
    ["a wrong unmatched list", (r) => ({ ...r, unmatched: [] }), /unmatched/],
    ["a small big", (r) => ({ ...r, certificate: { ...r.certificate!, big: 5 } }), /big = 5/],
    ["a negative potential", (r) => withPotentials(r, (c) => (c.mentee.e2 = -1)), /«e2».*потенциал -1/],
    ["a fractional potential", (r) => withPotentials(r, (c) => (c.mentor.m1! += 0.5)), /«m1».*потенциал/],
    ["a missing potential", (r) => withPotentials(r, (c) => delete c.mentee.e3), /«e3».*потенциал undefined/],
    ["a slack used pair", (r) => withPotentials(r, (c) => (c.mentor.m1! += 1)), /«m1» — «e1».*больше/],
    ["an uncovered edge", (r) => withPotentials(r, (c) => (c.mentor.m1! -= 1)), /«m1» — «e1».*меньше/],
    ["a priced unmatched mentee", (r) => withPotentials(r, (c) => (c.mentee.e2 = 7)), /«e2» без пары/],
  ])("reports %s", (_name, tamper, message) => {
    expect(checkCertificate(INSTANCE, tamper(result)).join("\n")).toMatch(message);
  });

  it("reports a lost lock and an exceeded capacity", () => {
    const locked = { ...INSTANCE, locked: [{ mentor: "m1", mentee: "e2" }] };
    const answer = solveMatching(locked);
    expect(checkCertificate(locked, answer)).toEqual([]);
    const broken = { ...answer, pairs: [...answer.pairs, { mentor: "m1", mentee: "e1", score: 10 }] };
    const messages = checkCertificate(locked, broken).join("\n");
    expect(messages).toMatch(/«m1»: пар 2 больше вместимости/);
    expect(checkCertificate(locked, result).join("\n")).toMatch(/Закреплённая пара «m1» — «e2» потеряна/);
  });

  it("accepts exactly the optimal answers: any valid certificate proves the brute-force optimum", () => {
    fc.assert(
      fc.property(smallInstance(), (instance) => {
        const answer = solveMatching(instance);
        expect(checkCertificate(instance, answer)).toEqual([]);
        expect(compareObjective(objective(answer), bruteForce(instance))).toBe(0);
      }),
      { numRuns: 300, seed: 99 },
    );
  });

  it("holds on larger instances too", () => {
    for (let seed = 0; seed < 5; seed++) {
      const instance = randomInstance(seed, {
        mentors: 300,
        mentees: 700,
        density: 0.05,
        maxCapacity: 3,
        maxScore: 200,
        lockRate: 0.02,
      });
      expect(checkCertificate(instance, solveMatching(instance))).toEqual([]);
    }
  });
});
