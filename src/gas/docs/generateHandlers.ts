import { ALL_KINDS, type DocumentKindId, kindsByName } from "../../core/documents";
import { generateDocuments } from "../../core/documents/generate";
import { currentContext } from "../context";
import { SheetsPort } from "../sheetsPort";
import { GoogleDocumentsPort } from "./googleDocuments";

/** 4.5 of Apps Script's 6 minutes: room to record the last document and schedule the rest. */
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

function removeContinuations(): void {
  for (const trigger of ScriptApp.getProjectTriggers())
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
}

/**
 * One run of document generation inside the time budget. When documents remain, the request is kept
 * in the document's properties and a one-off trigger continues a minute later; a continuation skips
 * everything the sheet already records, so no document is ever made twice.
 */
export function runDocuments(request: DocumentsRequest): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const properties = PropertiesService.getDocumentProperties();
  removeContinuations();
  const result = generateDocuments(
    new SheetsPort(spreadsheet),
    new GoogleDocumentsPort({ pdf: request.pdf }),
    currentContext(),
    {
      kinds: request.kinds,
      timeBudgetMs: TIME_BUDGET_MS,
      onProgress: (done, total, label) => spreadsheet.toast(`${done} из ${total}: ${label}`, "Документы", 5),
    },
  );
  if (result.done) {
    properties.deleteProperty(PENDING_KEY);
    return result.summary;
  }
  properties.setProperty(PENDING_KEY, JSON.stringify(request));
  ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
  return `${result.summary}. Осталось: ${result.remaining} — продолжу автоматически через минуту.`;
}

/** The request an interrupted run left, or null when there is nothing to continue. */
export function pendingDocuments(): DocumentsRequest | null {
  const saved = PropertiesService.getDocumentProperties().getProperty(PENDING_KEY);
  if (!saved) return null;
  try {
    const parsed = JSON.parse(saved) as DocumentsRequest;
    return Array.isArray(parsed.kinds) ? { kinds: parsed.kinds, pdf: parsed.pdf === true } : null;
  } catch {
    return null;
  }
}
