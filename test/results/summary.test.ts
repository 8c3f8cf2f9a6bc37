import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import { writeAwards } from "../../src/core/awards/writeAwards";
import type { Cell, Grid } from "../../src/core/cell";
import { DOCUMENT_KINDS } from "../../src/core/documents/kinds";
import { DOCUMENT_ACTION, logRecord } from "../../src/core/documents/records";
import { appendLog } from "../../src/core/log";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { INDICATOR_COLUMNS, indicatorRow, indicatorsCsv } from "../../src/core/results/indicators";
import { summarize, summarizeGrids } from "../../src/core/results/summary";
import { SUMMARY } from "../../src/core/results/summarySheet";
import { NO_DATA, writeSummary } from "../../src/core/results/writeSummary";
import type { SheetSchema } from "../../src/core/schema/columns";
import { MENTORING_FORMS, PAIR_STATUSES } from "../../src/core/schema/enums";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns, readRecords, type SheetRecord } from "../../src/core/schema/table";
import { MEETINGS, PLANS } from "../../src/core/schema/yearSheets";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { refreshYear } from "../../src/core/year/yearStatus";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { confirmFirstPlaces } from "../support/awards";
import { context, demoWorkbook } from "../support/demoWorkbook";
import { MemoryWorkbook } from "../support/memoryWorkbook";

const december = { now: new Date(2026, 11, 1, 9, 0), user: context.user };

function pairRecords(workbook: MemoryWorkbook) {
  return readRecords(PAIRS, workbook.grid(PAIRS.name)).records.map(({ record }) => record);
}

/** The demo school in December: every proposal approved, plans filled, some meetings and answers typed in. */
function schoolInDecember() {
  const workbook = demoWorkbook();
  proposePairs(workbook, context);
  approvePairs(workbook, context, { all: true });
  refreshYear(workbook, december);
  const ids = pairRecords(workbook)
    .filter((record) => record.status === "Утверждена")
    .map((record) => String(record.id));
  const [first, second] = ids as [string, string];
  appendRecords(workbook, MEETINGS, [
    { pairId: first, date: new Date(2026, 9, 5), kind: "Организационная" },
    { pairId: first, date: new Date(2026, 10, 5), kind: "Регулярная" },
    { pairId: second, date: new Date(2026, 10, 20), kind: "Организационная" },
    { pairId: second, date: new Date(2027, 0, 20), kind: "Регулярная" }, // planned, not held
  ]);
  const plans = workbook.grid(PLANS.name);
  const columns = mapColumns(PLANS, plans[0]!);
  const firstItems = plans.filter((row) => row[columns.get("pairId")!] === first);
  for (const row of firstItems) row[columns.get("mark")!] = "Выполнено";
  appendRecords(workbook, MONITORING, [
    { email: "a@school.example", role: "Наставник", overall: 9 },
    { email: "b@school.example", role: "Наставник", overall: 8 },
    { email: "a@school.example", role: "Наставник", stage: "Начало программы", overall: 6 },
    { email: "c@school.example", role: "Наставляемый", overall: 10 },
    { email: "d@school.example", role: "Наставляемый", overall: "" }, // no score: not an answer
  ]);
  appendLog(
    workbook,
    context,
    DOCUMENT_ACTION,
    logRecord(
      DOCUMENT_KINDS.pairs,
      first,
      "Приказ № ОД-12 от 02.10.2026 — О закреплении наставнических пар (групп)",
      "Приказы/Приказ № ОД-12 от 02.10.2026 — О закреплении наставнических пар (групп).docx",
    ),
  );
  return { workbook, ids, planItemsOfFirst: firstItems.length };
}

const young = [...DEMO_MENTORS, ...DEMO_MENTEES].filter(
  (person) => Number(person.experience) < 3 || person.category === "Молодой специалист",
);

