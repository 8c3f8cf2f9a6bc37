/** Making documents from an .xlsx workbook: the flow behind `nastavnik generate` and the demo. */
import { dirname, join } from "node:path";
import {
  DOCUMENT_KIND_IDS,
  DOCUMENT_KINDS,
  type DocumentKindId,
  type GenerateResult,
  generateDocuments,
  YEAR_END_KINDS,
} from "../../core/documents";
import type { YearReportOptions } from "../../core/documents/generate";
import { type CalendarDate, calendarDate } from "../../core/format/dates";
import { TemplateError } from "../../core/template";
import { type CommandIO, UserError, useCaseFailure } from "../command";
import { currentContext } from "../context";
import { describeFsError } from "../fsErrors";
import { createProgress } from "../progress";
import { withWorkbookLock } from "../xlsx/workbookLock";
import { assertCanSave, openWorkbook, saveWorkbook } from "../xlsx/xlsxFile";
import { DocxDocuments, TEMPLATES_FOLDER } from "./docxDocuments";
import { removeDocumentLeftovers } from "./leftovers";
import { convertToPdf, findSoffice, NO_LIBREOFFICE } from "./pdf";
import { nothingMadeBecause, skippedByReason, skippedInFull } from "./skipped";

export interface GenerateRun {
  readonly workbook: string;
  readonly outDir: string;
  readonly kinds: readonly DocumentKindId[];
  readonly pdf?: boolean;
  readonly again?: boolean;
  readonly newNumbers?: boolean;
  readonly sameDay?: boolean;
  readonly blanks?: boolean;
  readonly date?: CalendarDate;
  /** Print every skipped document (the CLI), or only their number (the demo). */
  readonly details?: boolean;
  /** The year-end reports' pictures and practices; kinds 11 and 12 are made only with it. */
  readonly year?: YearReportOptions;
}

/** The default output folder: «Документы» next to the workbook. */
export function defaultOutDir(workbook: string): string {
  return join(dirname(workbook), "Документы");
}

function report(result: GenerateResult, run: GenerateRun, docs: DocxDocuments, io: CommandIO): void {
  const blocked =
    result.made.length === 0 && result.existing === 0 ? nothingMadeBecause(result.skipped) : null;
  if (blocked) for (const line of blocked) io.stdout(`${line}\n`);
  else {
    const counts = new Map<DocumentKindId, number>();
    for (const doc of result.made) counts.set(doc.kind, (counts.get(doc.kind) ?? 0) + 1);
    io.stdout(`Сформировано документов: ${result.made.length} (папка ${run.outDir})\n`);
    const prefix = run.blanks ? "Бланк на подпись — " : "";
    for (const [kind, count] of counts) io.stdout(`  ${prefix}${DOCUMENT_KINDS[kind].title}: ${count}\n`);
    if (result.existing > 0) io.stdout(`Уже были сформированы раньше (не повторяются): ${result.existing}\n`);
  }
  if (!blocked && result.skipped.length > 0) {
    io.stdout(`Пропущено: ${result.skipped.length}\n`);
    const lines = run.details === false ? skippedByReason(result.skipped) : skippedInFull(result.skipped);
    for (const line of lines) io.stdout(`  ${line}\n`);
  }
  for (const warning of result.warnings) io.stdout(`Внимание: ${warning}\n`);
  if (docs.newTemplates.length > 0)
    io.stdout(`Шаблоны (их можно править в Word или LibreOffice): ${join(run.outDir, TEMPLATES_FOLDER)}\n`);
}

async function pdfCopies(docs: DocxDocuments, io: CommandIO): Promise<void> {
  const soffice = findSoffice();
  if (soffice === null) {
    io.stderr(`${NO_LIBREOFFICE}\n`);
    return;
  }
  io.stderr("PDF-копии: LibreOffice преобразует документы…\n");
  const pdf = await convertToPdf(docs.files, soffice);
  io.stdout(`PDF-копий: ${pdf.converted}\n`);
  for (const problem of pdf.problems) io.stderr(`${problem}\n`);
}

