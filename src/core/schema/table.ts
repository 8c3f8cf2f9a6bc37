import { type Cell, cellText, type Grid, isBlank } from "../cell";
import { type ColumnSpec, normalizeHeader, type SheetSchema } from "./columns";

/** Where each schema column sits in an actual header row (0-based); user columns are ignored. */
export type ColumnMap = ReadonlyMap<string, number>;

export function matchesHeader(column: ColumnSpec, header: string): boolean {
  const wanted = normalizeHeader(header);
  if (!wanted) return false;
  return [column.header, ...(column.aliases ?? [])].some((name) => normalizeHeader(name) === wanted);
}

/** Maps schema columns to positions in `headerRow`; the first matching header wins. */
export function mapColumns(schema: SheetSchema, headerRow: readonly Cell[]): ColumnMap {
  const map = new Map<string, number>();
  const taken = new Set<number>();
  for (const column of schema.columns) {
    const index = headerRow.findIndex(
      (cell, position) => !taken.has(position) && matchesHeader(column, cellText(cell)),
    );
    if (index >= 0) {
      map.set(column.key, index);
      taken.add(index);
    }
  }
  return map;
}

export type SheetRecord = Record<string, Cell>;

/** Reads data rows (below the header) into records keyed by column key; blank rows are skipped. */
export function readRecords(
  schema: SheetSchema,
  grid: Grid,
): { map: ColumnMap; records: { row: number; record: SheetRecord }[] } {
  const map = mapColumns(schema, grid[0] ?? []);
  const records: { row: number; record: SheetRecord }[] = [];
  for (let r = schema.frozenRows; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((cell) => isBlank(cell))) continue;
    const record: SheetRecord = {};
    for (const [key, index] of map) record[key] = row[index] ?? "";
    records.push({ row: r, record });
  }
  return { map, records };
}

/**
 * Writes a record into a row of the sheet's current width, leaving cells of columns
 * the record does not mention (and user columns) as they were.
 */
export function writeRecord(
  map: ColumnMap,
  record: SheetRecord,
  existing: readonly Cell[],
  width: number,
): Cell[] {
  const row: Cell[] = Array.from({ length: width }, (_, index) => existing[index] ?? "");
  for (const [key, value] of Object.entries(record)) {
    const index = map.get(key);
    if (index !== undefined) row[index] = value;
  }
  return row;
}
