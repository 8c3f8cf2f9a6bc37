import type { WorkbookPort } from "./ports";
import type { SheetSchema } from "./schema/columns";
import { mapColumns, type SheetRecord, writeRecord } from "./schema/table";

/** Appends records below a sheet's data in one batched write, each value under its own header. */
export function appendRecords(
  port: WorkbookPort,
  schema: SheetSchema,
  records: readonly SheetRecord[],
): void {
  if (records.length === 0) return;
  const header = port.readHeader(schema.name);
  const map = mapColumns(schema, header);
  const width = Math.max(header.length, ...[...map.values()].map((index) => index + 1));
  port.appendRows(
    schema.name,
    records.map((record) => writeRecord(map, record, [], width)),
  );
}
