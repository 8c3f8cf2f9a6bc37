import { type Cell, cellText } from "../cell";
import { editDistance } from "../format/editDistance";
import { foldKey } from "./text";
import type { Question, Questionnaire } from "./types";

/**
 * Headers of the response time column: Google Forms (Russian and English interface), Яндекс Формы
 * («Время создания»), a hand-made table.
 */
export const TIMESTAMP_HEADERS = [
  "Отметка времени",
  "Timestamp",
  "Временная метка",
  "Дата и время",
  "Время создания",
  "Дата создания",
  "Время ответа",
  "Дата ответа",
];
/** Headers of the collected e-mail column; the bank's own header is accepted too. */
export const EMAIL_HEADERS = [
  "Адрес электронной почты",
  "Email Address",
  "Электронная почта",
  "Эл. почта",
  "Адрес эл. почты",
  "E-mail",
  "Email",
  "Имя пользователя",
  "Username",
];
/**
 * Columns a form service adds on its own, which no question needs: the answer number and metadata of
 * Яндекс Формы, the score of a Google quiz. They are known, so they are not reported as strange columns.
 */
export const SERVICE_HEADERS = [
  "ID",
  "№",
  "Номер",
  "Номер ответа",
  "Время изменения",
  "Дата изменения",
  "Время начала заполнения",
  "Время окончания заполнения",
  "Yandex UID",
  "UID",
  "Логин",
  "IP",
  "IP-адрес",
  "Статус",
  "Статус ответа",
  "Ключ",
  "Источник",
  "Страница",
  "Реферер",
  "Referer",
  "User Agent",
  "Браузер",
  "Устройство",
  "Оценка",
  "Score",
];

/**
 * The key a header is compared by: case, «ё», punctuation and white space ignored — «Пол:», «ПОЛ» and
 * «Пол ?» are one key; «Стаж (лет)» and «Стаж, лет» too.
 */
