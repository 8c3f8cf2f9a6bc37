import type { Cell } from "../cell";
import { refuseMergedWrites } from "../merges";
import type { WorkbookPort } from "../ports";
import { sameCell } from "../questionnaires/upsert";

/** A changed existing row: its 0-based grid index, all its cells, and which of them changed. */
export interface RowChange {
  readonly row: number;
  readonly values: readonly Cell[];
  readonly changedColumns: readonly number[];
}

/** A row rewritten as `values`, with the columns whose cell differs from `before` marked changed. */
export function rowChange(row: number, values: readonly Cell[], before: readonly Cell[]): RowChange {
  return {
    row,
    values,
    changedColumns: values.flatMap((value, column) => (sameCell(value, before[column]) ? [] : [column])),
  };
}

/** A rectangular write: top-left (0-based) and the cells. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly values: Cell[][];
}

/** A rectangle of changed cells: top-left (0-based), height and width. */
interface Rect {
  readonly row: number;
  readonly column: number;
  height: number;
  readonly width: number;
}

/** Maximal runs of consecutive numbers in an ascending list: [first, last] each. */
function runsOf(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1]; // not .at(): the Apps Script bundle keeps to ES2019 built-ins
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/**
 * Rectangles covering exactly the given cells (line → its cells along the line): one per run of
 * consecutive cells in a line, stacked over consecutive lines whose run is the same.
 */
function stackRuns(lines: ReadonlyMap<number, readonly number[]>): Rect[] {
  const rects: Rect[] = [];
  const open = new Map<string, Rect>();
  for (const line of [...lines.keys()].sort((a, b) => a - b)) {
    for (const [first, last] of runsOf(lines.get(line)!)) {
      const key = `${first}:${last}`;
      const above = open.get(key);
      if (above && above.row + above.height === line) above.height++;
      else {
        const rect = { row: line, column: first, height: 1, width: last - first + 1 };
        rects.push(rect);
        open.set(key, rect);
      }
    }
  }
  return rects;
}

/**
 * Groups the changed cells into few rectangular blocks that touch no unchanged cell, so that formulas,
 * consents and the coordinator's own columns between them are never rewritten. Runs of changed columns
 * are stacked over consecutive rows with the same run — or, when that takes fewer blocks, runs of changed
 * rows over consecutive columns with the same run. Blocks are ordered by row, then column.
 */
export function changeBlocks(changes: readonly RowChange[]): Block[] {
  const byRow = new Map<number, RowChange>();
  for (const change of changes) if (change.changedColumns.length > 0) byRow.set(change.row, change);
  const rowLines = new Map<number, number[]>();
  const columnLines = new Map<number, number[]>();
  for (const [row, change] of byRow) {
    const columns = [...new Set(change.changedColumns)].sort((a, b) => a - b);
    rowLines.set(row, columns);
    // Appended in place: copying the list per row made a district's 14 000 rows quadratic.
    for (const column of columns) {
      const rows = columnLines.get(column);
      if (rows) rows.push(row);
      else columnLines.set(column, [row]);
    }
  }
  for (const rows of columnLines.values()) rows.sort((a, b) => a - b);
  const across = stackRuns(rowLines);
  const down = stackRuns(columnLines).map(
    (rect): Rect => ({ row: rect.column, column: rect.row, height: rect.width, width: rect.height }),
  );
  const rects = down.length < across.length ? down : across;
  return rects
    .slice()
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((rect) => ({
      row: rect.row,
      column: rect.column,
      values: Array.from({ length: rect.height }, (_, r) => {
        const values = byRow.get(rect.row + r)!.values;
        return Array.from({ length: rect.width }, (_, c) => values[rect.column + c] ?? "");
      }),
    }));
}

/**
 * Writes the changed cells block by block (see `changeBlocks`) and new rows as one block at
 * `append.startRow`; returns the number of writes. Nothing is written when any block touches merged cells.
 */
export function writeRowChanges(
  port: WorkbookPort,
  sheet: string,
  changes: readonly RowChange[],
  append?: { readonly startRow: number; readonly rows: readonly (readonly Cell[])[] },
): number {
  const blocks = changeBlocks(changes);
  if (append && append.rows.length > 0) {
    const width = Math.max(...append.rows.map((row) => row.length));
    blocks.push({
      row: append.startRow,
      column: 0,
      values: append.rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? "")),
    });
  }
  refuseMergedWrites(port, sheet, blocks);
  for (const block of blocks) port.write(sheet, block.row, block.column, block.values);
  return blocks.length;
}
