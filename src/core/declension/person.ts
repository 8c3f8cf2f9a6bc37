import type { GrammaticalCase } from "./cases";

/**
 * A person's name as stored in a bank sheet. This is also the template value of a person field:
 * `{{Наставник|род}}` declines it.
 */
export interface PersonName {
  readonly lastName: string;
  readonly firstName: string;
  /** Patronymic; empty or absent when the person has none. */
  readonly middleName?: string | null;
  /** As stored in the sheet: «Ж», «М», or empty when unknown (then inferred from the patronymic). */
  readonly gender?: string | null;
  /**
   * Hand-checked full forms «Фамилия Имя Отчество» by case (e.g. from a column «ФИО в родительном
   * падеже»). An override wins over the rules for its case.
   */
  readonly overrides?: Partial<Record<GrammaticalCase, string>> | null;
}

/** Turkic patronymic particles: «Рашид кызы» is not declined at all. */
export const FEMALE_PATRONYMIC_PARTICLES = ["кызы", "кизи", "гызы"] as const;
export const MALE_PATRONYMIC_PARTICLES = ["оглы", "оглу", "улы", "уулу"] as const;
const PARTICLES: readonly string[] = [...FEMALE_PATRONYMIC_PARTICLES, ...MALE_PATRONYMIC_PARTICLES];

export function isPersonName(value: unknown): value is PersonName {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.lastName === "string" && typeof record.firstName === "string";
}

/** Collapses runs of spaces (including non-breaking), trims, and drops spaces around hyphens. */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .trim()
    .replace(/ ?- ?/g, "-");
}

function capitaliseChunk(chunk: string): string {
  if (chunk === "") return chunk;
  const lower = chunk.toLocaleLowerCase("ru");
  // A deliberately mixed spelling («МакКейн») is kept as stored.
  if (chunk !== lower && chunk !== chunk.toLocaleUpperCase("ru")) return chunk;
  if (PARTICLES.includes(lower)) return lower;
  return lower.charAt(0).toLocaleUpperCase("ru") + lower.slice(1);
}

/**
 * Normalises one stored name part: spaces as in `normaliseSpaces`, and an all-lower-case or all-upper-case
 * word written with a capital letter (each part of a hyphenated word too). «ё» is kept as stored.
 */
export function normaliseNamePart(text: string | null | undefined): string {
  if (!text) return "";
  return normaliseSpaces(text)
    .split(" ")
    .map((word) => word.split("-").map(capitaliseChunk).join("-"))
    .join(" ");
}

/** The patronymic's Turkic particle («кызы», «оглы»…), if it has one. */
export function patronymicParticle(middleName: string): string | null {
  const words = middleName.toLocaleLowerCase("ru").split(" ");
  const lastWord = words[words.length - 1] ?? "";
  return words.length > 1 && PARTICLES.includes(lastWord) ? lastWord : null;
}
