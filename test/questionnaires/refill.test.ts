import { describe, expect, it } from "vitest";
import type { Cell, Grid } from "../../src/core/cell";
import { upsertResponses } from "../../src/core/questionnaires/upsert";
import { headersOf } from "../../src/core/schema/columns";
import { MENTORS } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import { MENTOR_FORM, mentorAnswers, response } from "./fixtures";

const HEADER: Cell[] = headersOf(MENTORS);
const MAP = mapColumns(MENTORS, HEADER);
const OPTIONS = { source: "импорт" as const, now: new Date(2025, 8, 30, 9, 0, 0) };
const TIME = new Date(2025, 8, 10, 12, 0, 0);
const cell = (grid: Grid, r: number, key: string) => grid[r]?.[MAP.get(key)!];

/** The bank after importing an export whose «Сильные стороны» and «Должность» columns were lost. */
function afterBrokenImport(): Grid {
  const { "Сильные стороны": _, Должность: __, ...partial } = mentorAnswers();
  const first = upsertResponses(
    [HEADER],
    MENTOR_FORM,
    [response(partial, "ivanova@school.ru", TIME)],
    OPTIONS,
  );
  expect(first.counts.added).toBe(1);
  expect(cell(first.grid, 1, "status")).toBe("Требует проверки");
  return first.grid;
}

describe("re-importing a corrected export with the same response times", () => {
  it("fills the cells the first import left empty, and re-evaluates the status", () => {
    const bank = afterBrokenImport();
    const again = upsertResponses(
      bank,
      MENTOR_FORM,
      [response(mentorAnswers(), "ivanova@school.ru", TIME)],
      OPTIONS,
    );
    expect(again.counts).toMatchObject({ updated: 1, unchanged: 0 });
    expect(String(cell(again.grid, 1, "strengths"))).toMatch(/^Методика проведения урока/);
    expect(cell(again.grid, 1, "position")).toBe("учитель математики");
    expect(cell(again.grid, 1, "status")).toBe("Активен");
    expect(cell(again.grid, 1, "remarks")).toBe("");
    expect(again.outcomes[0]?.message).toMatch(/дополнен/);
    // And a third import of the same file changes nothing.
    const third = upsertResponses(
      again.grid,
      MENTOR_FORM,
      [response(mentorAnswers(), "ivanova@school.ru", TIME)],
      OPTIONS,
    );
    expect(third.counts).toMatchObject({ updated: 0, unchanged: 1 });
    expect(third.updates).toEqual([]);
  });

  it("never overwrites what the coordinator filled in meanwhile, nor a status they set", () => {
    const bank = afterBrokenImport();
    bank[1]![MAP.get("position")!] = "учитель алгебры";
    bank[1]![MAP.get("experience")!] = 20;
    const again = upsertResponses(
      bank,
      MENTOR_FORM,
      [response(mentorAnswers({ "Педагогический стаж (лет)": "12" }), "ivanova@school.ru", TIME)],
      OPTIONS,
    );
    expect(cell(again.grid, 1, "position")).toBe("учитель алгебры");
    expect(cell(again.grid, 1, "experience")).toBe(20);
    expect(String(cell(again.grid, 1, "strengths"))).toMatch(/^Методика/);

    const left = afterBrokenImport();
    left[1]![MAP.get("status")!] = "Выбыл";
    const kept = upsertResponses(
      left,
      MENTOR_FORM,
      [response(mentorAnswers(), "ivanova@school.ru", TIME)],
      OPTIONS,
    );
    expect(cell(kept.grid, 1, "status")).toBe("Выбыл");
    expect(String(cell(kept.grid, 1, "strengths"))).toMatch(/^Методика/);
  });

  it("does not refill in Google, where every answer re-reads the response sheet: an emptied cell stays empty", () => {
    const bank = afterBrokenImport();
    const google = upsertResponses(
      bank,
      MENTOR_FORM,
      [response(mentorAnswers(), "ivanova@school.ru", TIME)],
      { ...OPTIONS, source: "форма" },
    );
    expect(google.counts).toMatchObject({ updated: 0, unchanged: 1 });
    expect(cell(google.grid, 1, "strengths")).toBe("");
  });
});