/**
 * Opens the workbook, makes the documents, records them and saves the workbook — also when the run
 * stops on an error after some documents were made, so that their links are kept.
 */
export async function runGenerate(run: GenerateRun, io: CommandIO): Promise<GenerateResult> {
  return withWorkbookLock(run.workbook, () => generateLocked(run, io));
}

async function generateLocked(run: GenerateRun, io: CommandIO): Promise<GenerateResult> {
  const port = await openWorkbook(run.workbook, { mustExist: true });
  // Documents are recorded in the book: one it could not save would leave them without their links.
  await assertCanSave(run.workbook);
  await removeDocumentLeftovers(run.outDir);
  const docs = new DocxDocuments(run.outDir);
  const progress = createProgress(io, "Документы");
  let result: GenerateResult;
  try {
    result = generateDocuments(port, docs, currentContext(), {
      kinds: run.kinds,
      again: run.again === true,
      newNumbers: run.newNumbers === true,
      sameDay: run.sameDay === true,
      blanks: run.blanks === true,
      ...(run.date === undefined ? {} : { date: run.date }),
      ...(run.year === undefined ? {} : { year: run.year }),
      onProgress: (done, total, label) => progress.update(done, total, label),
    });
  } catch (error) {
    progress.finish();
    if (error instanceof TemplateError) {
      throw new UserError(
        `${error.problems.join("\n")}\nНичего не сформировано. Исправьте шаблон в папке ` +
          `«${join(run.outDir, TEMPLATES_FOLDER)}» или удалите его, чтобы вернуть исходный.`,
      );
    }
    if (docs.files.length > 0) await saveWorkbook(port, run.workbook);
    const path = (error as { path?: unknown } | null)?.path;
    const failure = useCaseFailure(error, run.workbook);
    const message =
      describeFsError(error, typeof path === "string" ? path : run.outDir, "folder") ??
      (failure instanceof UserError ? failure.message : null);
    if (message === null) throw failure;
    throw new UserError(
      docs.files.length > 0
        ? `${message}\nСформированные до ошибки документы записаны в книгу; запустите команду ещё раз.`
        : message,
    );
  }
  progress.finish();
  await saveWorkbook(port, run.workbook);
  report(result, run, docs, io);
  if (run.pdf) await pdfCopies(docs, io);
  return result;
}

/** Kinds the demo makes later: the order ending a pair early, and the orders and представления of the year's end. */
const LATER_KINDS: readonly string[] = ["finalEvent", "awards", "earlyEnd", "nomination"];

/**
 * The demo school's documents of the programme's start, into `outDir` (for `nastavnik demo`): the orders,
 * the Положение, programmes, consents and agreements, dated the day the pairs were approved. Call it after
 * the demo's workbook is saved; it saves the workbook again with the documents' links.
 */
export async function generateDemoStart(
  workbook: string,
  outDir: string,
  io: CommandIO,
  date: CalendarDate,
): Promise<GenerateResult> {
  const kinds = DOCUMENT_KIND_IDS.filter(
    (kind) => !LATER_KINDS.includes(kind) && !YEAR_END_KINDS.includes(kind),
  );
  return runGenerate({ workbook, outDir, kinds, date, details: false }, io);
}

/**
 * The rest, as a coordinator would make them: the order on the final event in April and the rewards
 * order at the end of May of the school year's end (never the day pairs are assigned), and the blanks to
 * sign for those whose consent is missing.
 */
export async function generateDemoYearEnd(
  workbook: string,
  outDir: string,
  io: CommandIO,
  schoolYearEnd: number,
): Promise<GenerateResult[]> {
  const runs: GenerateRun[] = [
    { workbook, outDir, kinds: ["finalEvent"], date: calendarDate(schoolYearEnd, 4, 20), details: false },
    {
      workbook,
      outDir,
      kinds: ["awards", "nomination"],
      date: calendarDate(schoolYearEnd, 5, 31),
      details: false,
    },
    { workbook, outDir, kinds: ["pdConsent", "agreement"], blanks: true, details: false },
  ];
  const results: GenerateResult[] = [];
  for (const run of runs) results.push(await runGenerate(run, io));
  return results;
}
