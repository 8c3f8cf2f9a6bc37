import { cellText } from "../../src/core/cell";
import { DOCUMENT_ACTION } from "../../src/core/documents";
import type { WorkbookPort } from "../../src/core/ports";
import { readSettings } from "../../src/core/schema/settings";
import { LOG, PAIRS, SETTINGS_SHEET } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import type { MemoryWorkbook } from "../support/memoryWorkbook";
import { context } from "./approvedDemo";

/** «Документы» of «Пары» by pair ID. */
export function documentsCells(workbook: WorkbookPort): Map<string, string> {
  const grid = workbook.readAll(PAIRS.name);
  const map = mapColumns(PAIRS, grid[0] ?? []);
  return new Map(
    grid
      .slice(1)
      .filter((row) => cellText(row[map.get("id")!]) !== "")
      .map((row) => [cellText(row[map.get("id")!]), cellText(row[map.get("documents")!])]),
  );
}

/** Results of «Журнал» lines for made documents. */
export function documentLog(workbook: MemoryWorkbook): string[] {
  const grid = workbook.grid(LOG.name);
  const map = mapColumns(LOG, grid[0] ?? []);
  return grid
    .slice(1)
    .filter((row) => row[map.get("action")!] === DOCUMENT_ACTION)
    .map((row) => cellText(row[map.get("result")!]));
}

export function setting(workbook: MemoryWorkbook, key: string): string | number | undefined {
  return readSettings(workbook.grid(SETTINGS_SHEET.name).slice(1), context.now).values[key];
}

/** Sets a cell of a bank or «Пары» row found by its ID column. */
export function setCell(workbook: MemoryWorkbook, sheet: string, id: string, column: string, value: string) {
  const grid = workbook.grid(sheet);
  const header = grid[0] ?? [];
  const idIndex = header.findIndex((cell) => /^ID/.test(cellText(cell)));
  const index = header.findIndex((cell) => cellText(cell) === column);
  const row = grid.find((cells) => cells[idIndex] === id);
  if (!row || index < 0) throw new Error(`no ${sheet} ${id} ${column}`);
  row[index] = value;
}
