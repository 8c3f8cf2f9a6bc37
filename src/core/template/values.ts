import { isDate } from "../cell";
/** Template data and how one value becomes text. Shared by every renderer, so they all print the same. */

import { formatPerson } from "../declension/decline";
import { isPersonName, type PersonName } from "../declension/person";
import { declinePosition } from "../declension/position";
import {
  type CalendarDate,
  formatDateLong,
  formatDateNumeric,
  formatDateQuoted,
  formatMonthYear,
  isCalendarDate,
} from "../format/dates";
import { formatNumber } from "../format/numbers";
import { numberInWords } from "../format/numberWords";
import { typography } from "../format/typography";
import { FIELD_KIND_TITLES, type FieldSpec } from "./fields";
import type { TagFormat } from "./modifiers";

export type TemplateScalar = string | number | boolean | CalendarDate | PersonName;
export type TemplateValue = TemplateScalar | readonly TemplateData[] | null | undefined;
export interface TemplateData {
  readonly [field: string]: TemplateValue;
}

/** A value that cannot be printed; the message is a Russian phrase about the tag. */
export class ValueProblem extends Error {
  override readonly name = "ValueProblem";
}

/**
 * The value of `name` as docxtemplater finds it: the innermost scope where it is neither `null` nor
 * `undefined` wins (so an element of a list sees the outer fields too).
 */
export function lookup(scopes: readonly TemplateData[], name: string): TemplateValue {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const value = ownValue(scopes[i], name);
    if (value !== null && value !== undefined) return value;
  }
  return undefined;
}

/** `scope[name]` for own properties only (a field named «constructor» must not find a function). */
export function ownValue(scope: unknown, name: string): TemplateValue {
  // Not Object.hasOwn: the Apps Script bundle keeps to ES2019 built-ins.
  if (typeof scope !== "object" || scope === null || !Object.getOwnPropertyDescriptor(scope, name)) {
    return undefined;
  }
  return (scope as TemplateData)[name];
}

/** Absent for a value tag: nothing, an empty or blank string, or not-a-number. */
export function isMissing(value: TemplateValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (typeof value === "number") return Number.isNaN(value);
  return false;
}

/** What a section does with a value: hide, show once, or repeat for each element. */
export type SectionValue = "hidden" | "once" | readonly TemplateData[];

/** A zero is a value (shown); an empty list, `false` or a blank string hide the section. */
export function sectionValue(value: TemplateValue): SectionValue {
  if (Array.isArray(value)) return value.length === 0 ? "hidden" : value;
  if (value === false || isMissing(value)) return "hidden";
  return "once";
}

function describe(value: unknown): string {
  if (typeof value === "string") return `текст «${value.length > 40 ? `${value.slice(0, 40)}…` : value}»`;
  if (typeof value === "number") return `число ${value}`;
  if (typeof value === "boolean") return value ? "«да»" : "«нет»";
  if (Array.isArray(value)) return "список";
  if (isCalendarDate(value)) return `дата ${formatDateNumeric(value)}`;
  if (isPersonName(value)) return "ФИО";
  if (isDate(value)) return "объект Date (нужна дата вида {year, month, day})";
  return "значение непонятного вида";
}

function matchesKind(value: TemplateValue, spec: FieldSpec): boolean {
  switch (spec.kind) {
    case "text":
      return typeof value === "string" || typeof value === "number";
    case "number":
      return typeof value === "number";
    case "date":
      return isCalendarDate(value);
    case "person":
      return isPersonName(value);
    case "position":
      return typeof value === "string";
    case "flag":
      return typeof value === "boolean";
    case "list":
      return Array.isArray(value);
  }
}

/** Throws `ValueProblem` when a value does not fit its declared field. */
export function checkKind(value: TemplateValue, spec: FieldSpec): void {
  if (!matchesKind(value, spec)) {
    throw new ValueProblem(`ожидается ${FIELD_KIND_TITLES[spec.kind]}, а передано: ${describe(value)}`);
  }
}

function noModifiers(format: TagFormat): boolean {
  return Object.keys(format).length === 0;
}

function formatDate(date: CalendarDate, format: TagFormat): string {
  switch (format.dateFormat ?? "numeric") {
    case "numeric":
      return formatDateNumeric(date);
    case "quoted":
      return formatDateQuoted(date);
    case "long":
      return formatDateLong(date);
    case "monthYear":
      return formatMonthYear(date);
    case "year":
      return String(date.year);
  }
}

/** A position in the case and with the first letter asked for. */
function formatPosition(text: string, format: TagFormat): string {
  const declined = declinePosition(text, format.grammaticalCase ?? "им");
  if (format.letterCase === "upper") return declined.charAt(0).toLocaleUpperCase("ru") + declined.slice(1);
  if (format.letterCase === "lower") return declined.charAt(0).toLocaleLowerCase("ru") + declined.slice(1);
  return declined;
}

/**
 * A present value as text, by its own type: ФИО declined, a date and a number written the Russian way
 * (these two with non-breaking spaces, see `typography`), `true`/`false` as «да»/«нет», a string exactly
 * as given (a position declined by its case modifier). Throws `ValueProblem` when the modifiers do not fit the value.
 */
export function formatValue(value: TemplateScalar, format: TagFormat): string {
  const text = formatPlain(value, format);
  return isCalendarDate(value) || isPersonName(value) ? typography(text) : text;
}

function formatPlain(value: TemplateScalar, format: TagFormat): string {
  const misfit = (): ValueProblem =>
    new ValueProblem(`модификаторы не подходят к значению (${describe(value)})`);
  if (typeof value === "string") {
    if (format.personForm || format.dateFormat || format.inWords) throw misfit();
    return format.grammaticalCase || format.letterCase ? formatPosition(value, format) : value;
  }
  if (typeof value === "number") {
    if (format.grammaticalCase || format.personForm || format.dateFormat || format.letterCase) throw misfit();
    if (!Number.isFinite(value)) throw new ValueProblem(`не число: ${value}`);
    return format.inWords ? numberInWords(value) : formatNumber(value);
  }
  if (typeof value === "boolean") {
    if (!noModifiers(format)) throw misfit();
    return value ? "да" : "нет";
  }
  if (isCalendarDate(value)) {
    if (format.grammaticalCase || format.personForm || format.inWords || format.letterCase) throw misfit();
    return formatDate(value, format);
  }
  if (isPersonName(value)) {
    if (format.dateFormat || format.inWords || format.letterCase) throw misfit();
    return formatPerson(value, format.grammaticalCase ?? "им", format.personForm ?? "full");
  }
  throw new ValueProblem(`это ${describe(value)}, его нельзя вставить как текст`);
}
