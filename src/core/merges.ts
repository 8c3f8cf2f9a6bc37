/**
 * Merged cells. A coordinator merges «Структурное подразделение» over several people's rows; a write to
 * one row of such a block would land in the block's top-left cell — another person's — or be dropped.
 * Nastavnik never writes into a merged block: it refuses, naming the sheet and the cells, before it
 * writes anything to that sheet. (Unmerging by itself would have to decide whose value each row gets;
 * the coordinator decides that better.)
 */
import { a1Notation, type CellArea } from "./a1";
import type { WorkbookPort } from "./ports";

export type { CellArea };

/** A planned write: its top-left cell (0-based) and the block of values. */
export interface WriteArea {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
}

function overlaps(a: CellArea, b: CellArea): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

function areaOf(write: WriteArea): CellArea {
  return {
    row: write.row,
    column: write.column,
    rows: write.values.length,
    columns: Math.max(0, ...write.values.map((cells) => cells.length)),
  };
}

/** The refusal for writes into merged cells, in Russian, or null when no write touches a merged block. */
export function mergedWriteProblem(
  sheet: string,
  merged: readonly CellArea[],
  writes: readonly WriteArea[],
): string | null {
  const areas = writes.map(areaOf);
  const hit = merged.filter((block) => areas.some((area) => overlaps(block, area)));
  if (hit.length === 0) return null;
  const cells = hit
    .slice()
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map(a1Notation)
    .join(", ");
  return (
    `На листе «${sheet}» объединены ячейки ${cells}, а в них нужно записать данные отдельных строк — ` +
    "запись остановлена, чтобы не попасть в ячейку другого человека. Отмените объединение этих ячеек " +
    "(заполнив значение в каждой строке) и повторите."
  );
}

/** Refuses, before anything is written, when any of the planned writes to the sheet touches merged cells. */
export function refuseMergedWrites(port: WorkbookPort, sheet: string, writes: readonly WriteArea[]): void {
  if (writes.length === 0) return;
  const problem = mergedWriteProblem(sheet, port.mergedRanges(sheet), writes);
  if (problem !== null) throw new Error(problem);
}
