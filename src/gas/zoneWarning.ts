import { runtimeZone } from "./sheetClock";

/**
 * «Настроить таблицу» says when the spreadsheet's time zone differs from the script's (the manifest's):
 * dates are read and written on the spreadsheet's wall clock either way, but the times Apps Script itself
 * shows (execution log, trigger schedules) follow the script's zone.
 */
export function zoneWarning(spreadsheetZone: string): string | undefined {
  // The zone the script's Dates follow: the manifest's in Apps Script (npm run smoke confirms it).
  const scriptZone = runtimeZone() || Session.getScriptTimeZone();
  if (spreadsheetZone === scriptZone) return undefined;
  return `Внимание: часовой пояс таблицы (${spreadsheetZone}) отличается от пояса скрипта (${scriptZone}). Даты Наставник читает и записывает по поясу таблицы; чтобы совпадало и время в журнале выполнения Apps Script, укажите ${spreadsheetZone} в настройках проекта Apps Script`;
}
