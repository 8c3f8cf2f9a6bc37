/**
 * «Сформировать документы»: the use case, written once against WorkbookPort and DocumentsPort.
 *
 * 1. Reads the workbook (one read per sheet) and compiles the template of every requested kind; any
 *    template problem throws `TemplateError` before anything is written.
 * 2. Plans the documents (plan.ts): consent is checked, documents already recorded are left out.
 * 3. Makes them one by one. Right after each document (or each `recordEvery` documents, in one write
 *    per sheet) its record is written: the line in «Документы» of its pairs, the line in «Журнал», and
 *    for an order the next number in «Настройки». So a run that
 *    stops anywhere — the time budget, an error of the adapter — is simply run again: what is recorded is
 *    not made twice, and a document made but not yet recorded is found by name (`DocumentsPort.find`).
 */
import type { Cell } from "../cell";
import { type CalendarDate, calendarDateFromLocal } from "../format/dates";
import { appendLog } from "../log";
import type { Context, WorkbookPort } from "../ports";
import type { ChartImage } from "../results/chartTypes";
import { SETTINGS } from "../schema/settings";
import { LOG, PAIRS, SETTINGS_SHEET } from "../schema/sheets";
import { updateSettings } from "../settings/updateSettings";
import { TemplateError } from "../template/errors";
import { renderText } from "../template/render";
import { type CompiledTemplate, compileTemplate } from "../template/validate";
import { readYearFacts, type YearFacts } from "../yearReport/facts";
import type { PracticeItem } from "../yearReport/practices";
import type { OrderInfo } from "./data";
import { sanitizeFileName } from "./fileNames";
import {
  DOCUMENT_KIND_IDS,
  DOCUMENT_KINDS,
  type DocumentKindId,
  type DocumentKindSpec,
  YEAR_END_KINDS,
} from "./kinds";
import { type PlannedDocument, planDocuments, type SkippedDocument, type YearReportSources } from "./plan";
import type { DocumentRequest, DocumentsPort } from "./port";
import {
  DOCUMENT_ACTION,
  GENERATE_ACTION,
  loggedOrder,
  logRecord,
  usedOrderNumbers,
  withCellRecord,
} from "./records";
import { readSnapshot, type WorkbookSnapshot } from "./snapshot";

export interface GenerateOptions {
  /** Kinds to make; made in the order of `DOCUMENT_KIND_IDS` whatever the order here. */
  readonly kinds: readonly DocumentKindId[];
  /** Stop before the next document once this many milliseconds have passed; no limit when absent. */
  readonly timeBudgetMs?: number;
  /** Milliseconds from any origin; `Date.now` when absent. */
  readonly clock?: () => number;
  /** After each document (made or skipped for a data problem): how many of how many, and its name. */
  readonly onProgress?: (done: number, total: number, label: string) => void;
  /**
   * Make documents again although the sheet records them (files of the same name replaced). A re-issued
   * order keeps the number and date «Журнал» records for it, unless `newNumbers`.
   */
  readonly again?: boolean;
  /** Kinds 4 and 5 as blanks to sign for the people whose consent is missing (not the signed ones). */
  readonly blanks?: boolean;
  /** With `again`: give re-issued orders the next number and the date of this run. */
  readonly newNumbers?: boolean;
  /** The date of the orders and documents of this run; today when absent. */
  readonly date?: CalendarDate;
  /**
   * Issue orders 6 and 7 on the day of an order assigning pairs (made now or recorded): refused
   * without it, allowed with a warning with it.
   */
  readonly sameDay?: boolean;
  /** Stop after this many documents (made or found): one small batch of a longer request. */
  readonly maxDocuments?: number;
  /**
   * Write the records («Документы», «Журнал», the next order number) after every this many documents,
   * in one write per sheet; 1 when absent. A run stopped in between loses no document: the next one
   * finds it by name (`DocumentsPort.find`) and records it then.
   */
  readonly recordEvery?: number;
  /**
   * Make the year-end reports (kinds 11 and 12) when they are among `kinds`, with these pictures of
   * the charts and best practices; without it those kinds are left out.
   */
  readonly year?: YearReportOptions;
}

export interface YearReportOptions {
  /** Pictures of the charts; none when absent (the report says the charts are on «Сводка»). */
  readonly charts?: readonly ChartImage[];
  /** The best practices the year's report lists. */
  readonly practices?: readonly PracticeItem[];
}

