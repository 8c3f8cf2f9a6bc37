import type { Cell } from "../cell";
import type { WorkbookPort } from "../ports";

/** A changed existing row: its 0-based grid index, all its cells, and which of them changed. */
export interface RowChange {
  readonly row: number;
  readonly values: readonly Cell[];
  readonly changedColumns: readonly number[];
}

/** A rectangular write: top-left (0-based) and the cells. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly values: Cell[][];
}

/**
 * Groups changed rows into the fewest blocks that touch no row which did not change: one block per run
 * of consecutive rows, spanning the changed columns of that run (cells in between are written back as
 * they were read).
 */
export function changeBlocks(changes: readonly RowChange[]): Block[] {
  const sorted = changes
    .filter((change) => change.changedColumns.length > 0)
    .slice()
    .sort((a, b) => a.row - b.row);
  const blocks: Block[] = [];
  let run: RowChange[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const columns = run.flatMap((change) => change.changedColumns);
    const first = Math.min(...columns);
    const last = Math.max(...columns);
    blocks.push({
      row: run[0]!.row,
      column: first,
      values: run.map((change) =>
        Array.from({ length: last - first + 1 }, (_, offset) => change.values[first + offset] ?? ""),
      ),
    });
    run = [];
  };
  for (const change of sorted) {
    const previous = run.at(-1);
    if (previous && change.row !== previous.row + 1) flush();
    run.push(change);
  }
  flush();
  return blocks;
}

/** Writes changed rows block by block and new rows as one block at `append.startRow`; returns the number of writes. */
export function writeRowChanges(
  port: WorkbookPort,
  sheet: string,
  changes: readonly RowChange[],
  append?: { readonly startRow: number; readonly rows: readonly (readonly Cell[])[] },
): number {
  const blocks = changeBlocks(changes);
  for (const block of blocks) port.write(sheet, block.row, block.column, block.values);
  let writes = blocks.length;
  if (append && append.rows.length > 0) {
    const width = Math.max(...append.rows.map((row) => row.length));
    port.write(
      sheet,
      append.startRow,
      0,
      append.rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? "")),
    );
    writes++;
  }
  return writes;
}
