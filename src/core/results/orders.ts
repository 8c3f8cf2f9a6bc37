import { DOCUMENT_KINDS } from "../documents/kinds";
import { orderOfFileName } from "../documents/plan";
import { loggedDocuments } from "../documents/records";
import type { LogEntry } from "../documents/snapshot";
import { type CalendarDate, compareCalendarDates } from "../format/dates";

/** An order made by Nastavnik, as «Журнал» records it. */
export interface RecordedOrder {
  /** The order's subject: «О закреплении наставнических пар (групп)». */
  readonly subject: string;
  readonly number: string;
  readonly date: CalendarDate | null;
}

/**
 * The orders «Журнал» records, oldest first by date; an order made again under the same number (its file
 * replaced) is listed once. A record whose file name carries no number still names the kind.
 */
export function recordedOrders(log: readonly LogEntry[]): RecordedOrder[] {
  const orders = new Map<string, RecordedOrder>();
  for (const kind of Object.values(DOCUMENT_KINDS)) {
    if (!kind.order) continue;
    for (const document of loggedDocuments(log, kind)) {
      const info = orderOfFileName(document.fileName);
      const order = { subject: kind.subject, number: info?.number ?? "", date: info?.date ?? null };
      orders.set(`${kind.id}\n${order.number || document.fileName}`, order);
    }
  }
  return [...orders.values()].sort((a, b) =>
    a.date && b.date ? compareCalendarDates(a.date, b.date) : a.date ? -1 : b.date ? 1 : 0,
  );
}
