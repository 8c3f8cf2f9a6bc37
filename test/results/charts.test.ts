import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import type { Cell, Grid } from "../../src/core/cell";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { CHART_DATA_COLUMN, chartTables } from "../../src/core/results/chartData";
import { CHART_IDS, chartSpecs, chartSpecsFrom } from "../../src/core/results/charts";
import { NO_DATA } from "../../src/core/results/noData";
import { summarize, summarizeGrids } from "../../src/core/results/summary";
import { SUMMARY } from "../../src/core/results/summarySheet";
import { writeSummary } from "../../src/core/results/writeSummary";
import type { SheetSchema } from "../../src/core/schema/columns";
import { MENTORING_FORMS, PAIR_STATUSES } from "../../src/core/schema/enums";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns, readRecords, type SheetRecord } from "../../src/core/schema/table";
import { MEETINGS, PLANS } from "../../src/core/schema/yearSheets";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { refreshYear } from "../../src/core/year/yearStatus";
import { context, demoWorkbook } from "../support/demoWorkbook";
import { MemoryWorkbook } from "../support/memoryWorkbook";

const december = { now: new Date(2026, 11, 1, 9, 0), user: context.user };

/** The demo school in December: pairs approved, the first pair's plan done, three meetings held. */
function schoolInDecember() {
  const workbook = demoWorkbook();
  proposePairs(workbook, context);
  approvePairs(workbook, context, { all: true });
  refreshYear(workbook, december);
  const pairs = readRecords(PAIRS, workbook.grid(PAIRS.name))
    .records.map(({ record }) => record)
    .filter((record) => record.status === "Утверждена");
  const [first, second] = pairs.map((record) => String(record.id)) as [string, string];
  appendRecords(workbook, MEETINGS, [
    { pairId: first, date: new Date(2026, 9, 5), kind: "Организационная" },
    { pairId: first, date: new Date(2026, 10, 5), kind: "Регулярная" },
    { pairId: second, date: new Date(2026, 10, 20), kind: "Организационная" },
    { pairId: second, date: new Date(2027, 0, 20), kind: "Регулярная" }, // planned, not held
  ]);
  const plans = workbook.grid(PLANS.name);
  const columns = mapColumns(PLANS, plans[0]!);
  for (const row of plans.filter((row) => row[columns.get("pairId")!] === first))
    row[columns.get("mark")!] = "Выполнено";
  appendRecords(workbook, MONITORING, [
    { email: "a@school.example", role: "Наставник", overall: 9 },
    { email: "a@school.example", role: "Наставник", stage: "Начало программы", overall: 6 },
    { email: "c@school.example", role: "Наставляемый", overall: 10 },
  ]);
  return { workbook, first, firstMentor: String(pairs[0]!.mentor), pairCount: pairs.length };
}

function byId(specs: ReturnType<typeof chartSpecs>) {
  return Object.fromEntries(specs.map((spec) => [spec.id, spec]));
}

