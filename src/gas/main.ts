/**
 * Apps Script entry points. Every function exported here becomes a global function of the
 * uploaded Code.js (see scripts/build.mjs), which is how menus and triggers find them.
 */
import { setupWorkbook } from "../core/setup/setupWorkbook";
import { currentContext } from "./context";
import { MENU_TITLE, runMenuAction } from "./handler";
import { MENU_ITEMS } from "./menu";
import { SheetsPort } from "./sheetsPort";

export function onOpen(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.handler);
  menu.addToUi();
}

export function menuSetup(): void {
  runMenuAction(
    () => setupWorkbook(new SheetsPort(SpreadsheetApp.getActiveSpreadsheet()), currentContext()).summary,
  );
}
