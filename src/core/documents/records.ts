/**
 * How a made document is recorded, and how a later run recognises it (the resumability rule):
 * - in «Документы» of «Пары» (documents about pairs: order 2, programmes, mentors' agreements) one line
 *   per document, «Программа наставничества (21.11.2026): <link>»; a row whose cell has a line starting
 *   with the kind's label already has that document;
 * - in «Журнал» every document, action «Документ», result «<label> [<key>]: <file name> — <link>», where
 *   the key is what it covers: the school year for orders 1, 6, 7, the person's ID for consents to data
 *   processing (those two scopes are recognised from the log), the pair or mentor otherwise.
 */
import { type Cell, cellText } from "../cell";
import { type CalendarDate, formatDateNumeric, parseRussianDate } from "../format/dates";
import type { OrderInfo } from "./data";
import type { DocumentKindSpec } from "./kinds";
import type { LogEntry } from "./snapshot";

export const DOCUMENT_ACTION = "Документ";
export const GENERATE_ACTION = "Формирование документов";

function safeKey(key: string): string {
  return key.replace(/[[\]]/g, "");
}

export function logRecord(kind: DocumentKindSpec, key: string, fileName: string, link: string): string {
  return `${kind.label} [${safeKey(key)}]: ${fileName} — ${link}`;
}

/** Whether «Журнал» records a document of this kind for this key. */
export function loggedBefore(log: readonly LogEntry[], kind: DocumentKindSpec, key: string): boolean {
  const prefix = `${kind.label} [${safeKey(key)}]:`;
  return log.some((entry) => entry.action === DOCUMENT_ACTION && entry.result.startsWith(prefix));
}

/** A made document as «Журнал» records it. */
export interface LoggedDocument {
  readonly fileName: string;
  readonly link: string;
}

/**
 * The documents «Журнал» records for this kind and key, oldest first. File names and offline links
 * both may hold « — »: the split is where the link ends with the file name (a path), else the last one.
 */
export function loggedDocuments(
  log: readonly LogEntry[],
  kind: DocumentKindSpec,
  key?: string,
): LoggedDocument[] {
  const prefix = key === undefined ? `${kind.label} [` : `${kind.label} [${safeKey(key)}]:`;
  const found: LoggedDocument[] = [];
  for (const entry of log) {
    if (entry.action !== DOCUMENT_ACTION || !entry.result.startsWith(prefix)) continue;
    const rest = entry.result.slice(entry.result.indexOf("]:", kind.label.length) + 2).trim();
    // indexOf in a loop, not matchAll/.at: the Apps Script bundle keeps to ES2019 built-ins.
    const splits: number[] = [];
    for (let index = rest.indexOf(" — "); index >= 0; index = rest.indexOf(" — ", index + 1))
      splits.push(index);
    const at =
      splits.find((index) => {
        const link = rest.slice(index + 3).replace(/\.[A-Za-z0-9]{1,5}$/, ""); // «.docx»
        return link.endsWith(rest.slice(0, index));
      }) ?? splits[splits.length - 1];
    if (at !== undefined) found.push({ fileName: rest.slice(0, at), link: rest.slice(at + 3) });
  }
  return found;
}

/** The cell with one more line for a new document, without the lines of the links it replaces. */
export function withCellRecord(
  cell: Cell | undefined,
  kind: DocumentKindSpec,
  day: CalendarDate,
  link: string,
  replaces: readonly string[] = [],
): string {
  const line = `${kind.label} (${formatDateNumeric(day)}): ${link}`;
  const kept = cellText(cell)
    .split("\n")
    .filter((old) => old.trim() !== "" && !replaces.some((gone) => isRecordOf(old, kind, gone)));
  return [...kept, line].join("\n");
}

function isRecordOf(line: string, kind: DocumentKindSpec, link: string): boolean {
  return line.trim().startsWith(kind.label) && line.trim().endsWith(`): ${link}`);
}

/** The links of the kind's documents a «Документы» cell records. */
export function cellRecordLinks(cell: Cell | undefined, kind: DocumentKindSpec): string[] {
  return cellText(cell)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith(kind.label) && line.includes("): "))
    .map((line) => line.slice(line.indexOf("): ") + 3));
}

export function hasCellRecord(cell: Cell | undefined, kind: DocumentKindSpec): boolean {
  return cellText(cell)
    .split("\n")
    .some((line) => line.trim().startsWith(kind.label));
}

const ORDER_IN_RECORD = /\]: Приказ № (.+?) от (\d{2}\.\d{2}\.\d{4})/;

/**
 * The number and date of the order of this kind for this key that «Журнал» records last (what a
 * re-issue keeps, what the Положение cites), or null.
 */
export function loggedOrder(log: readonly LogEntry[], kind: DocumentKindSpec, key: string): OrderInfo | null {
  const prefix = `${kind.label} [${safeKey(key)}]:`;
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i]!;
    if (entry.action !== DOCUMENT_ACTION || !entry.result.startsWith(prefix)) continue;
    const match = ORDER_IN_RECORD.exec(entry.result);
    const date = match?.[2] ? parseRussianDate(match[2]) : null;
    if (match?.[1] && date !== null) return { number: match[1], date };
  }
  return null;
}

/** Dates of every order of this kind «Журнал» records. */
export function loggedOrderDates(log: readonly LogEntry[], kind: DocumentKindSpec): CalendarDate[] {
  const prefix = `${kind.label} [`;
  const dates: CalendarDate[] = [];
  for (const entry of log) {
    if (entry.action !== DOCUMENT_ACTION || !entry.result.startsWith(prefix)) continue;
    const match = ORDER_IN_RECORD.exec(entry.result);
    const date = match?.[2] ? parseRussianDate(match[2]) : null;
    if (date !== null) dates.push(date);
  }
  return dates;
}

/** Order numbers already given to orders recorded in «Журнал», so that none is given twice. */
export function usedOrderNumbers(log: readonly LogEntry[]): Set<string> {
  const used = new Set<string>();
  for (const entry of log) {
    if (entry.action !== DOCUMENT_ACTION) continue;
    const match = ORDER_IN_RECORD.exec(entry.result);
    if (match?.[1]) used.add(match[1]);
  }
  return used;
}
