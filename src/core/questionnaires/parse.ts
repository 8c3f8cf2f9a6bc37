import type { Cell } from "../cell";
import { type ReadNumber, readRussianNumber } from "../format/parseNumber";
import type { PersonStatus } from "../schema/enums";
import type { SheetRecord } from "../schema/table";
import { PARAGRAPH_MAX, SHORT_TEXT_MAX } from "./forms";
import { normalizePersonName, personKey } from "./names";
import { joinOptions, matchOption, splitOptions } from "./options";
import {
  cleanParagraph,
  collapseSpaces,
  escapeCell,
  foldKey,
  normalizeEmail,
  quote,
  titleKey,
  truncate,
} from "./text";
import { floorToSecond } from "./timestamp";
import type { FormResponse, Question, Questionnaire, RawAnswer } from "./types";

/** A usable answer: text, a whole number, or the chosen options of a checkbox question. */
export type AnswerValue = string | number | readonly string[];

export interface ParsedResponse {
  /** The response time, to the second. */
  readonly timestamp: Date;
  /** Lower-cased e-mail; "" if none was given or it is not an address. */
  readonly email: string;
  /** Question id → normalised answer (plain text, not formula-escaped); unanswered and unusable ones are absent. */
  readonly values: Readonly<Record<string, AnswerValue>>;
  /** What makes the answer need a check (the person becomes «Требует проверки»), in Russian. */
  readonly problems: string[];
  /** What was changed or is worth knowing, without making the answer doubtful, in Russian. */
  readonly notes: string[];
}

const NO_EXPERIENCE = new Set([
  "нет",
  "нету",
  "нет стажа",
  "без стажа",
  "менее года",
  "меньше года",
  "менее 1 года",
  "меньше 1 года",
  "до года",
  "до 1 года",
]);
const WHOLE_YEARS =
  /^(\d{1,3})(?:[.,](\d+))?\s*(?:лет|года|год|г)?\.?(?:\s*(?:и\s*)?\d{1,2}\s*(?:мес|месяц|месяца|месяцев)\.?)?$/;
const MONTHS_ONLY = /^(\d{1,3})\s*(?:мес|месяц|месяца|месяцев)\.?$/;

/**
 * A count of years as people type it: «5», «5 лет», «3 года», «30,0», «восемнадцать лет», «0», «менее
 * года» (→ 0); a fraction («5,5», «полтора года»), months («5 лет 6 месяцев», «8 месяцев»), a range
 * («10–12 лет») or a hedge («около 20») count as the full years surely worked, with a note. Letters that
 * are no number are a problem.
 */
export function parseYears(
  raw: string,
  question: Question,
): { value?: number; problem?: string; note?: string } {
  const text = foldKey(raw);
  const label = `«${question.title}»`;
  const min = question.min ?? 0;
  const max = question.max ?? 60;
  const expected = `укажите целое число лет от ${min} до ${max}`;
  if (NO_EXPERIENCE.has(text)) return { value: 0 };
  let value: number;
  let partial: boolean;
  const match = WHOLE_YEARS.exec(text);
  const months = MONTHS_ONLY.exec(text);
  if (match) {
    value = Number(match[1]);
    partial = (match[2] !== undefined && Number(match[2]) !== 0) || /мес/.test(text);
  } else if (months) {
    value = Math.floor(Number(months[1]) / 12);
    partial = true;
  } else {
    const read = readRussianNumber(raw);
    if (!read) return { problem: `${label}: ${quote(raw)} — не число; ${expected}` };
    value = Math.floor(read.low);
    partial = read.approximate || !Number.isInteger(read.low);
  }
  if (value < min || value > max)
    return { problem: `${label}: ${quote(raw)} — вне допустимого; ${expected}` };
  return partial ? { value, note: `${label}: ${quote(raw)} — записано полных лет: ${value}` } : { value };
}

/** Answers to a count question that mean «none»: «0», «нет», «не готов(а)», «никого». */
const NONE = /^(нет|пока нет|никого|ни одного|не готов|не готова|не готов\(а\)|не могу|0)$/;

/** A count as typed («2», «два», «3 человека», «не более двух», «нет» → 0); undefined when unreadable. */
export function readCount(raw: string): ReadNumber | undefined {
  const text = foldKey(raw).replace(/[.!]+$/, "");
  return NONE.test(text) ? { value: 0, low: 0, approximate: false } : readRussianNumber(raw);
}

