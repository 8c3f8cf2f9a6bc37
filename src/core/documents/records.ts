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

/** The cell with one more line for a new document. */
export function withCellRecord(
  cell: Cell | undefined,
  kind: DocumentKindSpec,
  day: CalendarDate,
  link: string,
): string {
  const line = `${kind.label} (${formatDateNumeric(day)}): ${link}`;
  const before = cellText(cell);
  return before === "" ? line : `${before}\n${line}`;
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
