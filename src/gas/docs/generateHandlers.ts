import { ALL_KINDS, DOCUMENT_KINDS, type DocumentKindId, kindsByName } from "../../core/documents";
import { generateDocuments } from "../../core/documents/generate";
import { parseRussianDate } from "../../core/format/dates";
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
  /** «01.09.2026»: the date of the orders; today when absent. */
  readonly date?: string;
  /** «бланки»: kinds 4 and 5 as blanks to sign for those whose consent is missing. */
  readonly blanks?: boolean;
  /** «одним днём»: orders 6 and 7 may have the date of the pairs order. */
  readonly sameDay?: boolean;
}

export const KINDS_PROMPT = [
  "Какие документы сформировать? Номера через запятую или «все»; добавьте «pdf», чтобы сохранить и PDF,",
  "дату приказов (дд.мм.гггг; без неё — сегодня), «бланки» — бланки согласий на подпись для тех, чьё",
  "согласие ещё не получено, «одним днём» — разрешить приказы 6 и 7 датой приказа о закреплении пар.",
  ...ALL_KINDS.map((kind) => `${kind.number} — ${kind.title}`),
].join("\n");

const KIND_NUMBERS = `от 1 до ${ALL_KINDS.length}`;

/** «2, 3 pdf 01.09.2026», «все» → the request; a Russian error for an unknown name or date. */
export function parseDocumentsRequest(answer: string): DocumentsRequest {
  const sameDay = /одним\s+дн[её]м/i.test(answer);
  const words = answer
    .replace(/одним\s+дн[её]м/gi, " ")
    .split(/[\s,;]+/)
    .filter(Boolean);
  const lower = (word: string) => word.toLocaleLowerCase("ru");
  const pdf = words.some((word) => lower(word) === "pdf");
  const blanks = words.some((word) => lower(word) === "бланки");
  let date: string | undefined;
  const kinds: DocumentKindId[] = [];
  for (const word of words.filter((w) => lower(w) !== "pdf" && lower(w) !== "бланки")) {
    if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(word)) {
      if (parseRussianDate(word) === null)
        throw new Error(`Дата «${word}» не существует: укажите её как дд.мм.гггг.`);
      date = word;
      continue;
    }
    const found = kindsByName(word);
    if (!found)
      throw new Error(`Неизвестный вид документа «${word}». Укажите номера ${KIND_NUMBERS} или «все».`);
    for (const kind of found) if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0)
    throw new Error(`Не выбран ни один документ. Укажите номера ${KIND_NUMBERS} или «все».`);
  return {
    kinds,
    pdf,
    ...(date === undefined ? {} : { date }),
    ...(blanks ? { blanks } : {}),
    ...(sameDay ? { sameDay } : {}),
  };
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
export function runDocuments(request: DocumentsRequest, startedAt: number): string {
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
      blanks: request.blanks === true,
      sameDay: request.sameDay === true,
      ...(request.date === undefined ? {} : { date: parseRussianDate(request.date) ?? undefined }),
      timeBudgetMs: Math.max(0, TIME_BUDGET_MS - (Date.now() - startedAt)),
      onProgress: (done, total, label) => spreadsheet.toast(`${done} из ${total}: ${label}`, "Документы", 5),
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
  const extras = [
    request.pdf ? "pdf" : "",
    request.date ?? "",
    request.blanks ? "бланки" : "",
    request.sameDay ? "одним днём" : "",
  ].filter(Boolean);
  return [numbers, ...extras].join(" ");
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
    if (kinds.length === 0) return null;
    return {
      kinds,
      pdf: parsed.pdf === true,
      ...(typeof parsed.date === "string" ? { date: parsed.date } : {}),
      ...(parsed.blanks === true ? { blanks: true } : {}),
      ...(parsed.sameDay === true ? { sameDay: true } : {}),
    };
  } catch {
    return null;
  }
}
