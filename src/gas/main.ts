/**
 * Apps Script entry points. Every function exported here becomes a global function of the
 * uploaded Code.js (see scripts/build.mjs), which is how menus and triggers find them.
 */
import { approvePairs } from "../core/pairing/approve";
import { proposePairs } from "../core/pairing/proposePairs";
import { setupWorkbook } from "../core/setup/setupWorkbook";
import { currentContext } from "./context";
import {
  CONTINUE_HANDLER,
  KINDS_PROMPT,
  parseDocumentsRequest,
  pendingDocuments,
  runDocuments,
} from "./docs/generateHandlers";
import { createFormsFromMenu, importResponsesFromMenu } from "./forms/actions";
import { handleFormSubmit } from "./forms/submission";
import { MENU_TITLE, runMenuAction, runTriggerAction } from "./handler";
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

export function menuCreateForms(): void {
  createFormsFromMenu();
}

export function menuImportResponses(): void {
  importResponsesFromMenu();
}

/** Installable trigger «при отправке формы» of this spreadsheet (installed by «Создать анкеты»). */
export function onFormSubmit(event: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  handleFormSubmit(event);
}

export function menuGenerateDocuments(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt("Сформировать документы", KINDS_PROMPT, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  runMenuAction(() => runDocuments(parseDocumentsRequest(answer.getResponseText())));
}

/** One-off time-driven trigger set by a document run that reached its time budget. */
export function continueDocuments(): void {
  const request = pendingDocuments();
  if (!request) {
    for (const trigger of ScriptApp.getProjectTriggers())
      if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
    return;
  }
  runTriggerAction("Документы", () => runDocuments(request));
}
