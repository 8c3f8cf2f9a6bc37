import type { Cell } from "../cell";
import { cellText } from "../cell";
import type { WorkbookPort } from "../ports";
import { SETTINGS, type SettingSpec } from "../schema/settings";
import { SETTINGS_SHEET } from "../schema/sheets";
import { mapColumns } from "../schema/table";

/**
 * Sets parameters of «Настройки» by their labels, writing the whole «Значение» column back in one
 * block; labels that are not in the sheet are an error (run setup first).
 */
export function updateSettings(
  port: WorkbookPort,
  values: Readonly<Record<string, string | number>>,
  specs: readonly SettingSpec[] = SETTINGS,
): void {
  const grid = port.readAll(SETTINGS_SHEET.name);
  const map = mapColumns(SETTINGS_SHEET, grid[0] ?? []);
  const labelColumn = map.get("label");
  const valueColumn = map.get("value");
  if (labelColumn === undefined || valueColumn === undefined)
    throw new Error(
      "На листе «Настройки» нет столбцов «Параметр» и «Значение». Выполните настройку таблицы.",
    );
  const column: Cell[][] = grid.map((row) => [row[valueColumn] ?? ""]);
  for (const [key, value] of Object.entries(values)) {
    const spec = specs.find((candidate) => candidate.key === key);
    if (!spec) throw new Error(`Unknown setting: ${key}`);
    const row = grid.findIndex((cells, index) => index > 0 && cellText(cells[labelColumn]) === spec.label);
    if (row < 0)
      throw new Error(`На листе «Настройки» нет параметра «${spec.label}». Выполните настройку таблицы.`);
    column[row] = [value];
  }
  port.write(SETTINGS_SHEET.name, 1, valueColumn, column.slice(1));
}
