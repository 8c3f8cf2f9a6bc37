import { ALL_KINDS, DOCUMENT_KINDS, type DocumentKindId, kindsByName } from "../../core/documents";
import {
  countPlanned,
  type GenerateResult,
  generateDocuments,
  summarize,
} from "../../core/documents/generate";
import {
  type AccountKind,
  accountKindOf,
  leftNow,
  planAgainstQuota,
  type QuotaWindow,
  quotaMessage,
  resetsAt,
  withCreated,
} from "../../core/documents/quota";
import { parseRussianDate } from "../../core/format/dates";
import type { Context } from "../../core/ports";
import { currentContext } from "../context";
import { SheetsPort } from "../sheetsPort";
import { yearReportOptions } from "../yearReport";
import { DriveCache, GoogleDocumentsPort } from "./googleDocuments";

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

const KIND_NUMBERS = `от 1 до ${Math.max(...ALL_KINDS.map((kind) => kind.number))}`;

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

/** What a request asks of `generateDocuments`: the kinds, the blanks, the date, one day for 6 and 7. */
function requestOptions(request: DocumentsRequest) {
  const date = request.date === undefined ? null : parseRussianDate(request.date);
  return {
    kinds: request.kinds,
    blanks: request.blanks === true,
    sameDay: request.sameDay === true,
    ...(date === null ? {} : { date }),
    ...yearReportOptions(request),
  };
}

/** Deletes this user's continuation triggers (a fired one-off trigger stays listed until deleted). */
export function removeContinuations(): void {
  for (const trigger of ScriptApp.getProjectTriggers())
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
}

/** Makes sure exactly one continuation is scheduled: at `at`, and not sooner than a minute from now. */
export function scheduleContinuation(at = 0): void {
  removeContinuations();
  ScriptApp.newTrigger(CONTINUE_HANDLER)
    .timeBased()
    .after(Math.max(CONTINUE_AFTER_MS, at - Date.now()))
    .create();
}

/** Documents made per batch: the document lock is held for one batch (≈ 15 s), never for a whole run. */
export const BATCH_DOCUMENTS = 10;
const LOCK_WAIT_MS = 30_000;
const QUOTA_KEY = "nastavnik.documents.quota.";

export interface BatchOutcome {
  /** Another action held the spreadsheet for 30 s: nothing was done. */
  readonly busy: boolean;
  /** Today's quota of documents is used up: nothing more until `resumeAt`. */
  readonly quotaReached: boolean;
  readonly result: GenerateResult | null;
}

function quotaKey(): string {
  return `${QUOTA_KEY}${Session.getActiveUser().getEmail() || "?"}`;
}

function accountKind(): AccountKind {
  return accountKindOf(Session.getActiveUser().getEmail());
}

function readQuota(): QuotaWindow | null {
  const saved = PropertiesService.getDocumentProperties().getProperty(quotaKey());
  if (!saved) return null;
  try {
    const parsed = JSON.parse(saved) as Partial<QuotaWindow>;
    return typeof parsed.since === "number" && typeof parsed.count === "number"
      ? { since: parsed.since, count: parsed.count }
      : null;
  } catch {
    return null;
  }
}

function writeQuota(window: QuotaWindow | null): void {
  if (window) PropertiesService.getDocumentProperties().setProperty(quotaKey(), JSON.stringify(window));
}

/** «09:00 22.11»: when the quota is back, in the script's time zone. */
function resumeText(at: number): string {
  return Utilities.formatDate(new Date(at), Session.getScriptTimeZone(), "HH:mm dd.MM");
}

/**
 * One small batch of a request, under the document lock held for this batch only: at most
 * `BATCH_DOCUMENTS` documents, within `timeBudgetMs` and today's quota, their records written together.
 * Idempotent and resumable: what the sheet records is never made again, so calling it until `done` —
 * from the menu's loop, a trigger or the sidebar — makes every document exactly once.
 */
export function documentsBatch(
  request: DocumentsRequest,
  timeBudgetMs: number,
  cache: DriveCache = new DriveCache(),
  context: Context = currentContext(),
): BatchOutcome {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { busy: true, quotaReached: false, result: null };
  try {
    const window = readQuota();
    const left = leftNow(window, Date.now(), accountKind());
    if (left === 0) return { busy: false, quotaReached: true, result: null };
    const result = generateDocuments(
      new SheetsPort(SpreadsheetApp.getActiveSpreadsheet()),
      new GoogleDocumentsPort({ pdf: request.pdf }, cache),
      context,
      {
        ...requestOptions(request),
        timeBudgetMs,
        maxDocuments: Math.min(BATCH_DOCUMENTS, left),
        recordEvery: BATCH_DOCUMENTS,
      },
    );
    writeQuota(withCreated(window, Date.now(), result.made.filter((doc) => !doc.found).length));
    return { busy: false, quotaReached: !result.done && left <= BATCH_DOCUMENTS, result };
  } finally {
    lock.releaseLock();
  }
}

