import { ALL_KINDS, DOCUMENT_KINDS, type DocumentKindId, kindsByName } from "../../core/documents";
import { generateDocuments } from "../../core/documents/generate";
import { currentContext } from "../context";
import { SheetsPort } from "../sheetsPort";
import { GoogleDocumentsPort } from "./googleDocuments";

/**
 * 4.5 of Apps Script's 6 minutes, counted from the start of the execution (the prompt and the wait for
 * the lock are part of it): room to record the last document and schedule the rest.
 */
export const TIME_BUDGET_MS = 270_000;
export const CONTINUE_HANDLER = "continueDocuments";
const CONTINUE_AFTER_MS = 60_000;
const PENDING_KEY = "nastavnik.documents.pending";

export interface DocumentsRequest {
  readonly kinds: readonly DocumentKindId[];
  readonly pdf: boolean;
}

export const KINDS_PROMPT = [
  "Какие документы сформировать? Номера через запятую или «все»; добавьте «pdf», чтобы сохранить и PDF.",
  ...ALL_KINDS.map((kind) => `${kind.number} — ${kind.title}`),
].join("\n");

/** «2, 3 pdf», «все» → the kinds and whether to make PDF copies; a Russian error for an unknown name. */
export function parseDocumentsRequest(answer: string): DocumentsRequest {
  const words = answer.split(/[\s,;]+/).filter(Boolean);
  const pdf = words.some((word) => word.toLowerCase() === "pdf");
  const kinds: DocumentKindId[] = [];
  for (const word of words.filter((w) => w.toLowerCase() !== "pdf")) {
    const found = kindsByName(word);
    if (!found) throw new Error(`Неизвестный вид документа «${word}». Укажите номера от 1 до 7 или «все».`);
    for (const kind of found) if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) throw new Error("Не выбран ни один документ. Укажите номера от 1 до 7 или «все».");
  return { kinds, pdf };
}

/** Deletes this user's continuation triggers (a fired one-off trigger stays listed until deleted). */
export function removeContinuations(): void {
  for (const trigger of ScriptApp.getProjectTriggers())
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
}

/** Makes sure exactly one continuation is scheduled, a minute from now. */
export function scheduleContinuation(): void {
  removeContinuations();
  ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
}

/**
 * One run of document generation inside what is left of the time budget of an execution that started
 * at `startedAt` (`Date.now()` at its entry point). The request is kept in the document's properties
 * until it is done, so a run that fails is not forgotten: the next «Сформировать документы» offers to
 * finish it. When time runs out, a one-off trigger continues a minute later; a continuation skips
 * everything the sheet already records, so no document is ever made twice.
 */
export function runDocuments(
  request: DocumentsRequest,
  startedAt: number,
  options: { readonly interactive: boolean },
): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const properties = PropertiesService.getDocumentProperties();
  removeContinuations();
  properties.setProperty(PENDING_KEY, JSON.stringify(request));
  const result = generateDocuments(
    new SheetsPort(spreadsheet),
    new GoogleDocumentsPort({ pdf: request.pdf }),
    currentContext(),
    {
      kinds: request.kinds,
      timeBudgetMs: Math.max(0, TIME_BUDGET_MS - (Date.now() - startedAt)),
      // Progress is shown only to a coordinator who chose the menu item: a trigger has nobody to show it to.
      onProgress: options.interactive
        ? (done, total, label) => spreadsheet.toast(`${done} из ${total}: ${label}`, "Документы", 5)
        : undefined,
    },
  );
  if (result.done) {
    properties.deleteProperty(PENDING_KEY);
    return result.summary;
  }
  scheduleContinuation();
  return `${result.summary}. Осталось: ${result.remaining} — продолжу автоматически через минуту.`;
}

/** «3, 4 pdf» for a request, as the coordinator would type it. */
function describeRequest(request: DocumentsRequest): string {
  const numbers = request.kinds.map((id) => DOCUMENT_KINDS[id]?.number ?? id).join(", ");
  return request.pdf ? `${numbers} pdf` : numbers;
}

/**
 * The prompt of «Сформировать документы». When an earlier run left documents unmade (it failed, or
 * its continuation has not run yet), it says so: an empty answer finishes that request.
 */
export function documentsPrompt(pending: DocumentsRequest | null): string {
  if (!pending) return KINDS_PROMPT;
  return [
    `Прошлый запуск («${describeRequest(pending)}») сформировал ещё не всё — подробности в «Журнале».`,
    "Оставьте поле пустым, чтобы доделать его; новый выбор заменит его.",
    "",
    KINDS_PROMPT,
  ].join("\n");
}

/** The coordinator's answer to `documentsPrompt`: an empty answer means the pending request. */
export function documentsRequestFrom(answer: string, pending: DocumentsRequest | null): DocumentsRequest {
  if (answer.trim() === "" && pending) return pending;
  return parseDocumentsRequest(answer);
}

/** Appended to the log line of a continuation that failed. */
export const CONTINUATION_FAILED_HINT =
  "Документы сформированы не все: выберите «Наставничество → Сформировать документы» и оставьте поле пустым, чтобы доделать.";

/** The request an interrupted run left, or null when there is nothing to continue. */
export function pendingDocuments(): DocumentsRequest | null {
  const saved = PropertiesService.getDocumentProperties().getProperty(PENDING_KEY);
  if (!saved) return null;
  try {
    const parsed = JSON.parse(saved) as Partial<DocumentsRequest>;
    const kinds = (Array.isArray(parsed.kinds) ? parsed.kinds : []).filter((id) => id in DOCUMENT_KINDS);
    return kinds.length > 0 ? { kinds, pdf: parsed.pdf === true } : null;
  } catch {
    return null;
  }
}
