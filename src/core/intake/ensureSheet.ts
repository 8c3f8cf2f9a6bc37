import type { Grid } from "../cell";
import type { Context, WorkbookPort } from "../ports";
import type { SheetSchema } from "../schema/columns";
import { SETTINGS_SHEET } from "../schema/sheets";
import { planSheetRepair } from "../setup/planSheetRepair";

/**
 * Makes sure a sheet exists with its schema's header (created before «Настройки» if missing, lost
 * columns restored at the end) and returns its content. Writes nothing when the sheet is in order.
 */
export function ensureSheet(port: WorkbookPort, schema: SheetSchema, context: Context): Grid {
  const names = port.sheetNames();
  const fresh = !names.includes(schema.name);
  if (fresh) {
    const settings = names.indexOf(SETTINGS_SHEET.name);
    port.createSheet(schema.name, settings >= 0 ? settings : names.length);
  }
  const grid = fresh ? [] : port.readAll(schema.name);
  const repair = planSheetRepair(schema, grid, fresh, { today: context.now });
  if (!repair.header) return grid;
  port.write(schema.name, 0, repair.header.column, [repair.header.values]);
  port.applyLayout(schema.name, repair.layout);
  return port.readAll(schema.name);
}