export function headerKey(text: string): string {
  return foldKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Edits a reworded header may differ by: a fifth of the longer key, none for keys under five characters. */
function allowedEdits(a: string, b: string): number {
  const length = Math.max(a.length, b.length);
  return length < 5 ? 0 : Math.floor(length / 5);
}

/** A column holding one option of a checkbox question (Яндекс Формы may export one column per option). */
export interface OptionColumn {
  readonly index: number;
  readonly option: string;
}

export interface HeaderMatch {
  readonly timestampColumn: number;
  readonly emailColumn: number;
  /** Question title → its columns, in file order; with several, each row takes the first that has an answer. */
  readonly questionColumns: ReadonlyMap<string, readonly number[]>;
  /** Checkbox question title → its per-option columns. */
  readonly optionColumns: ReadonlyMap<string, readonly OptionColumn[]>;
  /** Headers that are no question of the questionnaire and no known service column. */
  readonly unknownColumns: string[];
  /** Known service columns (answer number, metadata), ignored. */
  readonly serviceColumns: string[];
  /** Headers recognised as a question despite a different wording: header and question title. */
  readonly reworded: { readonly header: string; readonly title: string }[];
  /** Titles of questions with more than one column. */
  readonly duplicated: string[];
}

interface Keyed {
  readonly question: Question;
  readonly keys: readonly string[];
}

function keysOf(question: Question): string[] {
  return [question.title, ...(question.aliases ?? [])].map(headerKey).filter(Boolean);
}

/**
 * The checkbox question and option a header names: «Вопрос / Вариант», «Вопрос: Вариант», «Вопрос
 * (Вариант)», or the option alone when only one checkbox question has it.
 */
function optionHeader(
  key: string,
  keyed: readonly Keyed[],
): { question: Question; option: string } | undefined {
  // A header that is just an option's text, when exactly one checkbox question has that option.
  const bare = keyed.filter(
    ({ question }) =>
      question.type === "checkbox" && (question.options ?? []).some((option) => headerKey(option) === key),
  );
  if (bare.length === 1) {
    const question = bare[0]!.question;
    const option = (question.options ?? []).find((candidate) => headerKey(candidate) === key)!;
    return { question, option };
  }
  for (const { question, keys } of keyed) {
    if (question.type !== "checkbox") continue;
    for (const questionKey of keys) {
      if (!key.startsWith(`${questionKey} `)) continue;
      const rest = key.slice(questionKey.length + 1);
      const option = (question.options ?? []).find((candidate) => headerKey(candidate) === rest);
      if (option !== undefined) return { question, option };
    }
  }
  return undefined;
}

/**
 * Recognises the columns of an export for a questionnaire. A header is the question it names: exactly
 * (case, punctuation, spaces and «ё» ignored), or — when no question has that key — the one question whose
 * title it is within a few edits of (see `allowedEdits`), closer than to any other question; a header as
 * close to two questions names neither, so two questions never share a column. Several columns of one
 * question are kept in file order. A checkbox question may also come as one column per option.
 */
export function matchHeaders(questionnaire: Questionnaire, header: readonly Cell[]): HeaderMatch {
  const keyed: Keyed[] = questionnaire.questions.map((question) => ({ question, keys: keysOf(question) }));
  const exact = new Map<string, Question>();
  for (const { question, keys } of keyed)
    for (const key of keys) if (!exact.has(key)) exact.set(key, question);
  const timestampKeys = new Set(TIMESTAMP_HEADERS.map(headerKey));
  const emailKeys = new Set(EMAIL_HEADERS.map(headerKey));
  const serviceKeys = new Set(SERVICE_HEADERS.map(headerKey));

  let timestampColumn = -1;
  let emailColumn = -1;
  const questionColumns = new Map<string, number[]>();
  const optionColumns = new Map<string, OptionColumn[]>();
  const unknownColumns: string[] = [];
  const serviceColumns: string[] = [];
  const reworded: { header: string; title: string }[] = [];
  const addColumn = (title: string, index: number) =>
    questionColumns.set(title, [...(questionColumns.get(title) ?? []), index]);

  header.forEach((cell, index) => {
    const text = cellText(cell).trim();
    if (!text) return;
    const key = headerKey(text);
    const question = exact.get(key);
    if (question) {
      addColumn(question.title, index);
      return;
    }
    if (timestampKeys.has(key) && timestampColumn < 0) {
      timestampColumn = index;
      return;
    }
    if (emailKeys.has(key) && emailColumn < 0) {
      emailColumn = index;
      return;
    }
    if (timestampKeys.has(key) || emailKeys.has(key) || serviceKeys.has(key) || /^utm /.test(key)) {
      serviceColumns.push(text);
      return;
    }
    const option = optionHeader(key, keyed);
    if (option) {
      const title = option.question.title;
      optionColumns.set(title, [...(optionColumns.get(title) ?? []), { index, option: option.option }]);
      return;
    }
    const near = nearestQuestion(key, keyed);
    if (near) {
      addColumn(near.title, index);
      reworded.push({ header: text, title: near.title });
      return;
    }
    unknownColumns.push(text);
  });
  // Columns in file order, whichever way they were recognised.
  for (const [title, columns] of questionColumns)
    questionColumns.set(
      title,
      [...columns].sort((a, b) => a - b),
    );
  const duplicated = [...questionColumns].filter(([, columns]) => columns.length > 1).map(([title]) => title);
  return {
    timestampColumn,
    emailColumn,
    questionColumns,
    optionColumns,
    unknownColumns,
    serviceColumns,
    reworded,
    duplicated,
  };
}

/** The one question a header is a small edit of, strictly closer than any other question; else undefined. */
function nearestQuestion(key: string, keyed: readonly Keyed[]): Question | undefined {
  if (key.length > 300) return undefined;
  let best: { question: Question; distance: number } | undefined;
  let runnerUp = Number.POSITIVE_INFINITY;
  for (const { question, keys } of keyed) {
    let distance = Number.POSITIVE_INFINITY;
    for (const candidate of keys) {
      if (Math.abs(candidate.length - key.length) > allowedEdits(candidate, key)) continue;
      const edits = editDistance(key, candidate);
      if (edits <= allowedEdits(candidate, key)) distance = Math.min(distance, edits);
    }
    if (!best || distance < best.distance) {
      runnerUp = best?.distance ?? runnerUp;
      if (Number.isFinite(distance)) best = { question, distance };
    } else if (distance < runnerUp) {
      runnerUp = distance;
    }
  }
  return best && best.distance < runnerUp ? best.question : undefined;
}
