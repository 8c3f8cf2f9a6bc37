import { type Cell, cellText, type Grid, isBlank } from "../cell";
import type { ColumnLayout, SheetLayout } from "../ports";
import type { SeedContext, SheetSchema } from "../schema/columns";
import { mapColumns, writeRecord } from "../schema/table";

export interface SheetRepair {
  /** Header cells to write in the first row, starting at `column`. */
  readonly header?: { readonly column: number; readonly values: string[] };
  /** Rows to write starting at `row`, column 0 (seed rows or missing settings). */
  readonly rows?: { readonly row: number; readonly values: Grid };
  readonly restoredColumns: string[];
  readonly addedRows: number;
  readonly layout: SheetLayout;
}

function lastNonBlank(cells: readonly Cell[]): number {
  for (let index = cells.length - 1; index >= 0; index--) if (!isBlank(cells[index])) return index;
  return -1;
}

function lastDataRow(grid: Grid): number {
  for (let row = grid.length - 1; row >= 0; row--) if (lastNonBlank(grid[row] ?? []) >= 0) return row;
  return -1;
}

/**
 * Seed rows this sheet still lacks: a table is seeded only while it holds no data (a coordinator's
 * deletions are respected afterwards); settings get every parameter whose label is missing.
 */
function missingSeedRows(schema: SheetSchema, grid: Grid, labelColumn: number, context: SeedContext): Grid {
  if (!schema.seed) return [];
  const seed = schema.seed(context);
  if (schema.kind === "settings") {
    const present = new Set(grid.slice(schema.frozenRows).map((row) => cellText(row[labelColumn])));
    return seed.filter((row) => !present.has(cellText(row[0])));
  }
  return lastDataRow(grid) < schema.frozenRows ? seed : [];
}

/**
 * Decides how to bring one sheet in line with its schema without losing anything: missing columns
 * are appended after the last used header cell (never inserted, so no user column moves), and
 * nothing already in the sheet is overwritten.
 */
export function planSheetRepair(
  schema: SheetSchema,
  grid: Grid,
  fresh: boolean,
  context: SeedContext,
): SheetRepair {
  const headerRow = grid[0] ?? [];
  const found = mapColumns(schema, headerRow);
  const usedWidth = lastNonBlank(headerRow) + 1;
  const positions = new Map(found);
  const missing = schema.columns.filter((column) => !found.has(column.key));
  missing.forEach((column, offset) => {
    positions.set(column.key, usedWidth + offset);
  });
  const width = usedWidth + missing.length;

  const firstColumnKey = schema.columns[0]?.key ?? "";
  const seedRows = missingSeedRows(schema, grid, positions.get(firstColumnKey) ?? 0, context);
  const nextRow = Math.max(lastDataRow(grid) + 1, schema.frozenRows);
  const placed = seedRows.map((seedRow) => {
    const record = Object.fromEntries(
      schema.columns.map((column, index) => [column.key, seedRow[index] ?? ""]),
    );
    return writeRecord(positions, record, [], width);
  });

  const restored = new Set(missing.map((column) => column.key));
  const columns = schema.columns.map((column): ColumnLayout => {
    const layout: ColumnLayout = {
      index: positions.get(column.key) ?? 0,
      key: column.key,
      generated: column.generated ?? false,
      ...(fresh || restored.has(column.key) ? { width: column.width } : {}),
      ...(column.type === "enum" && column.options ? { options: column.options } : {}),
      ...(column.note ? { note: column.note } : {}),
    };
    return layout;
  });

  return {
    ...(missing.length > 0
      ? { header: { column: usedWidth, values: missing.map((column) => column.header) } }
      : {}),
    ...(placed.length > 0 ? { rows: { row: nextRow, values: placed } } : {}),
    restoredColumns: fresh ? [] : missing.map((column) => column.header),
    addedRows: placed.length,
    layout: { frozenRows: schema.frozenRows, headerWidth: width, columns },
  };
}
