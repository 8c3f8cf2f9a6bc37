import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approvePairs } from "../../src/core/pairing/approve";
import { readPairRows } from "../../src/core/pairing/pairRows";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { context, demoWorkbook } from "../support/demoWorkbook";
import type { MemoryWorkbook } from "../support/memoryWorkbook";

function pairsOf(workbook: MemoryWorkbook) {
  return readPairRows(workbook.grid(PAIRS.name)).rows.map((row) => ({
    id: row.id,
    mentor: row.mentorId,
    mentees: row.menteeIds.join(","),
    status: row.status,
    explanation: String(row.record.explanation),
  }));
}

function setPairCell(workbook: MemoryWorkbook, pairId: string, key: string, value: string) {
  const grid = workbook.grid(PAIRS.name);
  const map = mapColumns(PAIRS, grid[0] ?? []);
  const row = grid.find((cells) => cells[map.get("id")!] === pairId)!;
  row[map.get(key)!] = value;
}

function proposedPair(workbook: MemoryWorkbook, mentor: string, mentee: string) {
  return pairsOf(workbook).find((pair) => pair.mentor === mentor && pair.mentees === mentee);
}

describe("proposePairs on the demo school", () => {
  it("matches every mentee who may be matched, with the mutual choices and an explanation each", () => {
    const workbook = demoWorkbook();
    const plan = proposePairs(workbook, context);
    expect(plan.proposals).toHaveLength(11);
    expect(plan.unmatched.map((u) => [u.mentee.id, u.reason])).toEqual([
      ["П-011", "нет согласия на обработку персональных данных"],
    ]);
    expect(proposedPair(workbook, "Н-003", "П-003")?.explanation).toContain("взаимный выбор после встречи");
    expect(proposedPair(workbook, "Н-004", "П-006")).toBeDefined();
    expect(proposedPair(workbook, "Н-001", "П-008")).toBeDefined();
    for (const pair of pairsOf(workbook).filter((p) => p.status === "Предложена")) {
      expect(pair.explanation.length).toBeGreaterThan(10);
    }
    expect(pairsOf(workbook).at(-1)).toMatchObject({
      mentor: "",
      mentees: "П-011",
      explanation: "Не подобран: нет согласия на обработку персональных данных",
    });
  });

  it("never proposes a mentor without consent to mentoring, nor more mentees than the cap", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const pairs = pairsOf(workbook);
    expect(pairs.some((pair) => pair.mentor === "Н-007")).toBe(false);
    const perMentor = new Map<string, number>();
    for (const pair of pairs)
      if (pair.mentor) perMentor.set(pair.mentor, (perMentor.get(pair.mentor) ?? 0) + 1);
    expect(Math.max(...perMentor.values())).toBeLessThanOrEqual(2);
    expect(perMentor.get("Н-004") ?? 0).toBeLessThanOrEqual(1);
  });

  it("gives the reason when the rules leave a mentee without a mentor", () => {
    const workbook = demoWorkbook(undefined, undefined, { requireSubject: "Да" });
    const plan = proposePairs(workbook, context);
    const nosova = plan.unmatched.find((u) => u.mentee.id === "П-007");
    expect(nosova?.reason).toBe("нет наставника с согласием по предмету «Английский язык»");
  });

  it("says that suitable mentors are busy when capacity runs out", () => {
    const onlyOne = DEMO_MENTORS.filter((mentor) => mentor.id === "Н-004");
    const workbook = demoWorkbook(onlyOne, DEMO_MENTEES.slice(0, 3));
    const plan = proposePairs(workbook, context);
    expect(plan.proposals).toHaveLength(1);
    expect(plan.unmatched.map((u) => u.reason)).toEqual([
      "все подходящие наставники заняты: Лебедева Ольга Александровна",
      "все подходящие наставники заняты: Лебедева Ольга Александровна",
    ]);
  });

  it("on a re-run keeps approved, locked and rejected rows and never proposes a rejected pair again", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const approvedId = proposedPair(workbook, "Н-004", "П-006")!.id;
    const rejectedId = proposedPair(workbook, "Н-003", "П-003")!.id;
    const lockedId = proposedPair(workbook, "Н-006", "П-009")!.id;
    approvePairs(workbook, context, { ids: [approvedId] });
    setPairCell(workbook, rejectedId, "status", "Отклонена");
    setPairCell(workbook, lockedId, "locked", "Да");
    const before = pairsOf(workbook);

    proposePairs(workbook, context);
    const after = pairsOf(workbook);
    for (const id of [approvedId, rejectedId, lockedId])
      expect(after.find((p) => p.id === id)).toEqual(before.find((p) => p.id === id));
    expect(after.filter((p) => p.mentor === "Н-003" && p.mentees === "П-003")).toHaveLength(1);
    expect(after.filter((p) => p.mentees === "П-006")).toHaveLength(1);
    const stillProposed = before.filter(
      (p) => p.status === "Предложена" && ![rejectedId, lockedId].includes(p.id),
    );
    for (const pair of stillProposed) {
      const same = after.find((p) => p.mentor === pair.mentor && p.mentees === pair.mentees);
      if (same) expect(same.id).toBe(pair.id);
    }
    expect(new Set(after.filter((p) => p.id).map((p) => p.id)).size).toBe(after.filter((p) => p.id).length);
  });

  it("warns about an approved pair whose participant withdrew consent, and does not count it", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    approvePairs(workbook, context, { all: true });
    const mentees = workbook.grid(MENTEES.name);
    const map = mapColumns(MENTEES, mentees[0] ?? []);
    mentees.find((row) => row[map.get("id")!] === "П-001")![map.get("pdConsent")!] = "отозвано";
    const plan = proposePairs(workbook, context);
    expect(plan.warnings.join()).toMatch(
      /Смирнова Алина Дмитриевна — нет согласия на обработку персональных данных/,
    );
    expect(plan.unmatched.find((u) => u.mentee.id === "П-001")?.reason).toBe(
      "нет согласия на обработку персональных данных",
    );
  });

  it("gives the same pairs whatever the order of the rows in the banks", () => {
    const baseline = (() => {
      const workbook = demoWorkbook();
      proposePairs(workbook, context);
      return pairsOf(workbook)
        .map((p) => `${p.mentor}>${p.mentees}`)
        .sort();
    })();
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...DEMO_MENTORS], { minLength: DEMO_MENTORS.length }),
        fc.shuffledSubarray([...DEMO_MENTEES], { minLength: DEMO_MENTEES.length }),
        (mentors, mentees) => {
          const workbook = demoWorkbook(mentors, mentees);
          proposePairs(workbook, context);
          expect(
            pairsOf(workbook)
              .map((p) => `${p.mentor}>${p.mentees}`)
              .sort(),
          ).toEqual(baseline);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("approvePairs", () => {
  it("approves chosen proposals with dates for the programme's length, and refuses what it cannot", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const id = proposedPair(workbook, "Н-001", "П-008")!.id;
    const plan = approvePairs(workbook, context, { ids: [id, "ПР-999"] });
    expect(plan.approved).toEqual([id]);
    expect(plan.problems).toEqual(["ПР-999: такой пары нет на листе «Пары»"]);
    const grid = workbook.grid(PAIRS.name);
    const map = mapColumns(PAIRS, grid[0] ?? []);
    const row = grid.find((cells) => cells[map.get("id")!] === id)!;
    expect(row[map.get("status")!]).toBe("Утверждена");
    expect(row[map.get("start")!]).toEqual(new Date(2026, 9, 1));
    expect(row[map.get("end")!]).toEqual(new Date(2027, 6, 1));

    const mentors = workbook.grid(MENTORS.name);
    const mentorMap = mapColumns(MENTORS, mentors[0] ?? []);
    mentors.find((r) => r[mentorMap.get("id")!] === "Н-002")![mentorMap.get("mentoringConsent")!] =
      "отозвано";
    const second = approvePairs(workbook, context, { all: true });
    expect(
      second.problems.some((p) => p.includes("Орлов Виктор Павлович — нет согласия на наставничество")),
    ).toBe(true);
  });
});
