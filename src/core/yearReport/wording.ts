/**
 * Sentences about the year, agreeing with their numbers: «проведена 21 встреча», «проведены 3 встречи»,
 * «проведено 11 встреч»; «в 1 паре из 5», «5 из 21 молодого специалиста».
 */
import { formatNumber, pluralForm } from "../format/numbers";

type Forms = readonly [one: string, few: string, many: string];

/** «3 пары»: the number and the noun in the form it takes. */
export function counted(count: number, forms: Forms): string {
  return `${formatNumber(count)}\u00a0${pluralForm(count, forms)}`;
}

/** The genitive after «из N»: singular after 1, 21, 31…, plural otherwise («из 21 пары», «из 5 пар»). */
export function ofCount(count: number, singular: string, plural: string): string {
  const n = Math.abs(Math.trunc(count));
  return `из ${formatNumber(count)}\u00a0${n % 10 === 1 && n % 100 !== 11 ? singular : plural}`;
}

/** A score on the 1–10 scale: «8,4». */
export function score(value: number): string {
  return formatNumber(value, { maxFractionDigits: 1 });
}

/** Whole percent: «86 %» (a non-breaking thin space, as Russian typography sets it). */
export function percentText(value: number): string {
  return `${formatNumber(value)}\u00a0%`;
}

/** The first letter upper-case, for a sentence made of parts. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  const body = trimmed.charAt(0).toLocaleUpperCase("ru") + trimmed.slice(1);
  return /[.!?]$/.test(body) ? body : `${body}.`;
}
