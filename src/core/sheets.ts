import type { Grid } from "./cell";
import type { WorkbookPort } from "./ports";

/** All values of a sheet that «Настроить таблицу» creates; a Russian error naming it when it is missing. */
export function requireSheet(port: WorkbookPort, name: string): Grid {
  if (!port.sheetNames().includes(name))
    throw new Error(`Нет листа «${name}». Сначала выполните «Наставничество → Настроить таблицу».`);
  return port.readAll(name);
}
