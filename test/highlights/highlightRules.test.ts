import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnLetter } from "../../src/core/a1";
import {
  HIGHLIGHT_RULES,
  highlightFormula,
  highlightsFor,
  isOurHighlight,
  OVERDUE_FILL,
} from "../../src/core/highlights/highlightRules";
import { MENTORS, PAIRS, ROADMAP, WORKBOOK } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import { PLANS } from "../../src/core/schema/yearSheets";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { roadmapDeadline } from "../../src/core/year/roadmapDeadline";
import { refreshYear } from "../../src/core/year/yearStatus";
import { MemoryWorkbook } from "../support/memoryWorkbook";

const context = { now: new Date(2026, 10, 21, 10, 0), user: "zam@school.example" };

function layoutOf(workbook: MemoryWorkbook, name: string) {
  return workbook.sheets.find((sheet) => sheet.name === name)?.layout;
}

describe("the overdue highlights setup lays out", () => {
  const workbook = new MemoryWorkbook();
  setupWorkbook(workbook, context);

  it("paints a roadmap row whose last day has passed and whose status is not «Выполнено»", () => {
    const layout = layoutOf(workbook, ROADMAP.name)!;
    // «Сроки» is text («Октябрь 2026»); the rule compares «Крайний срок» (J), read from it, with today.
    expect(layout.highlights).toEqual([
      {
        formula:
          'AND(N("Наставничество: срок пункта дорожной карты прошёл")=0,ISNUMBER($J2),$J2<TODAY(),LOWER(TRIM($G2))<>"выполнено")',
        fill: OVERDUE_FILL,
        row: 1,
        column: 0,
        columns: ROADMAP.columns.length,
      },
    ]);
  });

  it("paints a plan item past its «Срок» without the mark «Выполнено»", () => {
    const [highlight] = layoutOf(workbook, PLANS.name)!.highlights!;
    expect(highlight?.formula).toBe(
      'AND(N("Наставничество: срок пункта плана прошёл")=0,ISNUMBER($E2),$E2<TODAY(),LOWER(TRIM($H2))<>"выполнено")',
    );
    expect(highlight?.columns).toBe(PLANS.columns.length);
  });

  it("on «Пары» paints only the two counts, the days against the current setting on «Настройки»", () => {
    const highlights = layoutOf(workbook, PAIRS.name)!.highlights!;
    const header = workbook.grid(PAIRS.name)[0]!;
    const map = mapColumns(PAIRS, header);
    expect(highlights.map((h) => [h.column, h.columns])).toEqual([
      [map.get("daysWithoutMeeting"), 1],
      [map.get("planOverdue"), 1],
    ]);
    const days = columnLetter(map.get("daysWithoutMeeting")!);
    expect(highlights[0]?.formula).toContain(`$${days}2>IFERROR(VALUE(VLOOKUP(`);
    expect(highlights[0]?.formula).toContain(
      `"Ход программы: дней без встреч до напоминания",INDIRECT("'Настройки'!A:B"),2,FALSE)),30)`,
    );
    expect(highlights[1]?.formula).toContain(`$${columnLetter(map.get("planOverdue")!)}2>0`);
    expect(highlights[1]?.formula).toContain(`$${columnLetter(map.get("status")!)}2="Утверждена"`);
  });

  it("leaves the conditional formatting of the other sheets alone", () => {
    for (const schema of WORKBOOK)
      if (!HIGHLIGHT_RULES[schema.key]) expect(layoutOf(workbook, schema.name)?.highlights).toBeUndefined();
    expect(layoutOf(workbook, MENTORS.name)?.highlights).toBeUndefined();
  });

  it("fills «Крайний срок» of the seeded roadmap with the last day its «Сроки» allow", () => {
    const grid = workbook.grid(ROADMAP.name);
    const map = mapColumns(ROADMAP, grid[0]!);
    const rows = grid.slice(1);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const due = roadmapDeadline(String(row[map.get("deadline")!]));
      const cell = row[map.get("dueDate")!];
      expect(cell).toEqual(due ? new Date(due.year, due.month - 1, due.day) : "");
    }
  });

  it("sets the same rules again on a second run, nothing more", () => {
    setupWorkbook(workbook, context);
    expect(layoutOf(workbook, PLANS.name)?.highlights).toHaveLength(1);
    expect(layoutOf(workbook, PAIRS.name)?.highlights).toHaveLength(2);
  });
});

describe("a roadmap whose «Сроки» the coordinator changed", () => {
  it("gets its «Крайний срок» again from «Ход программы»", () => {
    const workbook = new MemoryWorkbook();
    setupWorkbook(workbook, context);
    const grid = workbook.grid(ROADMAP.name);
    const map = mapColumns(ROADMAP, grid[0]!);
    grid[1]![map.get("deadline")!] = "до 15.03.2027";
    refreshYear(workbook, context);
    expect(workbook.grid(ROADMAP.name)[1]![map.get("dueDate")!]).toEqual(new Date(2027, 2, 15));
    grid[1]![map.get("deadline")!] = "по согласованию";
    refreshYear(workbook, context);
    expect(workbook.grid(ROADMAP.name)[1]![map.get("dueDate")!]).toBe("");
  });
});

describe("highlight formulas", () => {
  const rule = HIGHLIGHT_RULES[PLANS.key]![0]!;

  it("follow the columns wherever the coordinator moved them", () => {
    const keys = PLANS.columns.map((column) => column.key);
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...Array(40).keys()], { minLength: keys.length, maxLength: keys.length }),
        (slots) => {
          const positions = new Map(keys.map((key, index) => [key, slots[index]!]));
          const formula = highlightFormula(rule, { frozenRows: 1, headerWidth: 40, positions }, context.now)!;
          expect(formula).toContain(`ISNUMBER($${columnLetter(positions.get("due")!)}2)`);
          expect(formula).toContain(`LOWER(TRIM($${columnLetter(positions.get("mark")!)}2))`);
        },
      ),
    );
  });

  it("are not made when a column they read is missing", () => {
    const positions = new Map([["due", 4]]);
    expect(highlightFormula(rule, { frozenRows: 1, headerWidth: 9, positions }, context.now)).toBeNull();
    expect(highlightsFor(PLANS, { frozenRows: 1, headerWidth: 9, positions }, context.now)).toEqual([]);
  });

  it("are told apart from the coordinator's own by their tag", () => {
    const ours = highlightFormula(
      rule,
      {
        frozenRows: 1,
        headerWidth: 9,
        positions: new Map(PLANS.columns.map((column, index) => [column.key, index])),
      },
      context.now,
    )!;
    expect(isOurHighlight(ours)).toBe(true);
    expect(isOurHighlight(`=${ours}`)).toBe(true);
    expect(isOurHighlight('=AND($E2<>"", $E2<TODAY())')).toBe(false);
    expect(isOurHighlight('=$B2="Наставничество"')).toBe(false);
  });
});
