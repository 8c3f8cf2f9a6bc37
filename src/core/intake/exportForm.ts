import type { Cell } from "../cell";
import { QuestionnaireError } from "../questionnaires/errors";
import { type ExportReadResult, readFormsExport } from "../questionnaires/exportFile";
import { type HeaderMatch, matchHeaders } from "../questionnaires/headers";
import type { Questionnaire, QuestionnaireKey } from "../questionnaires/types";

/** An export that is not the answers of the form it was given as; `likely` is the form it looks like. */
export class WrongFormError extends QuestionnaireError {
  constructor(
    message: string,
    readonly likely?: QuestionnaireKey,
  ) {
    super(message);
  }
}

function answered(match: HeaderMatch, title: string): boolean {
  return match.questionColumns.has(title) || match.optionColumns.has(title);
}

/** The share of a questionnaire's questions the header has a column for. */
function coverage(questionnaire: Questionnaire, header: readonly Cell[]): number {
  const match = matchHeaders(questionnaire, header);
  const found = questionnaire.questions.filter((question) => answered(match, question.title)).length;
  return questionnaire.questions.length === 0 ? 0 : found / questionnaire.questions.length;
}

function quoted(items: readonly string[]): string {
  return items.map((item) => `«${item}»`).join(", ");
}

/**
 * Refuses an export that is not the answers of `questionnaire`: one without a column for a required
 * question (surname, name, the questions of its own), or one another form's questions fit better — a
 * mentee export given as mentors would otherwise add mentees as mentors and flag approved mentors.
 * `all` are the questionnaires it may be instead (it may include `questionnaire`).
 */
export function checkExportForm(
  questionnaire: Questionnaire,
  header: readonly Cell[],
  all: readonly Questionnaire[],
): void {
  const match = matchHeaders(questionnaire, header);
  const missing = questionnaire.questions
    .filter((question) => question.required && !question.addedLater && !answered(match, question.title))
    .map((question) => question.title);
  const own = coverage(questionnaire, header);
  const likely = all
    .filter((other) => other.key !== questionnaire.key)
    .map((other) => ({ other, score: coverage(other, header) }))
    .filter(({ score }) => score > own && score >= 0.5)
    .sort((a, b) => b.score - a.score)[0]?.other;
  if (!likely && missing.length === 0) return;
  const lacks =
    missing.length > 0
      ? `нет ${missing.length === 1 ? "столбца обязательного вопроса" : "столбцов обязательных вопросов"} ${quoted(missing)}`
      : "столбцы больше подходят к другой анкете";
  const verdict = likely
    ? `Похоже, это ответы формы «${likely.title}».`
    : "Проверьте, что это ответы нужной формы и что вопросы в форме не переименованы.";
  throw new WrongFormError(
    `Это не похоже на ответы формы «${questionnaire.title}»: ${lacks}. ${verdict}`,
    likely?.key,
  );
}

/** `readFormsExport` after `checkExportForm`: what an import of a whole export or response sheet reads. */
export function readExportForForm(
  questionnaire: Questionnaire,
  all: readonly Questionnaire[],
  header: readonly Cell[],
  rows: readonly (readonly Cell[])[],
): ExportReadResult {
  const read = readFormsExport(questionnaire, header, rows);
  checkExportForm(questionnaire, header, all);
  return read;
}