describe("the charts of the year", () => {
  it("draws satisfaction by stage, plan completion by pair, meetings by month and pairs by form", () => {
    const { workbook, first, firstMentor, pairCount } = schoolInDecember();
    const summary = summarize(workbook, december);
    const specs = chartSpecsFrom(workbook, december, summary);
    expect(specs.map((spec) => spec.id)).toEqual(CHART_IDS);
    const { satisfaction, planCompletion, meetingsByMonth, pairsByForm } = byId(specs);

    expect(satisfaction!.categories).toEqual(["Наставники", "Наставляемые"]);
    expect(satisfaction!.series).toEqual([
      { name: "Начало программы", values: [6, null] },
      { name: "Завершение программы", values: [9, 10] },
    ]);
    expect(satisfaction!.axis).toMatchObject({ min: 0, max: 10 });

    const surname = firstMentor.split(" ")[0]!;
    expect(planCompletion!.categories).toContain(`${first} (${surname})`);
    const firstIndex = planCompletion!.categories.indexOf(`${first} (${surname})`);
    expect(planCompletion!.series[0]!.values[firstIndex]).toBe(100);
    expect(planCompletion!.categories).toHaveLength(summary.pairsWithPlan);

    // September of the programme year to this month; the January meeting is planned, not held.
    expect(meetingsByMonth!.categories).toEqual(["сент. 2026", "окт. 2026", "нояб. 2026", "дек. 2026"]);
    expect(meetingsByMonth!.series[0]!.values).toEqual([0, 1, 2, 0]);

    expect(pairsByForm!.kind).toBe("pie");
    expect(pairsByForm!.series[0]!.values.reduce((sum: number, value) => sum + (value ?? 0), 0)).toBe(
      pairCount,
    );
    expect(pairsByForm!.series[0]!.values.every((value) => (value ?? 0) > 0)).toBe(true);
  });

  it("keeps every chart drawable without data: one «нет данных» category, no values", () => {
    const workbook = new MemoryWorkbook();
    setupWorkbook(workbook, context);
    const { planCompletion, pairsByForm, satisfaction, meetingsByMonth } = byId(
      chartSpecsFrom(workbook, december, summarize(workbook, december)),
    );
    for (const spec of [planCompletion!, pairsByForm!]) {
      expect(spec.categories).toEqual([NO_DATA]);
      expect(spec.series.every((series) => series.values.length === 1 && series.values[0] === null)).toBe(
        true,
      );
    }
    expect(satisfaction!.series.flatMap((series) => series.values)).toEqual([null, null, null, null]);
    expect(meetingsByMonth!.series[0]!.values).toEqual([0, 0, 0, 0]);
  });

  it("starts the year in September: in August the year that ends is shown, from September the new one", () => {
    const workbook = new MemoryWorkbook();
    setupWorkbook(workbook, context);
    const months = (now: Date) => {
      const at = { now, user: context.user };
      return byId(chartSpecsFrom(workbook, at, summarize(workbook, at))).meetingsByMonth!.categories;
    };
    expect(months(new Date(2027, 7, 31))).toHaveLength(12);
    expect(months(new Date(2027, 7, 31))[0]).toBe("сент. 2026");
    expect(months(new Date(2027, 8, 1))).toEqual(["сент. 2027"]);
  });

  it("puts each chart's table beside the figures on «Сводка» in the same single write", () => {
    const { workbook } = schoolInDecember();
    let writes = 0;
    const write = workbook.write.bind(workbook);
    workbook.write = (name, row, column, values) => {
      if (name === SUMMARY.name) writes++;
      write(name, row, column, values);
    };
    const { charts, chartTables: tables, rows } = writeSummary(workbook, december);
    expect(writes).toBe(1);
    const sheet = workbook.grid(SUMMARY.name);
    expect(sheet.slice(1, rows.length + 1).map((row) => row.slice(0, 2))).toEqual(rows);
    expect(tables.map((table) => table.id)).toEqual(CHART_IDS);
    for (const [index, table] of tables.entries()) {
      const spec = charts[index]!;
      const cells = sheet
        .slice(table.row, table.row + table.rows)
        .map((row) => row.slice(table.column, table.column + table.columns));
      expect(cells[0]).toEqual([spec.title, ...spec.series.map((series) => series.name)]);
      expect(cells.slice(1).map((row) => row[0])).toEqual(spec.categories);
      for (const [s, series] of spec.series.entries())
        expect(cells.slice(1).map((row) => row[s + 1])).toEqual(series.values.map((value) => value ?? ""));
    }
  });
});

// --- properties: any content of the sheets gives charts that agree with «Сводка» --------------------

function gridOf(schema: SheetSchema, records: readonly SheetRecord[]): Grid {
  const keys = schema.columns.map((column) => column.key);
  return [
    schema.columns.map((column) => column.header),
    ...records.map((record) => keys.map((key): Cell => record[key] ?? "")),
  ];
}

