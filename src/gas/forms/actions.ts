import { currentContext } from "../context";
import { MENU_TITLE, runMenuAction } from "../handler";
import { sheetClock } from "../sheetClock";
import { SheetsPort } from "../sheetsPort";
import { createForms } from "./createForms";
import { importAllResponses } from "./importAll";

/** «Создать анкеты»: the work under the lock, then the links in an alert once the lock is released. */
export function createFormsFromMenu(): void {
  let links = "";
  runMenuAction(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const result = createForms(spreadsheet, new SheetsPort(spreadsheet), currentContext());
    links = result.links;
    return result.summary;
  });
  if (links) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(`${MENU_TITLE}: ссылки на анкеты`, links, ui.ButtonSet.OK);
  }
}

/** «Перенести ответы». */
export function importResponsesFromMenu(): void {
  runMenuAction(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const clock = sheetClock(spreadsheet);
    return importAllResponses(spreadsheet, new SheetsPort(spreadsheet, clock), currentContext(), clock);
  });
}
