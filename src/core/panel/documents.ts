/**
 * «Документы» in the panel: who is in and who is left out before anything is made, then generation in
 * small batches, so that every call of the host is short (Apps Script: well under 30 s, holding the lock
 * only during the call) and the page can show progress. A batch is `generateDocuments` stopped after
 * `limit` documents; the next batch skips what the sheet records, so a batch repeated after a closed
 * dialog or a lost connection never makes a document twice.
 */
import {
  DOCUMENT_KIND_IDS,
  DOCUMENT_KINDS,
  type DocumentKindId,
  type DocumentsPort,
  type GenerateResult,
  generateDocuments,
  YEAR_END_KINDS,
} from "../documents";
import { yearSources } from "../documents/generate";
import { planDocuments } from "../documents/plan";
import { readSnapshot } from "../documents/snapshot";
import { calendarDateFromLocal } from "../format/dates";
import type { Context, WorkbookPort } from "../ports";
import { updateSettings } from "../settings/updateSettings";
import { blocksToText } from "../template/blocks";
import { compileTemplate } from "../template/validate";

export interface DocumentLine {
  readonly kind: string;
  readonly subject: string;
}

export interface SkippedLine extends DocumentLine {
  readonly reason: string;
}

export interface DocumentsPreview {
  readonly included: readonly DocumentLine[];
  readonly skipped: readonly SkippedLine[];
  /** Already made earlier and recorded: not made again. */
  readonly existing: number;
}

export interface DocumentsRequestOptions {
  readonly kinds: readonly DocumentKindId[];
  /** The number the first order gets (sets «Следующий номер приказа»); the setting's when absent. */
  readonly orderNumber?: number;
  /** Day the orders are dated and the documents recorded (ISO yyyy-mm-dd); today when absent. */
  readonly orderDate?: string;
  /** Google: a PDF copy of every document too. Offline copies are made by the CLI (LibreOffice). */
  readonly pdf?: boolean;
}

function hasYearEnd(kinds: readonly DocumentKindId[]): boolean {
  return kinds.some((kind) => YEAR_END_KINDS.includes(kind));
}

export function kindsOf(ids: readonly string[]): DocumentKindId[] {
  const kinds = ids.filter((id): id is DocumentKindId => id in DOCUMENT_KINDS);
  if (kinds.length === 0) throw new Error("Отметьте хотя бы один вид документов.");
  return kinds;
}

/** The context of a run dated by the coordinator: the chosen day at the current time of day. */
export function datedContext(context: Context, orderDate: string | undefined): Context {
  if (!orderDate) return context;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(orderDate);
  if (!match) throw new Error(`Дата приказа «${orderDate}» не распознана: укажите её в виде ДД.ММ.ГГГГ.`);
  const now = new Date(context.now.getTime());
  now.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return { ...context, now };
}

/**
 * Who each kind includes and who it leaves out, and why, as the default templates would be filled
 * (a coordinator's own template that uses other settings may leave out a little more).
 */
export function previewDocuments(
  port: WorkbookPort,
  context: Context,
  request: DocumentsRequestOptions,
): DocumentsPreview {
  const kinds = kindsOf(request.kinds).map((id) => DOCUMENT_KINDS[id]);
  const dated = datedContext(context, request.orderDate);
  const snapshot = readSnapshot(port, dated, calendarDateFromLocal(dated.now));
  const plan = planDocuments(
    snapshot,
    [...kinds].sort((a, b) => DOCUMENT_KIND_IDS.indexOf(a.id) - DOCUMENT_KIND_IDS.indexOf(b.id)),
    (kind) =>
      new Set(
        [
          ...compileTemplate({ name: kind.title, text: blocksToText(kind.blocks()) }, kind).specs.values(),
        ].map((spec) => spec.name),
      ),
    {
      again: false,
      sameDay: false,
      blanks: false,
      ...(hasYearEnd(kinds.map((kind) => kind.id)) ? { year: yearSources(port, dated, {}) } : {}),
    },
  );
  return {
    included: plan.planned.map((doc) => ({
      kind: doc.kind.title,
      subject: doc.kind.order ? doc.kind.subject : doc.build(null, () => null).fileName,
    })),
    skipped: plan.skipped.map((skip) => ({
      kind: DOCUMENT_KINDS[skip.kind].title,
      subject: skip.subject,
      reason: skip.reason,
    })),
    existing: plan.existing,
  };
}

export interface BatchResult {
  readonly done: boolean;
  /** Documents still to make after this batch. */
  readonly remaining: number;
  /** Made (or found made) by this batch. */
  readonly made: number;
  readonly names: readonly string[];
  readonly skipped: readonly SkippedLine[];
  readonly summary: string;
}

/** How big a batch may grow: documents, and (Apps Script) milliseconds of the call. */
export interface BatchLimits {
  readonly limit: number;
  /** Stop before the next document once this much time has passed; at least one document is made. */
  readonly maxMs?: number;
  /** Milliseconds from any origin; `Date.now` when absent. */
  readonly now?: () => number;
}

/**
 * Sets «Следующий номер приказа» to the number the coordinator typed, on the first batch of a run only:
 * later batches continue from the numbers already given.
 */
export function applyOrderNumber(
  port: WorkbookPort,
  request: DocumentsRequestOptions & { readonly first: boolean },
): void {
  if (!request.first || request.orderNumber === undefined) return;
  if (!Number.isInteger(request.orderNumber) || request.orderNumber < 1)
    throw new Error("Номер приказа — целое число от 1: исправьте его и нажмите «Сформировать» снова.");
  updateSettings(port, { nextOrderNumber: request.orderNumber });
}

/** What a batch tells the page, from the core's result. */
export function batchResult(result: GenerateResult): BatchResult {
  return {
    done: result.done,
    remaining: result.remaining,
    made: result.made.length,
    names: result.made.map((doc) => doc.fileName),
    skipped: result.skipped.map((skip) => ({
      kind: DOCUMENT_KINDS[skip.kind].title,
      subject: skip.subject,
      reason: skip.reason,
    })),
    summary: result.summary,
  };
}

/** One batch: at most `limit` documents, and no new one after `maxMs` (at least one is made). */
export function generateBatch(
  port: WorkbookPort,
  docs: DocumentsPort,
  context: Context,
  request: DocumentsRequestOptions & BatchLimits & { readonly first: boolean },
): BatchResult {
  const kinds = kindsOf(request.kinds);
  applyOrderNumber(port, request);
  const result = generateDocuments(port, docs, datedContext(context, request.orderDate), {
    kinds,
    maxDocuments: Math.max(1, request.limit),
    ...(request.maxMs === undefined ? {} : { timeBudgetMs: request.maxMs }),
    ...(request.now === undefined ? {} : { clock: request.now }),
    // Ticked in the dialog, the year-end reports are made (without pictures of the charts offline).
    ...(hasYearEnd(kinds) ? { year: {} } : {}),
  });
  return batchResult(result);
}
