import type { Grid } from "./cell";
import type { WorkbookPort } from "./ports";

/**
 * A sheet or column that setting the table up creates is missing. The message says what is missing;
 * each host adds how to run its setup (the menu in Google, `nastavnik init` offline).
 */
export class SetupNeededError extends Error {
  override readonly name: string = "SetupNeededError";
}

/** All values of a sheet that the setup creates; a Russian error naming it when it is missing. */
export function requireSheet(port: WorkbookPort, name: string): Grid {
  if (!port.sheetNames().includes(name)) throw new SetupNeededError(`Нет листа «${name}».`);
  return port.readAll(name);
}