const pairIds = fc.constantFrom("ПР-001", "ПР-002", "ПР-003", "пр-003", "ПР-004");
const sheets = fc.record({
  pairs: fc.array(
    fc.record({
      id: pairIds,
      mentor: fc.constantFrom("", "Иванова Мария Петровна", "Петров"),
      form: fc.constantFrom("", ...MENTORING_FORMS, "Сетевая"),
      status: fc.constantFrom(...PAIR_STATUSES, ""),
      start: fc.constantFrom(new Date(2026, 8, 1), ""),
    }),
    { maxLength: 8 },
  ),
  meetings: fc.array(
    fc.record({
      pairId: pairIds,
      date: fc.constantFrom(new Date(2025, 3, 1), new Date(2026, 9, 1), new Date(2027, 5, 1), ""),
    }),
    { maxLength: 12 },
  ),
  plans: fc.array(fc.record({ pairId: pairIds, mark: fc.constantFrom("", "Выполнено", "Частично") }), {
    maxLength: 12,
  }),
  monitoring: fc.array(
    fc.record({
      role: fc.constantFrom("Наставник", "Наставляемый"),
      stage: fc.constantFrom("", "Начало программы", "Завершение программы"),
      overall: fc.integer({ min: 0, max: 11 }),
    }),
    { maxLength: 8 },
  ),
  now: fc.date({ min: new Date(2026, 0, 1), max: new Date(2028, 11, 31), noInvalidDate: true }),
});

describe("the charts, for any content of the sheets", () => {
  it("agree with the summary and have a value for every category", () => {
    fc.assert(
      fc.property(sheets, (input) => {
        const grids = {
          pairs: gridOf(PAIRS, input.pairs),
          meetings: gridOf(MEETINGS, input.meetings),
          plans: gridOf(PLANS, input.plans),
        };
        const summary = summarizeGrids({
          ...grids,
          mentors: gridOf(MENTORS, []),
          mentees: gridOf(MENTEES, []),
          monitoring: gridOf(MONITORING, input.monitoring),
          log: [],
          now: input.now,
        });
        const specs = chartSpecs({ summary, ...grids, now: input.now });
        expect(specs.map((spec) => spec.id)).toEqual(CHART_IDS);
        for (const spec of specs) {
          expect(spec.categories.length).toBeGreaterThan(0);
          for (const series of spec.series) expect(series.values).toHaveLength(spec.categories.length);
          for (const value of spec.series.flatMap((series) => series.values)) {
            expect(value === null || Number.isFinite(value)).toBe(true);
            if (value !== null && spec.axis?.max !== undefined)
              expect(value).toBeLessThanOrEqual(spec.axis.max);
            if (value !== null) expect(value).toBeGreaterThanOrEqual(spec.axis?.min ?? 0);
          }
        }
        const { planCompletion, meetingsByMonth, pairsByForm } = byId(specs);
        const sum = (values: readonly (number | null)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
        expect(sum(meetingsByMonth!.series[0]!.values)).toBe(summary.meetings);
        expect(sum(pairsByForm!.series[0]!.values)).toBe(
          summary.active + summary.completed + summary.endedEarly,
        );
        const plans = planCompletion!.series[0]!.values.filter((value) => value !== null);
        expect(plans).toHaveLength(summary.pairsWithPlan);
        if (plans.length > 0) expect(Math.round(sum(plans) / plans.length)).toBe(summary.planDone);

        const { grid, tables } = chartTables(specs);
        for (const [index, table] of tables.entries()) {
          expect(table.column).toBe(CHART_DATA_COLUMN);
          const next = tables[index + 1];
          if (next) expect(next.row).toBeGreaterThan(table.row + table.rows); // an empty row between
          expect(grid[table.row]).toHaveLength(table.columns);
        }
      }),
    );
  });
});
