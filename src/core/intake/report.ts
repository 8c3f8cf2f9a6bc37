import type { Context, WorkbookPort } from "../ports";
import { floorToSecond } from "../questionnaires/timestamp";
import type { FormResponse, QuestionnaireKey } from "../questionnaires/types";
import type { LogEntry } from "../questionnaires/upsert";
import type { Source } from "../schema/enums";
import { LOG } from "../schema/sheets";
import { hasSheet } from "../sheets";

export interface ImportOptions {
  /** «форма» for answers from the Google Form, «импорт» for an export file. */
  readonly source: Source;
  /**
   * «always»: the log gets the summary even when nothing changed (a live submission is worth a trace);
   * «changes»: only when the sheet changed, so that re-importing the same answers leaves the workbook as it was.
   */
  readonly log: "always" | "changes";
  /**
   * The answers this call is about, when `responses` holds more (a live submission of «Анкета после
   * групповой встречи» is imported with all the form's answers): only their problems are logged.
   */
  readonly delivered?: readonly FormResponse[];
}

export interface ImportCounts {
  readonly responses: number;
  /** Responses that changed the sheet (several answers of one person may change one row). */
  readonly applied: number;
  /** Rows added (people to a bank, respondents to «Мониторинг»). */
  readonly added: number;
  /** Existing rows rewritten. */
  readonly updated: number;
  /** Responses that changed nothing: re-deliveries, duplicates, older answers. */
  readonly unchanged: number;
  /** Responses that could not be used at all. */
  readonly rejected: number;
  /** People left «Требует проверки» (banks only). */
  readonly needsReview: number;
}

export interface ImportReport {
  readonly form: QuestionnaireKey;
  readonly title: string;
  /** The sheet the answers went to. */
  readonly sheet: string;
  /** Whether any sheet was written. */
  readonly changed: boolean;
  readonly counts: ImportCounts;
  /** One Russian sentence for the toast, the terminal and the log. */
  readonly summary: string;
  /** Who was not taken or needs a check, and why: the lines written to «Журнал», one per answer. */
  readonly notes?: readonly string[];
}

export function summarize(title: string, counts: ImportCounts): string {
  const review = counts.needsReview > 0 ? `; требуют проверки ${counts.needsReview}` : "";
  return (
    `${title}: ответов ${counts.responses} — учтено ${counts.applied} ` +
    `(добавлено строк ${counts.added}, изменено ${counts.updated}), без изменений ${counts.unchanged}, ` +
    `не принято ${counts.rejected}${review}`
  );
}

/** Appends the log entries to «Журнал» in one call, as `options.log` allows. */
export function writeLog(
  port: WorkbookPort,
  context: Context,
  entries: readonly LogEntry[],
  changed: boolean,
  options: ImportOptions,
): void {
  if (entries.length === 0 || (!changed && options.log === "changes")) return;
  if (!hasSheet(port, LOG.name)) return;
  port.appendRows(
    LOG.name,
    entries.map((entry) => [entry.time, context.user, entry.action, entry.result]),
  );
}

/**
 * Whether an answer (by its time and normalised e-mail, "" when it had none) is one this call is about:
 * always, unless `options.delivered` narrows it. Keeps a rejected answer from being logged again each
 * time later answers are imported together with it.
 */
export function isDelivered(options: ImportOptions, timestamp: Date, email: string): boolean {
  if (!options.delivered) return true;
  const time = floorToSecond(timestamp).getTime();
  return options.delivered.some(
    (response) =>
      floorToSecond(response.timestamp).getTime() === time &&
      (email === "" || response.email.trim().toLowerCase() === email),
  );
}