describe("the year's figures («Сводка»)", () => {
  it("counts teachers, young specialists, pairs, meetings, plans, satisfaction and orders", () => {
    const { workbook, ids } = schoolInDecember();
    const summary = summarize(workbook, december);
    expect(summary.teachers).toBe(DEMO_MENTORS.length + DEMO_MENTEES.length);
    expect(young.length).toBeGreaterThan(0);
    expect(summary.youngSpecialists).toBe(young.length);
    expect(summary.active).toBe(ids.length);
    expect(summary.completed + summary.endedEarly).toBe(0);
    expect(summary.byForm.reduce((sum, entry) => sum + entry.count, 0)).toBe(ids.length);
    expect(summary.byForm.map((entry) => entry.form).slice(0, 4)).toEqual([...MENTORING_FORMS]);
    expect(summary.meetings).toBe(3);
    expect(summary.meetingsPerPair).toBe(Math.round((10 * 3) / ids.length) / 10);
    expect(summary.pairsWithPlan).toBe(ids.length);
    expect(summary.planDone).toBe(Math.round(100 / ids.length));
    expect(summary.mentorSatisfaction).toEqual({ average: 7.7, answers: 3 });
    expect(summary.menteeSatisfaction).toEqual({ average: 10, answers: 1 });
    expect(summary.satisfactionByStage.mentor).toEqual({
      start: { average: 6, answers: 1 },
      end: { average: 8.5, answers: 2 },
    });
    expect(summary.satisfactionByStage.mentee.start).toEqual({ average: null, answers: 0 });
    // Final marks 9 and 8 of mentors; a start mark (6) is not the final monitoring's.
    expect(summary.endSpread.mentor).toEqual({ high: 2, middle: 0, low: 0 });
    expect(summary.endSpread.mentee).toEqual({ high: 1, middle: 0, low: 0 });
    expect(summary.menteesInPairs).toBeGreaterThan(0);
    expect(summary.menteesRetained).toBe(summary.menteesInPairs);
    expect(summary.awardedMentors).toBe(0);
    expect(summary.orders).toEqual([
      {
        subject: "О закреплении наставнических пар (групп)",
        number: "ОД-12",
        date: { year: 2026, month: 10, day: 2 },
      },
    ]);
    const mentees = new Set(
      pairRecords(workbook)
        .filter((record) => record.status === "Утверждена")
        .flatMap((record) => String(record.menteeIds).split(/,\s*/)),
    );
    const youngMentees = DEMO_MENTEES.filter((person) => young.includes(person));
    expect(summary.youngCovered).toBe(youngMentees.filter((person) => mentees.has(String(person.id))).length);
  });

  it("leaves out who has left, and counts completed and early-ended pairs apart", () => {
    const { workbook, ids } = schoolInDecember();
    const pairs = workbook.grid(PAIRS.name);
    const status = mapColumns(PAIRS, pairs[0]!).get("status")!;
    pairs.find((row) => row[0] === ids[0])![status] = "Завершена";
    pairs.find((row) => row[0] === ids[1])![status] = "Прекращена досрочно";
    const mentees = workbook.grid(MENTEES.name);
    mentees[1]![mapColumns(MENTEES, mentees[0]!).get("status")!] = "выбыл";
    const summary = summarize(workbook, december);
    expect(summary.teachers).toBe(DEMO_MENTORS.length + DEMO_MENTEES.length - 1);
    expect(summary.completed).toBe(1);
    expect(summary.endedEarly).toBe(1);
    expect(summary.active).toBe(ids.length - 2);
    expect(summary.meetings).toBe(3);
    const leftId = String(mentees[1]![mapColumns(MENTEES, mentees[0]!).get("id")!]);
    const inPairs = pairRecords(workbook).some((pair) => String(pair.menteeIds).includes(leftId));
    expect(inPairs).toBe(true);
    expect(summary.menteesRetained).toBe(summary.menteesInPairs - 1);
  });

  it("counts the mentors whose award is confirmed on «Награды»", () => {
    const { workbook } = schoolInDecember();
    writeAwards(workbook, december);
    expect(summarize(workbook, december).awardedMentors).toBe(0);
    confirmFirstPlaces(workbook);
    const awarded = summarize(workbook, december).awardedMentors;
    expect(awarded).toBeGreaterThanOrEqual(1);
    expect(awarded).toBeLessThanOrEqual(2);
  });

  it("says «нет данных» for an empty workbook instead of dividing by zero", () => {
    const workbook = new MemoryWorkbook();
    setupWorkbook(workbook, context);
    const { summary, rows } = writeSummary(workbook, context);
    expect(summary.teachers).toBe(0);
    expect(summary.youngCoverage).toBeNull();
    expect(summary.meetingsPerPair).toBeNull();
    expect(summary.planDone).toBeNull();
    expect(summary.mentorSatisfaction).toEqual({ average: null, answers: 0 });
    const values = Object.fromEntries(rows);
    expect(values["Охват молодых специалистов наставничеством, %"]).toBe(NO_DATA);
    expect(values["Выполнение планов в среднем, %"]).toBe(NO_DATA);
    expect(values.Приказы).toBe(NO_DATA);
    for (const [, value] of rows) expect(String(value)).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  it("rewrites «Сводка» whole in one write and clears what a longer run left", () => {
    const { workbook } = schoolInDecember();
    const sheet = workbook.grid(SUMMARY.name);
    for (let row = 0; row < 60; row++) sheet[row] = ["старое", "значение", "ещё"];
    const writes: number[] = [];
    const write = workbook.write.bind(workbook);
    workbook.write = (name, row, column, values) => {
      if (name === SUMMARY.name) writes.push(values.length);
      write(name, row, column, values);
    };
    const { rows } = writeSummary(workbook, december);
    expect(writes).toEqual([60]);
    const after = workbook.grid(SUMMARY.name);
    expect(after[0]!.slice(0, 2)).toEqual(["Показатель", "Значение"]);
    expect(after.slice(1, rows.length + 1).map((row) => row.slice(0, 2))).toEqual(rows);
    // The figures' columns; the charts' tables stand from column D on.
    for (const row of after.slice(rows.length + 1))
      expect(row.slice(0, 3).every((cell) => cell === "")).toBe(true);
    expect(after[1]![2]).toBe("");
  });

  it("writes the indicators as one header and one row per organisation, «;»-separated with a BOM", () => {
    const { workbook } = schoolInDecember();
    const summary = summarize(workbook, december);
    const row = indicatorRow(
      summary,
      { orgCode: "7701234567", orgShortName: "МБОУ «СОШ; № 1»", schoolYear: "2026–2027" },
      { year: 2026, month: 12, day: 1 },
    );
    const csv = indicatorsCsv([row]);
    expect(csv.startsWith("\uFEFFИНН/код;Организация;Учебный год;")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]!.split(";")).toHaveLength(INDICATOR_COLUMNS.length);
    expect(lines[1]).toMatch(/^7701234567;"МБОУ «СОШ; № 1»";2026–2027;2026-12-01;/);
    expect(lines[1]).toContain(";7,7;3;10;1");
  });
});

// --- property: any content of the sheets gives figures that add up ------------------------------------

function gridOf(schema: SheetSchema, records: readonly SheetRecord[]): Grid {
  const keys = schema.columns.map((column) => column.key);
  return [
    schema.columns.map((column) => column.header),
    ...records.map((record) => keys.map((key): Cell => record[key] ?? "")),
  ];
}

const personIds = fc.constantFrom("Н-001", "Н-002", "НЯ-001", "НЯ-002", "НЯ-003", "НЯ-004");
const pairIds = fc.constantFrom("ПР-001", "ПР-002", "ПР-003", "пр-003", "ПР-004");
const text = (...values: string[]) => fc.constantFrom(...values);

const sheets = fc.record({
  people: fc.array(
    fc.record({
      id: personIds,
      experience: fc.oneof(fc.integer({ min: -1, max: 40 }), text("", "два", "2,5")),
      category: text("", "Молодой специалист", "Другое"),
      status: text("", "Активен", "Выбыл", "выбыл"),
    }),
    { maxLength: 12 },
  ),
  pairs: fc.array(
    fc.record({
      id: pairIds,
      mentorId: text("", "Н-001", "Н-002"),
      menteeIds: text("", "НЯ-001", "НЯ-002, НЯ-003", "НЯ-004"),
      form: text("", ...MENTORING_FORMS, "Сетевая"),
      status: fc.constantFrom(...PAIR_STATUSES, ""),
      start: fc.constantFrom(new Date(2026, 8, 1), ""),
    }),
    { maxLength: 8 },
  ),
  meetings: fc.array(
    fc.record({ pairId: pairIds, date: fc.constantFrom(new Date(2026, 9, 1), new Date(2027, 5, 1), "") }),
    { maxLength: 12 },
  ),
  plans: fc.array(fc.record({ pairId: pairIds, mark: text("", "Выполнено", "Частично") }), { maxLength: 12 }),
  monitoring: fc.array(
    fc.record({
      role: text("Наставник", "Наставляемый", ""),
      overall: fc.oneof(fc.integer({ min: -2, max: 12 }), text("", "7,5", "десять")),
    }),
    { maxLength: 12 },
  ),
});

describe("the year's figures on any sheets", () => {
  it("keep every percentage and average in range and every count consistent", () => {
    fc.assert(
      fc.property(sheets, (input) => {
        const half = Math.ceil(input.people.length / 2);
        const summary = summarizeGrids({
          mentors: gridOf(MENTORS, input.people.slice(0, half)),
          mentees: gridOf(MENTEES, input.people.slice(half)),
          pairs: gridOf(PAIRS, input.pairs),
          meetings: gridOf(MEETINGS, input.meetings),
          plans: gridOf(PLANS, input.plans),
          monitoring: gridOf(MONITORING, input.monitoring),
          log: [],
          now: december.now,
        });
        const pairs = summary.active + summary.completed + summary.endedEarly;
        for (const share of [summary.youngCoverage, summary.planDone])
          expect(share === null || (share >= 0 && share <= 100)).toBe(true);
        expect(summary.youngCoverage === null).toBe(summary.youngSpecialists === 0);
        expect(summary.youngCovered).toBeLessThanOrEqual(summary.youngSpecialists);
        expect(summary.youngSpecialists).toBeLessThanOrEqual(summary.teachers);
        expect(summary.teachers).toBeLessThanOrEqual(input.people.length);
        expect(summary.byForm.reduce((sum, entry) => sum + entry.count, 0)).toBe(pairs);
        expect(summary.mentors).toBeLessThanOrEqual(pairs);
        expect(summary.pairsWithPlan).toBeLessThanOrEqual(pairs);
        expect(summary.meetingsPerPair === null).toBe(pairs === 0);
        expect(summary.meetings).toBeLessThanOrEqual(input.meetings.length * Math.max(1, pairs));
        const answers = summary.mentorSatisfaction.answers + summary.menteeSatisfaction.answers;
        expect(answers).toBeLessThanOrEqual(input.monitoring.length);
        for (const role of [summary.mentorSatisfaction, summary.menteeSatisfaction]) {
          expect(role.average === null).toBe(role.answers === 0);
          expect(role.average === null || (role.average >= 1 && role.average <= 10)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
