/** Modifiers after «|» in a value tag: `{{Наставник|род кратко}}`, `{{Дата приказа|кавычки}}`. */
import { type GrammaticalCase, isGrammaticalCase } from "../declension/cases";
import type { PersonForm } from "../declension/decline";
import type { FieldKind } from "./fields";

export type DateFormat = "numeric" | "quoted" | "long" | "monthYear" | "year";

/** What a tag's modifiers ask for; absent parts take the defaults (nominative, full name, 18.11.2022). */
export interface TagFormat {
  readonly grammaticalCase?: GrammaticalCase;
  /** A position's first letter: «заглавная» (at the start of a line) or «строчная» (inside a sentence). */
  readonly letterCase?: "upper" | "lower";
  readonly personForm?: PersonForm;
  readonly dateFormat?: DateFormat;
  readonly inWords?: boolean;
}

type Group = "case" | "personForm" | "dateFormat" | "inWords" | "letterCase";

interface ModifierInfo {
  readonly group: Group;
  /** The kinds of field the modifier fits: a case fits both ФИО and a position. */
  readonly kinds: readonly FieldKind[];
  readonly apply: (format: TagFormat) => TagFormat;
}

const PERSON_FORMS: Readonly<Record<string, PersonForm>> = { кратко: "short", инициалы: "initialsFirst" };
const DATE_FORMATS: Readonly<Record<string, DateFormat>> = {
  кавычки: "quoted",
  текстом: "long",
  месяц: "monthYear",
  год: "year",
};

const LETTER_CASES: Readonly<Record<string, "upper" | "lower">> = { заглавная: "upper", строчная: "lower" };

function modifierInfo(word: string): ModifierInfo | null {
  if (isGrammaticalCase(word)) {
    return { group: "case", kinds: ["person", "position"], apply: (f) => ({ ...f, grammaticalCase: word }) };
  }
  const personForm = PERSON_FORMS[word];
  if (personForm !== undefined) {
    return { group: "personForm", kinds: ["person"], apply: (f) => ({ ...f, personForm }) };
  }
  const dateFormat = DATE_FORMATS[word];
  if (dateFormat !== undefined) {
    return { group: "dateFormat", kinds: ["date"], apply: (f) => ({ ...f, dateFormat }) };
  }
  if (word === "прописью")
    return { group: "inWords", kinds: ["number"], apply: (f) => ({ ...f, inWords: true }) };
  const letterCase = LETTER_CASES[word];
  if (letterCase !== undefined)
    return { group: "letterCase", kinds: ["position"], apply: (f) => ({ ...f, letterCase }) };
  return null;
}

/** Every modifier by the kind of field it applies to, for help texts and error messages. */
export const MODIFIERS_BY_KIND: Readonly<Partial<Record<FieldKind, readonly string[]>>> = {
  person: ["им", "род", "дат", "вин", "твор", "пред", "кратко", "инициалы"],
  date: ["кавычки", "текстом", "месяц", "год"],
  number: ["прописью"],
  position: ["им", "род", "дат", "вин", "твор", "пред", "строчная", "заглавная"],
};

export interface ParsedModifiers {
  readonly format: TagFormat;
  /** The kinds of field these modifiers fit together; `null` without modifiers. */
  readonly kinds: readonly FieldKind[] | null;
}

function allModifiers(): string {
  return [...new Set(Object.values(MODIFIERS_BY_KIND).flatMap((words) => words ?? []))].join(", ");
}

/** Reads modifier words (already lower-cased); returns the format or a Russian problem (without the tag). */
export function parseModifiers(words: readonly string[]): ParsedModifiers | { readonly problem: string } {
  let format: TagFormat = {};
  let kinds: readonly FieldKind[] | null = null;
  const seen = new Map<Group, string>();
  let firstWord = "";
  for (const word of words) {
    const info = modifierInfo(word);
    if (info === null) return { problem: `неизвестный модификатор «${word}»; допустимы: ${allModifiers()}` };
    const clash = seen.get(info.group);
    if (clash !== undefined) {
      return { problem: `модификаторы «${clash}» и «${word}» противоречат друг другу` };
    }
    const common: readonly FieldKind[] =
      kinds === null ? info.kinds : kinds.filter((kind) => info.kinds.includes(kind));
    if (common.length === 0) {
      return { problem: `модификаторы «${firstWord}» и «${word}» относятся к разным видам полей` };
    }
    if (kinds === null) firstWord = word;
    kinds = common;
    seen.set(info.group, word);
    format = info.apply(format);
  }
  return { format, kinds };
}
