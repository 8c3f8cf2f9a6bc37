import { FORM_KEYS } from "../../core/intake/formSettings";
import { readFormsRegistry } from "../../core/intake/registry";
import { appendLog } from "../../core/log";
import type { Context, WorkbookPort } from "../../core/ports";
import type { SheetClock } from "../sheetClock";
import { scheduleOnce } from "../triggers";
import { importFormResponses } from "./importAll";
import { responseSheetsOf } from "./responseSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SubmitEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;
type Properties = GoogleAppsScript.Properties.Properties;

/** The global function (exported from main.ts) of the one-off trigger that lands deferred answers. */
export const CATCH_UP_HANDLER = "catchUpResponses";
export const CATCH_UP_ACTION = "Отложенные ответы";
const CATCH_UP_AFTER_MS = 60_000;
const PENDING_PREFIX = "nastavnik.responses.pending.";

/**
 * A submission that could not get the document lock is recorded in the document's properties, one key
 * per response. Properties need no lock, a key is written atomically (no read-modify-write for two
 * submissions to race on), and they outlive the execution; a hidden sheet would need the very lock that
 * is taken. The answer itself is already in the response sheet, so the key only says where to look.
 */
function pendingKey(event: SubmitEvent): string {
  const range = event.range;
  const sheet = range?.getSheet();
  return `${PENDING_PREFIX}${sheet ? sheet.getSheetId() : "unknown"}.${range ? range.getRow() : Date.now()}`;
}

function pendingKeys(properties: Properties): string[] {
  return properties.getKeys().filter((key) => key.startsWith(PENDING_PREFIX));
}

/** The response sheet a pending key points to (its sheet ID), if the key names one. */
function sheetIdOf(key: string): number | undefined {
  const id = Number(key.slice(PENDING_PREFIX.length).split(".")[0]);
  return Number.isInteger(id) ? id : undefined;
}

export function scheduleCatchUp(): void {
  scheduleOnce(CATCH_UP_HANDLER, CATCH_UP_AFTER_MS);
}

/**
 * Records an answer that arrived while another action held the spreadsheet, and makes sure one catch-up
 * is scheduled. The key is written before the triggers are looked at, and a catch-up deletes its
 * trigger before it reads the keys, so a key is always seen by a catch-up that is still to come.
 */
export function deferResponse(event: SubmitEvent): void {
  const range = event.range;
  PropertiesService.getDocumentProperties().setProperty(
    pendingKey(event),
    JSON.stringify({ sheet: range?.getSheet().getName() ?? "", row: range?.getRow() ?? 0 }),
  );
  scheduleCatchUp();
}

/**
 * Under the lock: imports every form that has deferred answers from its response sheet (idempotently, so
 * an answer that landed meanwhile changes nothing) and forgets those answers. Returns how many there were.
 */
export function importPending(
  spreadsheet: Spreadsheet,
  port: WorkbookPort,
  context: Context,
  clock: SheetClock,
): number {
  const properties = PropertiesService.getDocumentProperties();
  const keys = pendingKeys(properties);
  if (keys.length === 0) return 0;
  const sheetIds = new Set(keys.map(sheetIdOf));
  const registry = readFormsRegistry(port, context);
  const lines: string[] = [];
  const found = new Set<number | undefined>();
  for (const key of FORM_KEYS) {
    const form = registry[key];
    if (!form) continue;
    const sheets = responseSheetsOf(spreadsheet, form).filter((sheet) => sheetIds.has(sheet.getSheetId()));
    if (sheets.length === 0) continue;
    for (const sheet of sheets) found.add(sheet.getSheetId());
    lines.push(importFormResponses(spreadsheet, port, context, clock, key, form).line);
  }
  const lost = keys.filter((key) => !found.has(sheetIdOf(key))).length;
  if (lost > 0)
    lines.push(`ответов, чья форма не узнана: ${lost} — проверьте «Настройки» и выберите «Перенести ответы»`);
  for (const key of keys) properties.deleteProperty(key);
  appendLog(
    port,
    context,
    CATCH_UP_ACTION,
    `Перенесены ответы, пришедшие, пока таблица была занята (${keys.length}): ${lines.join("; ")}`,
  );
  return keys.length;
}

/** Whether answers still wait (recorded after a catch-up read the keys). */
export function hasPending(): boolean {
  return pendingKeys(PropertiesService.getDocumentProperties()).length > 0;
}
