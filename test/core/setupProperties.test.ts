import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cell";
import { WORKBOOK } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { MemoryWorkbook } from "../support/memoryWorkbook";

const context = { now: new Date(2026, 8, 1), user: "test" };

type Edit =
  | { kind: "set"; sheet: number; row: number; column: number; value: string }
  | { kind: "deleteColumn"; sheet: number; column: number }
  | { kind: "deleteRow"; sheet: number; row: number }
  | { kind: "rename"; sheet: number; name: string }
  | { kind: "deleteSheet"; sheet: number }
  | { kind: "addSheet"; name: string; header: string[] };

const userText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }).filter((text) => text.trim() !== ""),
  fc.constantFrom("Фамилия", "E-mail", "Статус", "Иванова", "=1+1", "Наставники"),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      sheet: fc.nat(9),
      row: fc.nat(30),
      column: fc.nat(30),
      value: userText,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("deleteColumn" as const),
      sheet: fc.nat(9),
      column: fc.nat(30),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("deleteRow" as const), sheet: fc.nat(9), row: fc.nat(30) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("rename" as const),
      sheet: fc.nat(9),
      name: fc.constantFrom("Лист1", "Старые наставники", "копия", "наставники", "Архив 2025"),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("deleteSheet" as const), sheet: fc.nat(9) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("addSheet" as const),
      name: fc.constantFrom("Ответы на форму (1)", "Заметки", "Лист7"),
      header: fc.array(userText, { maxLength: 6 }),
    }),
  },
);

function apply(workbook: MemoryWorkbook, change: Edit): void {
  const sheets = workbook.sheets;
  if (change.kind === "addSheet") {
    if (!sheets.some((sheet) => sheet.name === change.name))
      sheets.push({ name: change.name, grid: [change.header] });
    return;
  }
  if (sheets.length === 0) return;
  const sheet = sheets[change.sheet % sheets.length]!;
  switch (change.kind) {
    case "set": {
      while (sheet.grid.length <= change.row) sheet.grid.push([]);
      const row = sheet.grid[change.row]!;
      while (row.length < change.column) row.push("");
      row[change.column] = change.value;
      return;
    }
    case "deleteColumn":
      for (const row of sheet.grid) row.splice(change.column, 1);
      return;
    case "deleteRow":
      sheet.grid.splice(change.row, 1);
      return;
    case "rename":
      if (!sheets.some((other) => other.name === change.name)) sheet.name = change.name;
      return;
    case "deleteSheet":
      sheets.splice(sheets.indexOf(sheet), 1);
  }
}

function nonBlankCells(grid: Cell[][]): [number, number, Cell][] {
  return grid.flatMap((row, r) =>
    row.flatMap((value, c): [number, number, Cell][] =>
      value === "" || value === null ? [] : [[r, c, value]],
    ),
  );
}

describe("setupWorkbook after any sequence of coordinator edits", () => {
  it("keeps every value where it was, restores every schema sheet and column, and is idempotent", () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const workbook = new MemoryWorkbook();
        setupWorkbook(workbook, context);
        for (const change of edits) apply(workbook, change);

        const before = workbook.sheets.map((sheet) => ({ sheet, cells: nonBlankCells(sheet.grid) }));
        setupWorkbook(workbook, context);

        for (const { sheet, cells } of before) {
          expect(workbook.sheets).toContain(sheet);
          for (const [r, c, value] of cells) expect(sheet.grid[r]?.[c]).toEqual(value);
        }
        for (const schema of WORKBOOK) {
          const grid = workbook.grid(schema.name);
          expect(mapColumns(schema, grid[0] ?? []).size).toBe(schema.columns.length);
        }
        const settled = structuredClone(workbook.sheets.map((sheet) => [sheet.name, sheet.grid]));
        const again = setupWorkbook(workbook, context);
        expect(again.changed).toBe(false);
        expect(workbook.sheets.map((sheet) => [sheet.name, sheet.grid])).toEqual(settled);
      }),
      { numRuns: 300 },
    );
  });
});
