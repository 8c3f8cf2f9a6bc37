import { describe, expect, it } from "vitest";
import { bankRecords } from "../../bench/banks";
import { prng } from "../../bench/random";
import { checkCertificate, type MatchingEdge, solveMatching } from "../../src/core/matching";
import { PairScorer } from "../../src/core/pairing/pairScorer";
import { readMentees, readMentors } from "../../src/core/pairing/participants";
import { solveAllPairs } from "../../src/core/pairing/solveAllPairs";
import type { MatchingWeights } from "../../src/core/pairing/weights";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import { MENTEES, MENTORS } from "../../src/core/schema/sheets";
import { bankGrid } from "../support/bankGrid";

const WEIGHTS: MatchingWeights = {
  perSharedCompetence: 10,
  sameSubject: 8,
  experienceGap: 6,
  youngSpecialistToExperienced: 4,
  sameForm: 4,
  commonTime: 3,
  sameUnit: 3,
  choiceByRank: [12, 8, 4],
  mutualChoice: 10,
  requireSameSubject: false,
  requireSameUnit: false,
};

/** A district in miniature, with some pairs forbidden and some mentees locked to a mentor. */
function district(seed: number, weights: MatchingWeights) {
  const rand = prng(seed);
  const size = { mentors: 5 + Math.floor(rand() * 30), mentees: 5 + Math.floor(rand() * 60) };
  const banks = bankRecords({ ...size, units: 1 + Math.floor(rand() * 4), seed });
  const mentors = readMentors(bankGrid(MENTORS, banks.mentors), COMPETENCES).filter(
    (p) => !p.excludedBecause,
  );
  const mentees = readMentees(bankGrid(MENTEES, banks.mentees), COMPETENCES).filter(
    (p) => !p.excludedBecause,
  );
  const forbidden = mentees
    .filter(() => rand() < 0.2)
    .map((mentee) => ({ mentor: mentors[Math.floor(rand() * mentors.length)]!.id, mentee: mentee.id }));
  const scorer = new PairScorer({ mentors, mentees, weights, forbidden });
  const capacity = Int32Array.from(scorer.mentors, (p) => (rand() < 0.1 ? 0 : Math.min(p.statedCapacity, 2)));
  const left = Int32Array.from(capacity);
  const lockedTo = Int32Array.from(scorer.mentees, () => {
    const j = Math.floor(rand() * scorer.mentors.length);
    if (rand() >= 0.15 || left[j]! === 0) return -1;
    left[j]!--;
    return j;
  });
  return { scorer, capacity, lockedTo };
}

/** The same problem with every allowed pair written out, as `match-json` would take it. */
function explicitInstance({ scorer, capacity, lockedTo }: ReturnType<typeof district>) {
  const edges: MatchingEdge[] = [];
  const row = new Int32Array(scorer.mentors.length);
  scorer.mentees.forEach((mentee, i) => {
    scorer.scoreRow(i, row);
    scorer.mentors.forEach((mentor, j) => {
      if (lockedTo[i] === j) edges.push({ mentor: mentor.id, mentee: mentee.id, score: scorer.score(j, i) });
      else if (row[j]! >= 0) edges.push({ mentor: mentor.id, mentee: mentee.id, score: row[j]! });
    });
  });
  const locked = [...lockedTo].flatMap((j, i) =>
    j >= 0 ? [{ mentor: scorer.mentors[j]!.id, mentee: scorer.mentees[i]!.id }] : [],
  );
  return {
    mentors: scorer.mentors.map((p, j) => ({ id: p.id, capacity: capacity[j]! })),
    mentees: scorer.mentees.map((p) => ({ id: p.id })),
    edges,
    locked,
  };
}

describe("solveAllPairs", () => {
  it.each([
    ["every pair allowed", WEIGHTS],
    ["only within a subject", { ...WEIGHTS, requireSameSubject: true }],
    ["only within a unit, equal weights", { ...WEIGHTS, requireSameUnit: true, perSharedCompetence: 1 }],
  ])("finds the optimum over all pairs, with a certificate that holds for all of them (%s)", (_, weights) => {
    for (let seed = 1; seed <= 40; seed++) {
      const problem = district(seed, weights);
      const instance = explicitInstance(problem);
      const { result } = solveAllPairs(problem);
      const expected = solveMatching(instance);
      expect([result.matched, result.total], `seed ${seed}`).toEqual([expected.matched, expected.total]);
      expect(checkCertificate(instance, result), `seed ${seed}`).toEqual([]);
    }
  });

  it("keeps only a few pairs per person when every pair is allowed", () => {
    const problem = district(7, WEIGHTS);
    const { stats } = solveAllPairs(problem);
    const pairs = problem.scorer.mentors.length * problem.scorer.mentees.length;
    expect(stats.allowed).toBeGreaterThan(pairs / 2);
    expect(stats.candidates).toBeLessThan(stats.allowed);
  });
});
