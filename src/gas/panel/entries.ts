/**
 * What the coordinator's page calls through `google.script.run`. Each call is short, takes the document
 * lock only for its own work and answers with plain JSON; an error reaches the page as one Russian line.
 */

import { FORM_KEYS, FORM_NAMES } from "../../core/intake/formSettings";
import { readFormsRegistry } from "../../core/intake/registry";
import { proposePairs } from "../../core/pairing/proposePairs";
import {
  type BatchResult,
  type DocumentsPreview,
  type DocumentsRequestOptions,
  generateBatch,
  kindsOf,
  previewDocuments,
} from "../../core/panel/documents";
import { decidePairs, type PairDecisions, type PairsView, readPairsView } from "../../core/panel/pairs";
import { panelSettings, type SettingField, savePanelSettings } from "../../core/panel/settings";
import { programmeStatus } from "../../core/panel/status";
import { setupWorkbook } from "../../core/setup/setupWorkbook";
import type { FormLink, MatchResult, PanelState } from "../../ui/client";
import { currentContext } from "../context";
import { GoogleDocumentsPort } from "../docs/googleDocuments";
import { createForms } from "../forms/createForms";
import { importAllResponses } from "../forms/importAll";
import { MENU_TITLE } from "../handler";
import { SheetsPort } from "../sheetsPort";
import { DIALOGS, isDialog, pageHtml, SIDEBAR_TITLE, SIDEBAR_WIDTH } from "./html";

const LOCK_WAIT_MS = 20_000;
/** Documents per call: a Google Doc takes a few seconds to copy and fill, so a call stays well under 30 s. */
export const PANEL_BATCH = 3;
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
  return locked(() => setupWorkbook(port(), currentContext()).summary);
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
  return locked(() => importAllResponses(spreadsheet(), port(), currentContext()));
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
    return { summary, view: readPairsView(sheets) };
  });
}

export function panelPreviewDocuments(request: DocumentsRequestOptions): DocumentsPreview {
  return previewDocuments(port(), currentContext(), request);
}

/**
 * One batch of documents. The request is remembered in the document's properties until it is done, so
 * a dialog closed mid-run offers to finish it when it is opened again.
 */
export function panelGenerateBatch(request: DocumentsRequestOptions & { first: boolean }): BatchResult {
  return locked(() => {
    const properties = PropertiesService.getDocumentProperties();
    const { first, ...remembered } = request;
    properties.setProperty(PENDING_KEY, JSON.stringify(remembered));
    const result = generateBatch(
      port(),
      new GoogleDocumentsPort({ pdf: request.pdf === true }),
      currentContext(),
      { ...request, limit: PANEL_BATCH },
    );
    if (result.done) properties.deleteProperty(PENDING_KEY);
    return result;
  });
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
