import type { Grid } from "./cell";
import type { WorkbookPort } from "./ports";

/**
 * A sheet or column that setting the table up creates is missing. The message says what is missing;
 * each host adds how to run its setup (the menu in Google, `nastavnik init` offline).
 */
export class SetupNeededError extends Error {
  override readonly name: string = "SetupNeededError";
}

/** Whether the workbook has the sheet, at the adapter's cheapest. */
export function hasSheet(port: WorkbookPort, name: string): boolean {
  return port.hasSheet ? port.hasSheet(name) : port.sheetNames().includes(name);
}

/** All values of a sheet that the setup creates; a Russian error naming it when it is missing. */
export function requireSheet(port: WorkbookPort, name: string): Grid {
  if (!hasSheet(port, name)) throw new SetupNeededError(`Нет листа «${name}».`);
  return port.readAll(name);
}
