import { appendLog } from "../core/log";
import { SetupNeededError } from "../core/sheets";
import { currentContext } from "./context";
import { SheetsPort } from "./sheetsPort";

const LOCK_WAIT_MS = 30_000;
export const MENU_TITLE = "Наставничество";
const SETUP_HINT = `Выполните «${MENU_TITLE} → Настроить таблицу».`;

/** An error's message for the coordinator; a missing sheet or column gets the menu item that restores it. */
export function messageOf(error: unknown): string {
  if (error instanceof SetupNeededError) return `${error.message} ${SETUP_HINT}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a menu action under the document lock, so that two coordinators (or a form trigger)
 * never write the same sheets at once, and turns any failure into a Russian alert.
 */
export function runMenuAction(action: () => string): void {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    SpreadsheetApp.getUi().alert(
      `${MENU_TITLE}: таблица сейчас занята другим действием. Повторите через минуту.`,
    );
    return;
  }
  try {
    const message = action();
    SpreadsheetApp.getActiveSpreadsheet().toast(message, MENU_TITLE, 10);
  } catch (error) {
    SpreadsheetApp.getUi().alert(
      `${MENU_TITLE}: ошибка`,
      messageOf(error),
      SpreadsheetApp.getUi().ButtonSet.OK,
    );
  } finally {
    lock.releaseLock();
  }
}

/**
 * Runs a long menu action that takes the document lock itself, piece by piece (document generation),
 * and turns its outcome into a toast or a Russian alert — as `runMenuAction`, without holding the lock.
 */
export function runMenuTask(action: (progress: (message: string) => void) => string): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const message = action((progress) => spreadsheet.toast(progress, MENU_TITLE, 10));
    spreadsheet.toast(message, MENU_TITLE, 10);
  } catch (error) {
    SpreadsheetApp.getUi().alert(
      `${MENU_TITLE}: ошибка`,
      messageOf(error),
      SpreadsheetApp.getUi().ButtonSet.OK,
    );
  }
}

/** Writes a failure of a trigger's own work to «Журнал» under the lock, taken only for that line. */
export function logTriggerFailure(title: string, error: unknown, hint?: string): void {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return;
  try {
    appendLog(
      new SheetsPort(SpreadsheetApp.getActiveSpreadsheet()),
      currentContext(),
      title,
      `Ошибка: ${messageOf(error)}${hint ? ` — ${hint}` : ""}`,
    );
  } finally {
    lock.releaseLock();
  }
}

export interface TriggerOptions {
  /** Instead of failing when another action holds the lock (e.g. to try again later). */
  readonly onBusy?: () => void;
  /** Added to the line a failure writes to «Журнал»: what the coordinator should do. */
  readonly failureHint?: string;
}

/**
 * Runs a trigger's action under the document lock. There is nobody to alert in a trigger, so a
 * failure is written to «Журнал» (and the execution log) instead.
 */
export function runTriggerAction(title: string, action: () => string, options: TriggerOptions = {}): void {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    if (options.onBusy) {
      options.onBusy();
      return;
    }
    throw new Error(`${title}: таблица занята другим действием`);
  }
  try {
    action();
  } catch (error) {
    const context = currentContext();
    const hint = options.failureHint ? ` — ${options.failureHint}` : "";
    appendLog(
      new SheetsPort(SpreadsheetApp.getActiveSpreadsheet()),
      context,
      title,
      `Ошибка: ${messageOf(error)}${hint}`,
    );
    throw error;
  } finally {
    lock.releaseLock();
  }
}
