import type { Context, WorkbookPort } from "./ports";
import { LOG } from "./schema/sheets";

/** Adds one line to «Журнал»: the append-only record of what Nastavnik did, when and for whom. */
export function appendLog(port: WorkbookPort, context: Context, action: string, result: string): void {
  port.appendRows(LOG.name, [[context.now, context.user, action, result]]);
}
