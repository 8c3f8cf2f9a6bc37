/**
 * Apps Script entry points. Every function exported here becomes a global function of the
 * uploaded Code.js (see scripts/build.mjs), which is how menus and triggers find them.
 */
import { approvePairs } from "../core/pairing/approve";
import { proposePairs } from "../core/pairing/proposePairs";
import { setupWorkbook } from "../core/setup/setupWorkbook";
import { awardsFromMenu } from "./awards";
import { currentContext } from "./context";
import { digestFromMenu, sendWeeklyDigest } from "./digest";
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
import { refreshMeetingChoices } from "./forms/meetingChoices";
import {
  CATCH_UP_ACTION,
  CATCH_UP_HANDLER,
  hasPending,
  importPending,
  scheduleCatchUp,
} from "./forms/pending";
import { handleFormSubmit } from "./forms/submission";
import { logTriggerFailure, runMenuAction, runMenuTask, runTriggerAction } from "./handler";
import { buildMenu } from "./menu";
import { summaryFromMenu } from "./results";
import { selectedPairRows } from "./selection";
import { sheetClock } from "./sheetClock";
import { SheetsPort } from "./sheetsPort";
import { smokeReport } from "./smoke";
import { removeTriggers } from "./triggers";
import { endPairFromMenu, yearStatusFromMenu } from "./year";
import { saveNewsText, YEAR_REPORT_REQUEST } from "./yearReport";
import { zoneWarning } from "./zoneWarning";

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

/** Simple trigger: the menu. As an add-on not yet used in this document (AuthMode.NONE) it may only do that. */
export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(event);
}

/** An Editor add-on's install: the document is open already, so the menu is built at once. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(event);
}

export function menuSetup(): void {
  runMenuAction(() => {
    const summary = setupWorkbook(port(), currentContext()).summary;
    const warning = zoneWarning(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
    return warning ? `${summary}. ${warning}` : summary;
  });
}

export function menuMatch(): void {
  runMenuAction(() => proposePairs(port(), currentContext()).summary);
}

export function menuApprove(): void {
  runMenuAction(() => {
    const rows = selectedPairRows(SpreadsheetApp.getActiveSpreadsheet());
    const sheets = port();
    const summary = approvePairs(sheets, currentContext(), { rows }).summary;
    refreshMeetingChoices(sheets, currentContext());
    return summary;
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

export function menuDigest(): void {
  digestFromMenu();
}

/** Installable weekly trigger (installed by «Еженедельная сводка на почту»): the e-mail digest. */
export function weeklyDigest(): void {
  sendWeeklyDigest();
}

export function menuAwards(): void {
  awardsFromMenu();
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

/**
 * One-off time-driven trigger set when answers arrived while another action held the spreadsheet: lands
 * them. It deletes its trigger before reading what waits (see `deferResponse`), and while the spreadsheet
 * is still busy it tries again a minute later.
 */
export function catchUpResponses(): void {
  removeTriggers(CATCH_UP_HANDLER);
  runTriggerAction(
    CATCH_UP_ACTION,
    () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const clock = sheetClock(spreadsheet);
      const count = importPending(spreadsheet, new SheetsPort(spreadsheet, clock), currentContext(), clock);
      if (hasPending()) scheduleCatchUp();
      return `Перенесено отложенных ответов: ${count}`;
    },
    { onBusy: scheduleCatchUp },
  );
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

/** «Отчёт за год»: the year's report and the monitoring справка as Google Docs, and the news text. */
export function menuYearReport(): void {
  const startedAt = Date.now();
  runMenuTask((progress) => `${runDocuments(YEAR_REPORT_REQUEST, startedAt, progress)}${saveNewsText()}`);
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

/** `npm run smoke`: checks in the live spreadsheet what the tests' fakes assume; returns a Russian report. */
export function smokeTest(): string {
  const report = smokeReport();
  console.log(report);
  return report;
}
