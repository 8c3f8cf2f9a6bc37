/**
 * Apps Script entry points. Every function exported here becomes a global function of the
 * uploaded Code.js (see scripts/build.mjs), which is how menus and triggers find them.
 */
import { approvePairs } from "../core/pairing/approve";
import { proposePairs } from "../core/pairing/proposePairs";
import { setupWorkbook } from "../core/setup/setupWorkbook";
import { currentContext } from "./context";
import { MENU_TITLE, runMenuAction } from "./handler";
import { MENU_ITEMS } from "./menu";
import { selectedPairRows } from "./selection";
import { SheetsPort } from "./sheetsPort";

function port(): SheetsPort {
  return new SheetsPort(SpreadsheetApp.getActiveSpreadsheet());
}

export function onOpen(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.handler);
  menu.addToUi();
}

export function menuSetup(): void {
  runMenuAction(() => setupWorkbook(port(), currentContext()).summary);
}

export function menuMatch(): void {
  runMenuAction(() => proposePairs(port(), currentContext()).summary);
}

export function menuApprove(): void {
  runMenuAction(() => {
    const rows = selectedPairRows(SpreadsheetApp.getActiveSpreadsheet());
    return approvePairs(port(), currentContext(), { rows }).summary;
  });
}