export interface GeneratedDocument {
  readonly kind: DocumentKindId;
  readonly fileName: string;
  readonly link: string;
  /** Found already made by an interrupted run, and only recorded now. */
  readonly found: boolean;
}

export interface GenerateResult {
  /** False when the time budget ran out; run again to make the rest. */
  readonly done: boolean;
  /** Documents planned but not made because the time budget ran out. */
  readonly remaining: number;
  readonly made: readonly GeneratedDocument[];
  readonly skipped: readonly SkippedDocument[];
  /** Documents the sheet already recorded, not made again. */
  readonly existing: number;
  /** Russian lines the coordinator should read (an order issued on the day of another, …). */
  readonly warnings: readonly string[];
  /** One Russian line, as written to «Журнал». */
  readonly summary: string;
}

const NEXT_ORDER_LABEL = SETTINGS.find((spec) => spec.key === "nextOrderNumber")?.label ?? "";

/** The kinds to make, in number order; the year-end reports only when the run asks for them. */
function uniqueKinds(
  ids: readonly DocumentKindId[],
  year: YearReportOptions | undefined,
): DocumentKindSpec[] {
  const order = (kind: DocumentKindSpec) => DOCUMENT_KIND_IDS.indexOf(kind.id);
  return [...new Set(ids)]
    .filter((id) => year !== undefined || !YEAR_END_KINDS.includes(id))
    .map((id) => DOCUMENT_KINDS[id])
    .sort((a, b) => order(a) - order(b));
}

/** Compiles every kind's template; all problems of all templates at once. */
function compileAll(
  docs: DocumentsPort,
  kinds: readonly DocumentKindSpec[],
): Map<DocumentKindId, CompiledTemplate> {
  const compiled = new Map<DocumentKindId, CompiledTemplate>();
  const failed: TemplateError[] = [];
  for (const kind of kinds) {
    try {
      compiled.set(kind.id, compileTemplate(docs.template(kind), kind));
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      failed.push(error);
    }
  }
  if (failed.length > 0) {
    throw new TemplateError(
      failed.map((error) => error.templateName).join(", "),
      failed.flatMap((error) => error.problems),
    );
  }
  return compiled;
}

/** Names of the fields a compiled template uses (value tags and sections). */
function fieldsUsed(template: CompiledTemplate | undefined): Set<string> {
  return new Set([...(template?.specs.values() ?? [])].map((spec) => spec.name));
}

/** An order's number and date; `value` is the new number taken from «Настройки», null for a kept one. */
interface OrderNumber {
  readonly text: string;
  readonly value: number | null;
  readonly date: CalendarDate;
}

/** The run's view of what it has written: «Документы» cells, order numbers, the orders it issued. */
class Recorder {
  private readonly cells: Cell[];
  private readonly usedNumbers: Set<string>;
  private nextNumber: number;
  private readonly issued = new Map<DocumentKindId, OrderInfo>();
  /** Recorded in memory, not yet written: rows of «Пары» changed, lines for «Журнал», the order number. */
  private changedRows: number[] = [];
  private logLines: Cell[][] = [];
  private numberChanged = false;

  constructor(
    private readonly workbook: WorkbookPort,
    private readonly context: Context,
    private readonly snapshot: WorkbookSnapshot,
  ) {
    this.cells = snapshot.documentsCells.slice();
    this.usedNumbers = usedOrderNumbers(snapshot.log);
    this.nextNumber = Number(snapshot.settings.nextOrderNumber ?? 1);
  }

  /**
   * The number and date of the order: on a re-issue (`keep`) the ones «Журнал» records for it; else the
   * setting's next number, past any number «Журнал» shows as given, and the run's date.
   */
  orderNumber(doc: PlannedDocument, date: CalendarDate, keep: boolean): OrderNumber {
    const kept = keep ? loggedOrder(this.snapshot.log, doc.kind, doc.key) : null;
    if (kept !== null) return { text: kept.number, value: null, date: kept.date };
    const prefix = String(this.snapshot.settings.orderNumberPrefix ?? "").trim();
    let value = this.nextNumber;
    while (this.usedNumbers.has(sanitizeFileName(`${prefix}${value}`))) value++;
    return { text: `${prefix}${value}`, value, date };
  }

