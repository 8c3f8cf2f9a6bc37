/**
 * What the coordinator's page calls through `google.script.run`. Each call is short, takes the document
 * lock only for its own work and answers with plain JSON; an error reaches the page as one Russian line.
 */

import { FORM_KEYS, FORM_NAMES } from "../../core/intake/formSettings";
import { readFormsRegistry } from "../../core/intake/registry";
import { proposePairs } from "../../core/pairing/proposePairs";
import {
  applyOrderNumber,
  type BatchResult,
  batchResult,
  type DocumentsPreview,
  type DocumentsRequestOptions,
  datedContext,
  kindsOf,
  previewDocuments,
} from "../../core/panel/documents";
import { decidePairs, type PairDecisions, type PairsView, readPairsView } from "../../core/panel/pairs";
import { panelSettings, type SettingField, savePanelSettings } from "../../core/panel/settings";
import { programmeStatus } from "../../core/panel/status";
import { setupWorkbook } from "../../core/setup/setupWorkbook";
import type { FormLink, MatchResult, PanelState } from "../../ui/client";
import { currentContext } from "../context";
import { documentsBatch } from "../docs/generateHandlers";
import { createForms } from "../forms/createForms";
import { importAllResponses } from "../forms/importAll";
import { refreshMeetingChoices } from "../forms/meetingChoices";
import { MENU_TITLE } from "../handler";
import { sheetClock } from "../sheetClock";
import { SheetsPort } from "../sheetsPort";
import { zoneWarning } from "../zoneWarning";
import { DIALOGS, isDialog, pageHtml, SIDEBAR_TITLE, SIDEBAR_WIDTH } from "./html";

const LOCK_WAIT_MS = 20_000;
/**
 * No new document is started after 20 s of a call (a Google Doc takes a few seconds to copy and fill),
 * so a call stays well under 30 s and the lock is held only that long.
 */
const PANEL_BATCH_MS = 20_000;
const PENDING_KEY = "nastavnik.panel.documents";

function spreadsheet() {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function port(): SheetsPort {
  return new SheetsPort(spreadsheet());
}

/** Runs `work` under the document lock, released before the answer goes back to the page. */
function locked<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS))
    throw new Error("Таблица сейчас занята другим действием. Повторите через минуту.");
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** «Наставничество → Открыть панель». */
export function openPanel(): void {
  const output = HtmlService.createHtmlOutput(pageHtml("panel"))
    .setTitle(SIDEBAR_TITLE)
    .setWidth(SIDEBAR_WIDTH);
  SpreadsheetApp.getUi().showSidebar(output);
}

export function panelOpenDialog(name: string): void {
  if (!isDialog(name)) throw new Error(`Нет такого окна: «${name}».`);
  const dialog = DIALOGS[name];
  const output = HtmlService.createHtmlOutput(pageHtml(name)).setWidth(dialog.width).setHeight(dialog.height);
  SpreadsheetApp.getUi().showModalDialog(output, `${MENU_TITLE}: ${dialog.title}`);
}

function pendingRequest(): DocumentsRequestOptions | null {
  const saved = PropertiesService.getDocumentProperties().getProperty(PENDING_KEY);
  if (!saved) return null;
  try {
    const parsed = JSON.parse(saved) as DocumentsRequestOptions;
    return { ...parsed, kinds: kindsOf(parsed.kinds) };
  } catch {
    return null;
  }
}

export function panelStatus(): PanelState {
  return { ...programmeStatus(port(), currentContext()), pendingDocuments: pendingRequest() };
}

export function panelSetup(): string {
  return locked(() => {
    const summary = setupWorkbook(port(), currentContext()).summary;
    const warning = zoneWarning(spreadsheet().getSpreadsheetTimeZone());
    return warning ? `${summary}. ${warning}` : summary;
  });
}

export function panelCreateForms(): string {
  return locked(() => createForms(spreadsheet(), port(), currentContext()).summary);
}

export function panelFormLinks(): FormLink[] {
  const registry = readFormsRegistry(port(), currentContext());
  return FORM_KEYS.flatMap((key) => {
    const form = registry[key];
    return form?.url ? [{ title: FORM_NAMES[key], url: form.url }] : [];
  });
}

export function panelImport(): string {
  return locked(() => {
    const clock = sheetClock(spreadsheet());
    return importAllResponses(spreadsheet(), new SheetsPort(spreadsheet(), clock), currentContext(), clock);
  });
}

export function panelMatch(): MatchResult {
  return locked(() => {
    const sheets = port();
    const summary = proposePairs(sheets, currentContext()).summary;
    return { summary, view: readPairsView(sheets) };
  });
}

export function panelPairs(): PairsView {
  return readPairsView(port());
}

export function panelDecide(decisions: PairDecisions): MatchResult {
  return locked(() => {
    const sheets = port();
    const summary = decidePairs(sheets, currentContext(), decisions);
    refreshMeetingChoices(sheets, currentContext());
    return { summary, view: readPairsView(sheets) };
  });
}

export function panelPreviewDocuments(request: DocumentsRequestOptions): DocumentsPreview {
  return previewDocuments(port(), currentContext(), request);
}

/**
 * One batch of documents through the same step as the menu's runs (`documentsBatch`: the lock only for
 * the call, today's quota of Google Docs, records written together), dated as the coordinator chose and
 * stopped after `PANEL_BATCH_MS`. The request is remembered in the document's properties until it is
 * done, so a dialog closed mid-run offers to finish it when it is opened again.
 */
export function panelGenerateBatch(request: DocumentsRequestOptions & { first: boolean }): BatchResult {
  const kinds = kindsOf(request.kinds);
  const context = datedContext(currentContext(), request.orderDate);
  const properties = PropertiesService.getDocumentProperties();
  const { first, ...remembered } = request;
  if (first && request.orderNumber !== undefined) locked(() => applyOrderNumber(port(), request));
  properties.setProperty(PENDING_KEY, JSON.stringify(remembered));
  const outcome = documentsBatch({ kinds, pdf: request.pdf === true }, PANEL_BATCH_MS, undefined, context);
  if (outcome.busy) throw new Error("Таблица сейчас занята другим действием. Повторите через минуту.");
  if (!outcome.result)
    throw new Error(
      "Дневной лимит Google на создание документов исчерпан: откройте «Документы» завтра и нажмите «Доделать».",
    );
  if (outcome.result.done) properties.deleteProperty(PENDING_KEY);
  return batchResult(outcome.result);
}

export function panelDropPending(): void {
  PropertiesService.getDocumentProperties().deleteProperty(PENDING_KEY);
}

export function panelSettingFields(): SettingField[] {
  return panelSettings(port(), currentContext());
}

export function panelSaveSettings(values: Record<string, string>): string {
  return locked(() => savePanelSettings(port(), values));
}