/**
 * An answer to a numeric choice («Сколько наставляемых…»: 1, 2, 3) read as the person meant it when it is
 * not one of the options: «два», «3 человека», «не более двух», «1–2» (→ the upper end), «0» or «нет»
 * (→ 0, a real answer: nobody is proposed to them). Undefined value with a problem when unreadable.
 */
export function parseCount(
  raw: string,
  question: Question,
): { value?: number; problem?: string; note?: string } {
  const label = `«${question.title}»`;
  const min = question.min ?? 0;
  const max = question.max ?? Number.POSITIVE_INFINITY;
  const read = readCount(raw);
  const range = `ожидается число от ${min} до ${max}`;
  if (!read || !Number.isInteger(read.value))
    return { problem: `${label}: ${quote(raw)} — не удалось понять число; ${range}` };
  if (read.value < min || read.value > max)
    return { problem: `${label}: ${quote(raw)} — вне допустимого; ${range}` };
  const notes: string[] = [];
  if (read.approximate) notes.push(`записано: ${read.value}`);
  if (read.value === 0) notes.push("наставляемые не будут предложены, пока число не изменится");
  return notes.length > 0
    ? { value: read.value, note: `${label}: ${quote(raw)} — ${notes.join("; ")}` }
    : { value: read.value };
}

/** Finds the raw answer to a question: by title, then by aliases (case, spaces, «ё», trailing «?» ignored). */
function answerLookup(response: FormResponse): (question: Question) => RawAnswer | undefined {
  const byKey = new Map<string, RawAnswer>();
  for (const [title, answer] of Object.entries(response.answers)) {
    const key = titleKey(title);
    if (!byKey.has(key) || isEmptyAnswer(byKey.get(key))) byKey.set(key, answer);
  }
  return (question) => {
    for (const title of [question.title, ...(question.aliases ?? [])]) {
      const answer = byKey.get(titleKey(title));
      if (answer !== undefined) return answer;
    }
    return undefined;
  };
}

function isEmptyAnswer(answer: RawAnswer | undefined): boolean {
  if (answer === undefined) return true;
  if (typeof answer === "string") return collapseSpaces(answer) === "";
  return answer.every((item) => collapseSpaces(item) === "");
}

function optionList(options: readonly string[]): string {
  return options.length <= 8 ? `варианты: ${options.join("; ")}` : "такого варианта нет в анкете";
}

function parseQuestion(
  question: Question,
  answer: RawAnswer,
  problems: string[],
  notes: string[],
): AnswerValue | undefined {
  const label = `«${question.title}»`;
  const single = typeof answer === "string" ? answer : answer.join(", ");
  switch (question.type) {
    case "text":
    case "paragraph": {
      if (question.personName) {
        const name = normalizePersonName(single, question.title);
        problems.push(...name.problems);
        return name.value || undefined;
      }
      const max = question.maxLength ?? (question.type === "paragraph" ? PARAGRAPH_MAX : SHORT_TEXT_MAX);
      let text = question.type === "paragraph" ? cleanParagraph(single) : collapseSpaces(single);
      const cut = truncate(text, max);
      if (cut.truncated) {
        notes.push(`${label}: ответ длиннее ${max} символов — сохранены первые ${cut.text.length}`);
        text = cut.text;
      }
      if (text.startsWith("="))
        notes.push(`${label}: ответ начинается с «=» — сохранён как текст, а не формула`);
      return text || undefined;
    }
    case "integer": {
      const parsed = parseYears(single, question);
      if (parsed.problem) problems.push(parsed.problem);
      if (parsed.note) notes.push(parsed.note);
      return parsed.value;
    }
    case "scale": {
      const text = collapseSpaces(single);
      const min = question.min ?? 1;
      const max = question.max ?? 10;
      // «8», «восемь», «8 баллов», «8 из 10»: the mark, when it is one whole number.
      const read = readRussianNumber(text.replace(/\s*из\s*\d+\s*$/i, "").replace(/\s*балл\S*$/i, ""));
      const value = read && !read.approximate && Number.isInteger(read.value) ? read.value : Number.NaN;
      if (!(value >= min && value <= max)) {
        problems.push(`${label}: ${quote(single)} — ожидается оценка от ${min} до ${max}`);
        return undefined;
      }
      return value;
    }
    case "choice":
    case "list": {
      const options = question.options ?? [];
      const stored = question.stored ?? {};
      const option =
        matchOption(single, options) ??
        options.find((candidate) => {
          const value = stored[candidate];
          return value !== undefined && foldKey(value) === foldKey(single);
        });
      if (option === undefined && question.min !== undefined) {
        // A count asked as a choice of numbers, answered in words or with a unit (another form service, a table).
        const count = parseCount(single, question);
        if (count.problem) problems.push(count.problem);
        if (count.note) notes.push(count.note);
        return count.value === undefined ? undefined : String(count.value);
      }
      if (option === undefined) {
        problems.push(`${label}: ${quote(single)} — ${optionList(options)}`);
        return undefined;
      }
      return stored[option] ?? option;
    }
    case "checkbox": {
      const { known, unknown } = splitOptions(answer, question.options ?? []);
      for (const piece of unknown) problems.push(`${label}: ${quote(piece)} — такого варианта нет в анкете`);
      return known.length > 0 ? known : undefined;
    }
  }
}

