import { type Cell, cellText } from "../cell";
import { importKeyedRows, type RowIdentity } from "../intake/importKeyedRows";
import type { ImportOptions, ImportReport } from "../intake/report";
import { type RowChange, writeRowChanges } from "../intake/rowWrites";
import type { Context, WorkbookPort } from "../ports";
import type { QuestionnaireContext } from "../questionnaires/forms";
import { foldKey } from "../questionnaires/text";
import type { FormResponse } from "../questionnaires/types";
import { mapColumns, readRecords } from "../schema/table";
import { hasSheet } from "../sheets";
import { practiceQuestionnaire } from "./form";
import { practiceTotal } from "./readPractices";
import { PRACTICES } from "./sheet";

/** A practice is its title as submitted from one e-mail: sending the form again with it corrects it. */
const BY_EMAIL_AND_TITLE: RowIdentity = {
  rowKey: (get, email) => `${email}|${foldKey(cellText(get("title")))}`,
  answerKey: (answer) => {
    const title = answer.values.title;
    return `${answer.email}|${foldKey(typeof title === "string" ? title : "")}`;
  },
};

/**
 * Rewrites «Сумма баллов» of «Методическая копилка» where it differs from the sum of the five criteria
 * (blank until all five are scored), touching only those cells. Returns whether anything was written.
 */
export function refreshPracticeTotals(port: WorkbookPort): boolean {
  if (!hasSheet(port, PRACTICES.name)) return false;
  const grid = port.readAll(PRACTICES.name);
  const column = mapColumns(PRACTICES, grid[0] ?? []).get("total");
  if (column === undefined) return false;
  const changes: RowChange[] = [];
  for (const { row, record } of readRecords(PRACTICES, grid).records) {
    const total = practiceTotal(record);
    const wanted: Cell = total ?? "";
    if (cellText(grid[row]?.[column]) === cellText(wanted)) continue;
    const values = (grid[row] ?? []).slice();
    values[column] = wanted;
    changes.push({ row, values, changedColumns: [column] });
  }
  return writeRowChanges(port, PRACTICES.name, changes) > 0;
}

/**
 * Puts answers to «Практика наставничества» into «Методическая копилка» (created if missing): one row per
 * e-mail and title, the newest submission winning, the expert's columns kept. Idempotent in any order of
 * arrival. The totals are brought up to date on the way.
 */
export function importPractices(
  port: WorkbookPort,
  context: Context,
  questionnaireContext: QuestionnaireContext,
  responses: readonly FormResponse[],
  options: ImportOptions,
): ImportReport {
  const questionnaire = practiceQuestionnaire(questionnaireContext);
  const report = importKeyedRows(
    port,
    context,
    questionnaire,
    responses,
    options,
    PRACTICES,
    BY_EMAIL_AND_TITLE,
  );
  const totals = refreshPracticeTotals(port);
  return totals && !report.changed ? { ...report, changed: true } : report;
}
