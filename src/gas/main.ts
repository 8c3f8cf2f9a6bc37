/**
 * Apps Script entry points. Every function exported here becomes a global function of the
 * uploaded Code.js (see scripts/build.mjs), which is how menus and triggers find them.
 */
import { approvePairs } from "../core/pairing/approve";
import { proposePairs } from "../core/pairing/proposePairs";
import { setupWorkbook } from "../core/setup/setupWorkbook";
import { currentContext } from "./context";
import {
  CONTINUATION_FAILED_HINT,
  type DocumentsStep,
  documentsPrompt,
  documentsRequestFrom,
  documentsStep,
  parseDocumentsRequest,
  pendingDocuments,
  removeContinuations,
  runDocuments,
} from "./docs/generateHandlers";
import { createFormsFromMenu, importResponsesFromMenu } from "./forms/actions";
import { handleFormSubmit } from "./forms/submission";
import { logTriggerFailure, MENU_TITLE, runMenuAction, runMenuTask } from "./handler";
import { MENU_ITEMS } from "./menu";
import { summaryFromMenu } from "./results";
import { selectedPairRows } from "./selection";
import { SheetsPort } from "./sheetsPort";
import { endPairFromMenu, yearStatusFromMenu } from "./year";

export {
  openPanel,
  panelCreateForms,
  panelDecide,
  panelDropPending,
  panelFormLinks,
  panelGenerateBatch,
  panelImport,
  panelMatch,
  panelOpenDialog,
  panelPairs,
  panelPreviewDocuments,
  panelSaveSettings,
  panelSettingFields,
  panelSetup,
  panelStatus,
} from "./panel/entries";

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

export function menuYearStatus(): void {
  yearStatusFromMenu();
}

export function menuEndPair(): void {
  endPairFromMenu();
}

export function menuSummary(): void {
  summaryFromMenu();
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
  const startedAt = Date.now(); // the time budget counts the prompt and the wait for the lock too
  const ui = SpreadsheetApp.getUi();
  const pending = pendingDocuments();
  const answer = ui.prompt("Сформировать документы", documentsPrompt(pending), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  runMenuTask((progress) =>
    runDocuments(documentsRequestFrom(answer.getResponseText(), pending), startedAt, progress),
  );
}

/**
 * One small batch of documents, for a sidebar that calls it through google.script.run until `done`:
 * `answer` is a new request as the menu's prompt takes it («3, 4 pdf», «все»); empty continues the
 * pending one. The lock is held only during the call; nothing is shown.
 */
export function generateDocumentsStep(answer?: string): DocumentsStep {
  const startedAt = Date.now();
  return documentsStep(answer?.trim() ? parseDocumentsRequest(answer) : null, startedAt);
}

/**
 * One-off time-driven trigger set by a document run that reached its time budget (or today's quota).
 * While another action holds the spreadsheet it tries again a minute later; a failure is written to
 * «Журнал», and the request stays for «Сформировать документы» to finish. It shows nothing: a trigger
 * has nobody to show it to.
 */
export function continueDocuments(): void {
  const startedAt = Date.now();
  const request = pendingDocuments();
  if (!request) {
    removeContinuations();
    return;
  }
  try {
    runDocuments(request, startedAt);
  } catch (error) {
    removeContinuations();
    logTriggerFailure("Документы", error, CONTINUATION_FAILED_HINT);
    throw error;
  }
}