/** Normalises and checks every answer of one response against the questionnaire. */
export function parseResponse(questionnaire: Questionnaire, response: FormResponse): ParsedResponse {
  const problems: string[] = [];
  const notes: string[] = [];
  const values: Record<string, AnswerValue> = {};
  const lookup = answerLookup(response);
  for (const question of questionnaire.questions) {
    const answer = lookup(question);
    if (answer === undefined || isEmptyAnswer(answer)) {
      // The form enforces a question added later; answers given before it existed simply lack it.
      if (question.required && !question.addedLater)
        problems.push(`Не заполнено обязательное поле «${question.title}»`);
      continue;
    }
    const value = parseQuestion(question, answer, problems, notes);
    if (value !== undefined) values[question.id] = value;
    else if (question.required && question.personName) {
      problems.push(`Не заполнено обязательное поле «${question.title}»`);
    }
  }
  let email = "";
  const rawEmail = collapseSpaces(response.email);
  if (rawEmail) {
    const normalized = normalizeEmail(rawEmail);
    if (normalized.valid) email = normalized.email;
    else problems.push(`Адрес электронной почты ${quote(rawEmail)} указан с ошибкой`);
  }
  return { timestamp: floorToSecond(response.timestamp), email, values, problems, notes };
}

/** Longest «Замечания» text; the reasons beyond it are cut with «…». */
export const REMARKS_MAX = 1000;

export interface BankAnswer extends ParsedResponse {
  /** Surname|name|patronymic key for matching a person; "" if the surname or the name is missing. */
  readonly nameKey: string;
  /** «Активен», or «Требует проверки» when there are problems. */
  readonly status: PersonStatus;
  /** Problems then notes, joined with «; » — the «Замечания» cell. */
  readonly remarks: string;
  /**
   * The bank row's cells owned by the form, formula-escaped: the answered questions' columns, `email` (when
   * valid), `status`, `remarks` and `updated` (the response time). Unanswered and unusable answers are absent.
   */
  readonly record: SheetRecord;
}

/** Reads a response to «Анкета наставника» or «Анкета наставляемого» into a bank record. */
export function parseBankAnswer(questionnaire: Questionnaire, response: FormResponse): BankAnswer {
  const parsed = parseResponse(questionnaire, response);
  const record: SheetRecord = {};
  for (const question of questionnaire.questions) {
    const value = parsed.values[question.id];
    if (!question.column || value === undefined) continue;
    const cell: Cell = typeof value === "string" || typeof value === "number" ? value : joinOptions(value);
    record[question.column] = escapeCell(cell);
  }
  if (parsed.email) record.email = parsed.email;
  const status: PersonStatus = parsed.problems.length > 0 ? "Требует проверки" : "Активен";
  const cut = truncate([...parsed.problems, ...parsed.notes].join("; "), REMARKS_MAX);
  const remarks = cut.truncated ? `${cut.text}…` : cut.text;
  record.status = status;
  record.remarks = escapeCell(remarks);
  record.updated = parsed.timestamp;
  const text = (id: string) => {
    const value = parsed.values[id];
    return typeof value === "string" ? value : "";
  };
  const nameKey = personKey(text("lastName"), text("firstName"), text("middleName"));
  return { ...parsed, nameKey, status, remarks, record };
}