  /** The order of this kind issued last: by this run, or else as «Журнал» records it. */
  lastOrder(kind: DocumentKindSpec, key: string): OrderInfo | null {
    return this.issued.get(kind.id) ?? loggedOrder(this.snapshot.log, kind, key);
  }

  /** Records the document: «Документы» of its rows, a line of «Журнал», the next order number. */
  record(doc: PlannedDocument, fileName: string, link: string, order: OrderNumber | null) {
    if (doc.rows.length > 0 && this.snapshot.documentsColumn !== null) {
      for (const row of doc.rows)
        this.cells[row] = withCellRecord(this.cells[row], doc.kind, this.snapshot.today, link, doc.replaces);
      this.changedRows.push(...doc.rows);
    }
    this.logLines.push([
      this.context.now,
      this.context.user,
      DOCUMENT_ACTION,
      logRecord(doc.kind, doc.key, fileName, link),
    ]);
    if (order !== null) this.issued.set(doc.kind.id, { number: order.text, date: order.date });
    if (order !== null && order.value !== null) {
      this.usedNumbers.add(sanitizeFileName(order.text));
      this.nextNumber = order.value + 1;
      this.numberChanged = true;
    }
  }

  /** Writes what is recorded: one block of «Документы», the lines of «Журнал», the next order number. */
  flush(): void {
    const column = this.snapshot.documentsColumn;
    if (this.changedRows.length > 0 && column !== null) {
      const first = Math.min(...this.changedRows);
      const last = Math.max(...this.changedRows);
      const block = this.cells.slice(first, last + 1).map((cell) => [cell ?? ""]);
      this.workbook.write(PAIRS.name, first, column, block);
    }
    if (this.logLines.length > 0) this.workbook.appendRows(LOG.name, this.logLines);
    if (this.numberChanged) updateSettings(this.workbook, { nextOrderNumber: this.nextNumber });
    this.changedRows = [];
    this.logLines = [];
    this.numberChanged = false;
  }
}

function checkSheets(snapshot: WorkbookSnapshot, kinds: readonly DocumentKindSpec[]): void {
  if (kinds.some((kind) => kind.order) && !snapshot.settingLabels.has(NEXT_ORDER_LABEL))
    throw new Error(
      `На листе «${SETTINGS_SHEET.name}» нет параметра «${NEXT_ORDER_LABEL}». Выполните настройку таблицы.`,
    );
  if (
    kinds.some((kind) => kind.scope !== "year" && kind.scope !== "person" && kind.scope !== "award") &&
    snapshot.documentsColumn === null
  )
    throw new Error(`На листе «${PAIRS.name}» нет столбца «Документы». Выполните настройку таблицы.`);
}

/** The one-line Russian summary of a run (or of several batches of one request, merged). */
export function summarize(result: Omit<GenerateResult, "summary">): string {
  const parts = [`Сформировано документов: ${result.made.length}`];
  const found = result.made.filter((doc) => doc.found).length;
  if (found > 0) parts.push(`из них найдено готовыми после прерванного запуска: ${found}`);
  if (result.existing > 0) parts.push(`уже были сформированы раньше: ${result.existing}`);
  if (result.skipped.length > 0)
    parts.push(
      `пропущено: ${result.skipped.length} — ${result.skipped
        .map((skip) => `${DOCUMENT_KINDS[skip.kind].label}: ${skip.subject} — ${skip.reason}`)
        .join("; ")}`,
    );
  for (const warning of result.warnings) parts.push(warning);
  if (!result.done) parts.push(`время вышло, осталось: ${result.remaining} — запустите ещё раз`);
  return parts.join("; ");
}

/** What kinds 11 and 12 are made of: the year's sheets, read once and only when one of them is planned. */
export function yearSources(
  workbook: WorkbookPort,
  context: Context,
  options: YearReportOptions | undefined,
): YearReportSources {
  let facts: YearFacts | null = null;
  return {
    facts: (fresh) => {
      if (facts === null || fresh === true) facts = readYearFacts(workbook, context);
      return facts;
    },
    charts: options?.charts ?? [],
    practices: options?.practices ?? [],
  };
}

/**
 * How many documents a run of `kinds` would make now, before making any: the same reading, template
 * checks and plan as `generateDocuments`, nothing written.
 */
