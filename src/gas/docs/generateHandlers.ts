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
import type { Context } from "../../core/ports";
import { currentContext } from "../context";
import { SheetsPort } from "../sheetsPort";
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
        kinds: request.kinds,
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
      request.kinds,
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
  };
  return { ...partial, summary: summarize(partial) };
}

/** Schedules the next run: a minute from now, or when the daily quota is back. */
function scheduleAt(at: number): void {
  removeContinuations();
  ScriptApp.newTrigger(CONTINUE_HANDLER)
    .timeBased()
    .after(Math.max(CONTINUE_AFTER_MS, at - Date.now()))
    .create();
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
    scheduleAt(at);
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
