import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PairScorer } from "../../src/core/pairing/pairScorer";
import { type Participant, readMentees, readMentors } from "../../src/core/pairing/participants";
import { ruleViolation, scorePair } from "../../src/core/pairing/score";
import type { MatchingWeights } from "../../src/core/pairing/weights";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import { FORM_PREFERENCES, MENTEE_CATEGORIES } from "../../src/core/schema/enums";
import { MENTEES, MENTORS } from "../../src/core/schema/sheets";
import type { SheetRecord } from "../../src/core/schema/table";
import { bankGrid } from "../support/bankGrid";

const ids = ["Н-1", "Н-2", "Н-3", "П-1", "П-2", "П-3", "X"];
const record = (prefix: string) =>
  fc.record({
    id: fc.constantFrom(...ids.filter((id) => id.startsWith(prefix)), "X"),
    lastName: fc.constantFrom("Иванова", "Петров"),
    subject: fc.constantFrom("", "Математика", "математика ", "Физика"),
    unit: fc.constantFrom("", "Корпус 1", "Корпус 2"),
    experience: fc.constantFrom("", "0", "3", "4.5", "9", "10", "17", "абв"),
    strengths: fc.subarray(COMPETENCES.slice(0, 6)).map((list) => list.join(", ")),
    difficulties: fc.subarray(COMPETENCES.slice(0, 6)).map((list) => list.join(", ")),
    category: fc.constantFrom("", ...MENTEE_CATEGORIES),
    preferredForm: fc.constantFrom("", ...FORM_PREFERENCES),
    meetingTime: fc.constantFrom(
      "",
      "вторник после 14:00",
      "среда вечером",
      "будни",
      "утром",
      "пятница утром",
    ),
    choices: fc.array(fc.constantFrom(...ids), { maxLength: 4 }).map((list) => list.join(", ")),
    capacity: fc.constantFrom("", "1", "2"),
    pdConsent: fc.constant("получено"),
    mentoringConsent: fc.constant("получено"),
  });

const weight = fc.constantFrom(0, 1, 3, 10);
const weights: fc.Arbitrary<MatchingWeights> = fc.record({
  perSharedCompetence: weight,
  sameSubject: weight,
  experienceGap: weight,
  youngSpecialistToExperienced: weight,
  sameForm: weight,
  commonTime: weight,
  sameUnit: weight,
  choiceByRank: fc.tuple(weight, weight, weight),
  mutualChoice: weight,
  requireSameSubject: fc.boolean(),
  requireSameUnit: fc.boolean(),
});

function people(mentorRecords: SheetRecord[], menteeRecords: SheetRecord[]) {
  return {
    mentors: readMentors(bankGrid(MENTORS, mentorRecords), COMPETENCES),
    mentees: readMentees(bankGrid(MENTEES, menteeRecords), COMPETENCES),
  };
}

describe("PairScorer", () => {
  it("scores every pair as scorePair does, and refuses exactly the pairs the rules or «Пары» forbid", () => {
    fc.assert(
      fc.property(
        fc.array(record("Н"), { minLength: 1, maxLength: 4 }),
        fc.array(record("П"), { minLength: 1, maxLength: 4 }),
        weights,
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 3 }),
        (mentorRecords, menteeRecords, w, forbiddenPairs) => {
          const { mentors, mentees } = people(mentorRecords, menteeRecords);
          const forbidden = forbiddenPairs.map(([mentor, mentee]) => ({ mentor, mentee }));
          const scorer = new PairScorer({ mentors, mentees, weights: w, forbidden });
          const row = new Int32Array(scorer.mentors.length);
          scorer.mentees.forEach((mentee: Participant, i) => {
            scorer.scoreRow(i, row);
            scorer.mentors.forEach((mentor: Participant, j) => {
              const expected = scorePair(mentor, mentee, w).score;
              const refused =
                ruleViolation(mentor, mentee, w) !== undefined ||
                forbidden.some((pair) => pair.mentor === mentor.id && pair.mentee === mentee.id);
              expect(scorer.score(j, i)).toBe(expected);
              expect(row[j]).toBe(refused ? -1 : expected);
              expect(scorer.allowed(j, i)).toBe(!refused);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("holds people in the order of their ids, whatever the order of the bank", () => {
    const { mentors, mentees } = people(
      [{ id: "Н-2" }, { id: "Н-10" }, { id: "Н-1" }],
      [{ id: "П-b" }, { id: "П-a" }],
    );
    const scorer = new PairScorer({ mentors, mentees, weights: {} as MatchingWeights, forbidden: [] });
    expect(scorer.mentors.map((p) => p.id)).toEqual(["Н-1", "Н-10", "Н-2"]);
    expect(scorer.mentees.map((p) => p.id)).toEqual(["П-a", "П-b"]);
  });
});