export function countPlanned(
  workbook: WorkbookPort,
  docs: DocumentsPort,
  context: Context,
  options: Pick<GenerateOptions, "kinds" | "again" | "blanks" | "date" | "sameDay" | "year">,
): number {
  const specs = uniqueKinds(options.kinds, options.year);
  const today = calendarDateFromLocal(context.now);
  const snapshot = readSnapshot(workbook, context, today, options.date ?? today);
  checkSheets(snapshot, specs);
  const templates = compileAll(docs, specs);
  return planDocuments(snapshot, specs, (kind) => fieldsUsed(templates.get(kind.id)), {
    again: options.again === true,
    sameDay: options.sameDay === true,
    blanks: options.blanks === true,
    year: yearSources(workbook, context, options.year),
  }).planned.length;
}

export function generateDocuments(
  workbook: WorkbookPort,
  docs: DocumentsPort,
  context: Context,
  options: GenerateOptions,
): GenerateResult {
  const clock = options.clock ?? Date.now;
  const started = clock();
  const budget = options.timeBudgetMs ?? Number.POSITIVE_INFINITY;
  const kinds = uniqueKinds(options.kinds, options.year);
  const today = calendarDateFromLocal(context.now);
  const snapshot = readSnapshot(workbook, context, today, options.date ?? today);
  checkSheets(snapshot, kinds);
  const templates = compileAll(docs, kinds);
  const plan = planDocuments(
    snapshot,
    kinds,
    (kind) => fieldsUsed(templates.get(kind.id)),
    {
      again: options.again === true,
      sameDay: options.sameDay === true,
      blanks: options.blanks === true,
      year: yearSources(workbook, context, options.year),
    },
    (kind, link) => docs.exists(kind, link),
  );
  const recorder = new Recorder(workbook, context, snapshot);
  const recordEvery = Math.max(1, options.recordEvery ?? 1);
  const maxDocuments = options.maxDocuments ?? Number.POSITIVE_INFINITY;
  const made: GeneratedDocument[] = [];
  const skipped = [...plan.skipped];
  const total = plan.planned.length;
  let index = 0;
  for (; index < total; index++) {
    if (clock() - started >= budget || made.length >= maxDocuments) break;
    const doc = plan.planned[index]!;
    // An order made again (its file was deleted, or `again` without `newNumbers`) keeps its number and
    // date; a new one takes the next number and the run's date.
    const keep = options.again === true && options.newNumbers !== true;
    const number = doc.order
      ? { text: doc.order.number, value: null, date: doc.order.date }
      : doc.kind.order
        ? recorder.orderNumber(doc, snapshot.documentDate, keep)
        : null;
    const order: OrderInfo | null = number === null ? null : { number: number.text, date: number.date };
    if (doc.recordedFirst === true) recorder.flush();
    const built = doc.build(order, (kind) => recorder.lastOrder(DOCUMENT_KINDS[kind], doc.key));
    const fileName = sanitizeFileName(built.fileName);
    const template = templates.get(doc.kind.id)!;
    try {
      renderText(template, built.data);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      skipped.push({ kind: doc.kind.id, subject: fileName, reason: error.problems.join("; ") });
      options.onProgress?.(index + 1, total, fileName);
      continue;
    }
    const folder = doc.folder ?? doc.kind.folder;
    const request: DocumentRequest = {
      kind: doc.kind,
      folder,
      fileName,
      data: built.data,
      ...(built.images && built.images.length > 0 ? { images: built.images } : {}),
    };
    let link: string;
    let found = false;
    try {
      const existing = options.again ? null : docs.find(request);
      found = existing !== null;
      link = existing?.link ?? docs.create(request).link;
    } catch (error) {
      recorder.flush();
      const message = error instanceof Error ? error.message : String(error);
      appendLog(
        workbook,
        context,
        GENERATE_ACTION,
        `Прервано на «${fileName}»: ${message}; до этого сформировано: ${made.length}`,
      );
      throw error;
    }
    recorder.record(doc, fileName, link, number);
    made.push({ kind: doc.kind.id, fileName, link, found });
    if (made.length % recordEvery === 0) recorder.flush();
    options.onProgress?.(index + 1, total, fileName);
  }
  recorder.flush();
  const partial = {
    done: index >= total,
    remaining: total - index,
    made,
    skipped,
    existing: plan.existing,
    warnings: plan.warnings,
  };
  const summary = summarize(partial);
  appendLog(workbook, context, GENERATE_ACTION, summary);
  return { ...partial, summary };
}