/** The request's documents against today's quota, read under the lock: the sentence to show, or null. */
function quotaNotice(request: DocumentsRequest, cache: DriveCache): string | null {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return null;
  try {
    const planned = countPlanned(
      new SheetsPort(SpreadsheetApp.getActiveSpreadsheet()),
      new GoogleDocumentsPort({ pdf: request.pdf }, cache),
      currentContext(),
      requestOptions(request),
    );
    const window = readQuota();
    const now = Date.now();
    const plan = planAgainstQuota(planned, window, now, accountKind());
    return quotaMessage(plan, accountKind(), resumeText(resetsAt(window, now)));
  } finally {
    lock.releaseLock();
  }
}

/** Batches of one request merged into the result of one run. */
function merge(results: readonly GenerateResult[]): GenerateResult | null {
  const first = results[0];
  const last = results[results.length - 1];
  if (!first || !last) return null;
  const partial = {
    done: last.done,
    remaining: last.remaining,
    made: results.flatMap((result) => result.made),
    skipped: last.skipped,
    existing: first.existing,
    warnings: [...new Set(results.flatMap((result) => result.warnings))],
  };
  return { ...partial, summary: summarize(partial) };
}

/**
 * One run of document generation inside what is left of the time budget of an execution that started
 * at `startedAt` (`Date.now()` at its entry point): batch after batch, the lock taken for each batch
 * only, so that form answers and other coordinators get the spreadsheet in between. The request is kept
 * in the document's properties until it is done, so a run that fails is not forgotten: the next
 * «Сформировать документы» offers to finish it. When time runs out (or the spreadsheet stays busy), a
 * one-off trigger continues a minute later; when today's quota is used up, once it is back.
 * `progress` is shown after each batch (only from the menu: a trigger has nobody to show it to).
 */
export function runDocuments(
  request: DocumentsRequest,
  startedAt: number,
  progress?: (message: string) => void,
): string {
  const properties = PropertiesService.getDocumentProperties();
  removeContinuations();
  properties.setProperty(PENDING_KEY, JSON.stringify(request));
  const cache = new DriveCache();
  const notice = progress ? quotaNotice(request, cache) : null;
  if (notice) progress?.(notice);
  const results: GenerateResult[] = [];
  let outcome: BatchOutcome = { busy: false, quotaReached: false, result: null };
  for (;;) {
    const left = TIME_BUDGET_MS - (Date.now() - startedAt);
    if (left <= 0) break;
    outcome = documentsBatch(request, left, cache);
    if (!outcome.result) break;
    results.push(outcome.result);
    if (outcome.result.done || outcome.quotaReached || outcome.result.made.length === 0) break;
    progress?.(
      `Сформировано ${results.reduce((sum, r) => sum + r.made.length, 0)}, осталось ${outcome.result.remaining}…`,
    );
  }
  const result = merge(results);
  if (result?.done) {
    properties.deleteProperty(PENDING_KEY);
    return notice ? `${result.summary}. ${notice}` : result.summary;
  }
  const summary = result?.summary ?? "Документы не сформированы";
  if (outcome.quotaReached) {
    const window = readQuota();
    const at = resetsAt(window, Date.now());
    scheduleContinuation(at);
    return `${summary}. Дневной лимит Google на создание документов исчерпан — продолжу автоматически после ${resumeText(at)}.`;
  }
  scheduleContinuation();
  const remaining = result
    ? `Осталось: ${result.remaining} — `
    : outcome.busy
      ? "Таблица занята другим действием — "
      : "";
  return `${summary}. ${remaining}продолжу автоматически через минуту.`;
}

/** What a step of the sidebar returns through google.script.run: plain data. */
export interface DocumentsStep {
  readonly done: boolean;
  readonly busy: boolean;
  readonly quotaReached: boolean;
  readonly made: number;
  readonly remaining: number;
  /** One Russian line for the coordinator. */
  readonly message: string;
}

/**
 * One small batch of the pending request (or of `request`, which becomes the pending one): the entry
 * point for a sidebar that drives a long run by calling it until `done`, so that no minute-level trigger
 * is needed. It holds the lock only while it runs and shows nothing itself.
 */
export function documentsStep(request: DocumentsRequest | null, startedAt: number): DocumentsStep {
  const properties = PropertiesService.getDocumentProperties();
  const current = request ?? pendingDocuments();
  if (!current)
    return {
      done: true,
      busy: false,
      quotaReached: false,
      made: 0,
      remaining: 0,
      message: "Нечего формировать.",
    };
  if (request) properties.setProperty(PENDING_KEY, JSON.stringify(request));
  const outcome = documentsBatch(current, Math.max(0, TIME_BUDGET_MS - (Date.now() - startedAt)));
  const result = outcome.result;
  if (result?.done) properties.deleteProperty(PENDING_KEY);
  const message = outcome.busy
    ? "Таблица занята другим действием: повторите через минуту."
    : outcome.quotaReached && !result
      ? `Дневной лимит Google на создание документов исчерпан: продолжите после ${resumeText(resetsAt(readQuota(), Date.now()))}.`
      : (result?.summary ?? "");
  return {
    done: result?.done ?? false,
    busy: outcome.busy,
    quotaReached: outcome.quotaReached,
    made: result?.made.length ?? 0,
    remaining: result?.remaining ?? 0,
    message,
  };
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
