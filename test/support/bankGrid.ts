import type { Grid } from "../../src/core/cell";
import type { SheetSchema } from "../../src/core/schema/columns";
import { mapColumns, type SheetRecord, writeRecord } from "../../src/core/schema/table";

/** A bank sheet as a grid: its header, then one row per record. */
export function bankGrid(schema: SheetSchema, records: readonly SheetRecord[]): Grid {
  const header = schema.columns.map((column) => column.header);
  const map = mapColumns(schema, header);
  return [header, ...records.map((record) => writeRecord(map, record, [], header.length))];
}
