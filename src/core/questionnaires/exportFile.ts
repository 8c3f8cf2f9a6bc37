import { type Cell, cellText, isBlank } from "../cell";
import { QuestionnaireError } from "./errors";
import { type HeaderMatch, matchHeaders } from "./headers";
import { collapseSpaces, foldKey, quote } from "./text";
import { parseTimestamp } from "./timestamp";
import type { FormResponse, Questionnaire, RawAnswer } from "./types";

export interface ExportReadResult {
  /** One response per non-empty row with a readable time, in file order. */
  readonly responses: FormResponse[];
  /** Headers that are no question of this questionnaire (ignored; worth a word to the coordinator). */
  readonly unknownColumns: string[];
  /** Titles of questions the file has no column for. */
  readonly missingQuestions: string[];
  /** Known service columns (answer number, metadata of Яндекс Формы), ignored. */
  readonly serviceColumns: string[];
  /** Headers recognised as a question despite a different wording. */
  readonly reworded: HeaderMatch["reworded"];
  /** Questions with several columns: each answer is taken from the first of them that has it. */
  readonly duplicated: string[];
  /** Rows that were skipped, and why, in Russian (row numbers as in the file, the header being 1). */
  readonly problems: string[];
}

function cellAnswer(cell: Cell | undefined): string {
  if (cell === undefined || cell === null) return "";
  if (typeof cell === "boolean") return cell ? "Да" : "Нет";
  return cellText(cell);
}

/** A per-option checkbox cell that means «not chosen». */
const UNCHECKED = new Set(["", "0", "нет", "no", "false", "ложь", "-", "—"]);

/**
 * Maps the rows of a form export (Google Forms or Яндекс Формы, CSV or .xlsx, read by the adapter; a
 * hand-made table with the same headers works too) to responses. Headers are recognised as `matchHeaders`
 * does: forgiving case, punctuation, spacing, «ё» and small rewordings; of several columns of one question
 * each row takes the first that has an answer; a checkbox question exported one column per option is read
 * back as the list of chosen options. Throws QuestionnaireError for a file with none of the expected
 * columns, or without the time column.
 */
export function readFormsExport(
  questionnaire: Questionnaire,
  header: readonly Cell[],
  rows: readonly (readonly Cell[])[],
): ExportReadResult {
  const match = matchHeaders(questionnaire, header);
  const { timestampColumn, emailColumn, questionColumns, optionColumns } = match;
  if (timestampColumn < 0 && emailColumn < 0 && questionColumns.size === 0 && optionColumns.size === 0) {
    const examples = questionnaire.questions
      .slice(0, 2)
      .map((question) => `«${question.title}»`)
      .join(", ");
    throw new QuestionnaireError(
      `Файл не похож на выгрузку ответов формы «${questionnaire.title}»: в первой строке нет ни одного знакомого столбца (ожидаются «Отметка времени», ${examples} и другие вопросы анкеты). Проверьте, что выбран нужный файл.`,
    );
  }
  if (timestampColumn < 0) {
    throw new QuestionnaireError(
      `В файле нет столбца «Отметка времени» (в Яндекс Формах — «Время создания»): без времени ответа нельзя понять, какая анкета новее. Выгрузите ответы формы «${questionnaire.title}» заново вместе с этим столбцом.`,
    );
  }
  const missingQuestions = questionnaire.questions
    .filter((question) => !question.retired)
    .filter((question) => !questionColumns.has(question.title) && !optionColumns.has(question.title))
    .map((question) => question.title);
  const responses: FormResponse[] = [];
  const problems: string[] = [];
  rows.forEach((row, index) => {
    if (row.every((cell) => isBlank(cell))) return;
    const rowNumber = index + 2;
    const timestamp = parseTimestamp(row[timestampColumn]);
    if (!timestamp) {
      const raw = cellAnswer(row[timestampColumn]);
      problems.push(
        raw
          ? `Строка ${rowNumber}: не удалось прочитать отметку времени ${quote(raw)} — строка пропущена`
          : `Строка ${rowNumber}: нет отметки времени — строка пропущена`,
      );
      return;
    }
    const answers: Record<string, RawAnswer> = {};
    for (const [title, columns] of questionColumns) {
      const texts = columns.map((column) => cellAnswer(row[column]));
      answers[title] = texts.find((text) => collapseSpaces(text) !== "") ?? "";
    }
    for (const [title, columns] of optionColumns) {
      const joined = answers[title];
      if (typeof joined === "string" && collapseSpaces(joined) !== "") continue;
      answers[title] = columns
        .filter(({ index: column }) => !UNCHECKED.has(foldKey(cellAnswer(row[column]))))
        .map(({ option }) => option);
    }
    responses.push({ timestamp, email: emailColumn >= 0 ? cellAnswer(row[emailColumn]) : "", answers });
  });
  return {
    responses,
    unknownColumns: match.unknownColumns,
    missingQuestions,
    problems,
    serviceColumns: match.serviceColumns,
    reworded: match.reworded,
    duplicated: match.duplicated,
  };
}
