import { type Cell, cellText, isBlank } from "../cell";
import { QuestionnaireError } from "./errors";
import { quote, titleKey } from "./text";
import { parseTimestamp } from "./timestamp";
import type { FormResponse, Questionnaire, RawAnswer } from "./types";

/** Headers of the response time column in Google Forms exports (Russian and English interface). */
export const TIMESTAMP_HEADERS = ["Отметка времени", "Timestamp", "Временная метка", "Дата и время"];
/** Headers of the collected e-mail column; the bank's own header is accepted too. */
export const EMAIL_HEADERS = [
  "Адрес электронной почты",
  "Email Address",
  "Электронная почта",
  "Эл. почта",
  "E-mail",
  "Email",
  "Имя пользователя",
  "Username",
];

export interface ExportReadResult {
  /** One response per non-empty row with a readable time, in file order. */
  readonly responses: FormResponse[];
  /** Headers that are no question of this questionnaire (ignored; worth a word to the coordinator). */
  readonly unknownColumns: string[];
  /** Titles of questions the file has no column for. */
  readonly missingQuestions: string[];
  /** Rows that were skipped, and why, in Russian (row numbers as in the file, the header being 1). */
  readonly problems: string[];
}

function cellAnswer(cell: Cell | undefined): string {
  if (cell === undefined || cell === null) return "";
  if (typeof cell === "boolean") return cell ? "Да" : "Нет";
  return cellText(cell);
}

/**
 * Maps the rows of a Google Forms export (CSV or .xlsx, read by the adapter; a hand-made table with the
 * same headers works too) to responses. Headers are recognised forgiving case, spacing, «ё» and a trailing
 * «?». Throws QuestionnaireError for a file with none of the expected columns, or without the time column.
 */
export function readFormsExport(
  questionnaire: Questionnaire,
  header: readonly Cell[],
  rows: readonly (readonly Cell[])[],
): ExportReadResult {
  const titleByKey = new Map<string, string>();
  for (const question of questionnaire.questions) {
    for (const title of [question.title, ...(question.aliases ?? [])]) {
      const key = titleKey(title);
      if (!titleByKey.has(key)) titleByKey.set(key, question.title);
    }
  }
  const timestampKeys = new Set(TIMESTAMP_HEADERS.map(titleKey));
  const emailKeys = new Set(EMAIL_HEADERS.map(titleKey));
  let timestampColumn = -1;
  let emailColumn = -1;
  const questionColumns: { index: number; title: string }[] = [];
  const unknownColumns: string[] = [];
  const seen = new Set<string>();
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (!text) return;
    const key = titleKey(text);
    if (timestampKeys.has(key) && timestampColumn < 0) timestampColumn = index;
    else if (emailKeys.has(key) && emailColumn < 0) emailColumn = index;
    else {
      const title = titleByKey.get(key);
      if (title !== undefined && !seen.has(title)) {
        seen.add(title);
        questionColumns.push({ index, title });
      } else {
        unknownColumns.push(text);
      }
    }
  });
  if (timestampColumn < 0 && emailColumn < 0 && questionColumns.length === 0) {
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
      `В файле нет столбца «Отметка времени» (Timestamp): без времени ответа нельзя понять, какая анкета новее. Выгрузите ответы формы «${questionnaire.title}» заново: «Ответы» → «Скачать ответы (.csv)».`,
    );
  }
  const missingQuestions = questionnaire.questions
    .filter((question) => !seen.has(question.title))
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
    for (const { index: column, title } of questionColumns) answers[title] = cellAnswer(row[column]);
    responses.push({ timestamp, email: emailColumn >= 0 ? cellAnswer(row[emailColumn]) : "", answers });
  });
  return { responses, unknownColumns, missingQuestions, problems };
}
