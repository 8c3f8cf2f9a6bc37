import { writeAwards } from "../core/awards/writeAwards";
import { currentContext } from "./context";
import { runMenuAction } from "./handler";
import { SheetsPort } from "./sheetsPort";

/** «Наставник года и лучшая пара»: the ranking recomputed and «Награды» rewritten, under the document lock. */
export function awardsFromMenu(): void {
  runMenuAction(
    () => writeAwards(new SheetsPort(SpreadsheetApp.getActiveSpreadsheet()), currentContext()).summary,
  );
}
