import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOf } from "../../src/core/format/dates";
import { approvePairs } from "../../src/core/pairing/approve";
import { readPairRows } from "../../src/core/pairing/pairRows";
import { readMentees } from "../../src/core/pairing/participants";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { blockedReason } from "../../src/core/pairing/score";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns, type SheetRecord, writeRecord } from "../../src/core/schema/table";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { context, demoWorkbook } from "../support/demoWorkbook";
import type { MemoryWorkbook } from "../support/memoryWorkbook";
import { inZone, ZONES } from "../support/zone";

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

/** Adds a row to «Пары» below the others, as a coordinator typing one in would. */
function addPairRow(workbook: MemoryWorkbook, record: SheetRecord) {
  const grid = workbook.grid(PAIRS.name);
  const map = mapColumns(PAIRS, grid[0] ?? []);
  grid.push(writeRecord(map, record, [], Math.max(grid[0]?.length ?? 0, PAIRS.columns.length)));
}

function setBankCell(
  workbook: MemoryWorkbook,
  sheet: typeof MENTORS,
  id: string,
  key: string,
  value: string,
) {
  const grid = workbook.grid(sheet.name);
  const map = mapColumns(sheet, grid[0] ?? []);
  grid.find((row) => row[map.get("id")!] === id)![map.get(key)!] = value;
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
    expect(nosova?.reason).toBe(
      "нет наставника по предмету «Английский язык» (в «Настройках» включён подбор только в пределах предмета)",
    );
  });

  it("names the unit rule when it is the one that leaves a mentee without a mentor", () => {
    const mentees = DEMO_MENTEES.map((m) => (m.id === "П-003" ? { ...m, unit: "Корпус 3" } : m));
    const workbook = demoWorkbook(undefined, mentees, { requireUnit: "Да" });
    const plan = proposePairs(workbook, context);
    expect(plan.unmatched.find((u) => u.mentee.id === "П-003")?.reason).toBe(
      "нет наставника в подразделении «Корпус 3» (в «Настройках» включён подбор только в пределах подразделения)",
    );
    expect(plan.unmatched.find((u) => u.mentee.id === "П-001")?.reason).toBe(
      "не указано подразделение (в «Настройках» включён подбор только в пределах подразделения)",
    );
  });

  it("prefers the rule to a rejected pair as the reason, whatever the order of the bank", () => {
    // Соловьёв (Н-007), the only English teacher, agrees to mentor, but his pair with Носова was rejected.
    const mentors = DEMO_MENTORS.map((m) => (m.id === "Н-007" ? { ...m, mentoringConsent: "получено" } : m));
    const reasons = new Set<string>();
    for (const order of [mentors, [...mentors].reverse()]) {
      const workbook = demoWorkbook(order, undefined, { requireSubject: "Да" });
      addPairRow(workbook, { id: "ПР-900", mentorId: "Н-007", menteeIds: "П-007", status: "Отклонена" });
      const plan = proposePairs(workbook, context);
      reasons.add(plan.unmatched.find((u) => u.mentee.id === "П-007")?.reason ?? "");
    }
    expect([...reasons]).toEqual([
      "нет наставника по предмету «Английский язык», с которым пара не отклонена и не запрещена " +
        "(в «Настройках» включён подбор только в пределах предмета)",
    ]);
  });

  it("says that every possible pair was rejected only when that is the whole reason", () => {
    const workbook = demoWorkbook(
      DEMO_MENTORS.filter((m) => m.id === "Н-001" || m.id === "Н-002"),
      DEMO_MENTEES.filter((m) => m.id === "П-001"),
    );
    addPairRow(workbook, { id: "ПР-900", mentorId: "Н-001", menteeIds: "П-001", status: "Отклонена" });
    addPairRow(workbook, { id: "ПР-901", mentorId: "Н-002", menteeIds: "П-001", status: "Запрещена" });
    const plan = proposePairs(workbook, context);
    expect(plan.unmatched.map((u) => u.reason)).toEqual(["все возможные пары отклонены или запрещены"]);
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

  it.each([
    ["approved", (w: MemoryWorkbook, id: string) => approvePairs(w, context, { ids: [id] })],
    ["locked", (w: MemoryWorkbook, id: string) => setPairCell(w, id, "locked", "Да")],
  ])(
    "keeps the %s pair of a mentee who also has a finished one, for whom nothing else is proposed",
    (_, keep) => {
      const workbook = demoWorkbook();
      proposePairs(workbook, context);
      const id = proposedPair(workbook, "Н-004", "П-006")!.id;
      keep(workbook, id);
      addPairRow(workbook, { id: "ПР-900", mentorId: "Н-001", menteeIds: "П-006", status: "Завершена" });
      const before = pairsOf(workbook).filter((p) => p.mentees === "П-006");
      const plan = proposePairs(workbook, context);
      expect(pairsOf(workbook).filter((p) => p.mentees === "П-006")).toEqual(before);
      expect(plan.proposals.some((p) => p.mentee.id === "П-006")).toBe(false);
      expect(plan.unmatched.some((u) => u.mentee.id === "П-006")).toBe(false);
      expect(plan.warnings).toEqual([]);
    },
  );

  it("keeps locked pairs beyond a mentor's limit, warning about that mentor", () => {
    const workbook = demoWorkbook(undefined, undefined, { maxMenteesPerMentor: 1 });
    addPairRow(workbook, { id: "ПР-900", mentorId: "Н-001", menteeIds: "П-001" });
    addPairRow(workbook, { id: "ПР-901", mentorId: "Н-001", menteeIds: "П-008" });
    const plan = proposePairs(workbook, context);
    expect(
      pairsOf(workbook)
        .filter((p) => p.mentor === "Н-001")
        .map((p) => p.id),
    ).toEqual(["ПР-900", "ПР-901"]);
    expect(plan.warnings).toEqual([
      "Кузнецова Елена Сергеевна: закреплено наставляемых — 2, а допустимо не больше 1 " +
        "(по анкете наставника и «Настройкам»); новые наставляемые не предлагаются",
    ]);
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
    // Nine months from 1 October 2026 run up to the day before 1 July 2027 (day 0 of July is 30 June).
    expect(row[map.get("end")!]).toEqual(new Date(2027, 6, 0));

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

describe("approvePairs: dates and limits", () => {
  it.each([
    // Nine months from 1 October end on 30 June: the day before 1 July.
    [
      "01.10.2026 00:30",
      9,
      [2026, 9, 1, 0, 30],
      { year: 2026, month: 10, day: 1 },
      { year: 2027, month: 6, day: 30 },
    ],
    // 31 February does not exist: six months from 31 August end with the last day of February.
    [
      "31.08.2026 23:50",
      6,
      [2026, 7, 31, 23, 50],
      { year: 2026, month: 8, day: 31 },
      { year: 2027, month: 2, day: 28 },
    ],
    [
      "15.01.2027 12:00",
      3,
      [2027, 0, 15, 12, 0],
      { year: 2027, month: 1, day: 15 },
      { year: 2027, month: 4, day: 14 },
    ],
  ] as const)(
    "dates a pair approved at %s for %i months from that day to the day before, in any zone",
    (_, months, [y, m, d, h, min], start, end) => {
      for (const zone of ZONES) {
        inZone(zone, () => {
          // The same wall-clock time in each zone.
          const now = { ...context, now: new Date(y, m, d, h, min) };
          const workbook = demoWorkbook(undefined, undefined, { programMonths: months });
          proposePairs(workbook, now);
          approvePairs(workbook, now, { all: true });
          const grid = workbook.grid(PAIRS.name);
          const map = mapColumns(PAIRS, grid[0] ?? []);
          const approved = grid.filter((row) => row[map.get("status")!] === "Утверждена");
          expect(approved.length, zone).toBe(11);
          for (const row of approved) {
            expect(dayOf(row[map.get("start")!]), zone).toEqual(start);
            expect(dayOf(row[map.get("end")!]), zone).toEqual(end);
          }
        });
      }
    },
  );

  it("refuses a pair that would give a mentor more mentees than the settings allow", () => {
    const workbook = demoWorkbook(undefined, undefined, { maxMenteesPerMentor: 1 });
    proposePairs(workbook, context);
    const rows = pairsOf(workbook);
    const at = rows.findIndex((p) => p.mentor === "Н-001");
    const first = rows[at]!;
    const other = rows.slice(at + 1).find((p) => p.status === "Предложена")!;
    setPairCell(workbook, other.id, "mentorId", "Н-001");
    const plan = approvePairs(workbook, context, { all: true });
    expect(plan.approved).toContain(first.id);
    expect(plan.approved).not.toContain(other.id);
    expect(plan.problems).toEqual([
      `${other.id}: Кузнецова Елена Сергеевна — утверждённых наставляемых было бы 2, ` +
        "а допустимо не больше 1 (по анкете наставника и «Настройкам»)",
    ]);
    expect(pairsOf(workbook).find((p) => p.id === other.id)?.status).toBe("Предложена");
  });

  it("refuses a pair beyond the number of mentees the mentor agreed to take", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const own = pairsOf(workbook).find((p) => p.mentor === "Н-004")!;
    const other = pairsOf(workbook).find((p) => p.status === "Предложена" && p.mentor !== "Н-004")!;
    setPairCell(workbook, other.id, "mentorId", "Н-004");
    approvePairs(workbook, context, { ids: [own.id] });
    const plan = approvePairs(workbook, context, { ids: [other.id] });
    expect(plan.approved).toEqual([]);
    expect(plan.problems.join()).toMatch(
      /Лебедева Ольга Александровна — утверждённых наставляемых было бы 2/,
    );
    setBankCell(workbook, MENTORS, "Н-004", "capacity", "2");
    expect(approvePairs(workbook, context, { ids: [other.id] }).approved).toEqual([other.id]);
  });
});

describe("blockedReason", () => {
  const [nosova] = readMentees(
    [
      ["ID", "Фамилия", "Имя", "Предмет/направление", "Структурное подразделение"],
      ["П-007", "Носова", "Дарья", "Английский язык", "Корпус 2"],
    ],
    [],
  );
  const [blank] = readMentees(
    [
      ["ID", "Фамилия", "Имя"],
      ["П-001", "Смирнова", "Алина"],
    ],
    [],
  );

  it("names every rule that forbids the pairs, what the mentee lacks for it, and rejected pairs last", () => {
    expect(blockedReason(nosova!, new Set(["subject", "unit"]), false)).toBe(
      "нет наставника по предмету «Английский язык» в подразделении «Корпус 2» " +
        "(в «Настройках» включён подбор только в пределах предмета и подразделения)",
    );
    expect(blockedReason(blank!, new Set(["subject", "unit"]), true)).toBe(
      "не указаны предмет и подразделение (в «Настройках» включён подбор только в пределах предмета и подразделения)",
    );
    expect(blockedReason(blank!, new Set(["subject"]), false)).toBe(
      "не указан предмет (в «Настройках» включён подбор только в пределах предмета)",
    );
    expect(blockedReason(nosova!, new Set(["self"]), true)).toBe(
      "наставник и наставляемый — один и тот же человек (одинаковый ID)",
    );
    expect(blockedReason(nosova!, new Set(), true)).toBe("все возможные пары отклонены или запрещены");
  });
});
