import { cellText } from "../../core/cell";
import type { WorkbookPort } from "../../core/ports";
import type { SheetSchema } from "../../core/schema/columns";
import { readRecords, type SheetRecord, writeRecord } from "../../core/schema/table";

const CONSENT_COLUMNS = ["pdConsent", "pdConsentDate", "mentoringConsent", "mentoringConsentDate"] as const;

/**
 * What the coordinator does by hand once the signed consents are in: marks them in the bank. Rows
 * are found by e-mail; the whole data block is written back at once.
 */
export function markConsents(
  port: WorkbookPort,
  schema: SheetSchema,
  people: readonly SheetRecord[],
): number {
  const grid = port.readAll(schema.name);
  const { map, records } = readRecords(schema, grid);
  const byEmail = new Map(people.map((person) => [cellText(person.email).toLowerCase(), person]));
  const width = grid[0]?.length ?? 0;
  let marked = 0;
  const rows = grid.slice(1).map((row) => [...row]);
  for (const { row, record } of records) {
    const person = byEmail.get(cellText(record.email).toLowerCase());
    if (!person) continue;
    const consents = Object.fromEntries(
      CONSENT_COLUMNS.filter((key) => map.has(key) && person[key] !== undefined).map((key) => [
        key,
        person[key] ?? "",
      ]),
    );
    rows[row - 1] = writeRecord(map, consents, grid[row] ?? [], width);
    marked++;
  }
  if (rows.length) port.write(schema.name, 1, 0, rows);
  return marked;
}
