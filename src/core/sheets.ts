import type { Grid } from "./cell";
import type { WorkbookPort } from "./ports";

/** Whether the workbook has the sheet, at the adapter's cheapest. */
export function hasSheet(port: WorkbookPort, name: string): boolean {
  return port.hasSheet ? port.hasSheet(name) : port.sheetNames().includes(name);
}

/** All values of a sheet that «Настроить таблицу» creates; a Russian error naming it when it is missing. */
export function requireSheet(port: WorkbookPort, name: string): Grid {
  if (!hasSheet(port, name))
    throw new Error(`Нет листа «${name}». Сначала выполните «Наставничество → Настроить таблицу».`);
  return port.readAll(name);
}
