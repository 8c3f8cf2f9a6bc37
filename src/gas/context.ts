import type { Context } from "../core/ports";
import { wallNow } from "./sheetClock";

const UNKNOWN_USER = "пользователь не определён";

/**
 * The acting coordinator and the time on the spreadsheet's wall clock. Apps Script hides the e-mail from
 * other domains, so it may be empty.
 */
export function currentContext(): Context {
  return {
    now: wallNow(SpreadsheetApp.getActiveSpreadsheet()),
    user: Session.getActiveUser().getEmail() || UNKNOWN_USER,
  };
}
