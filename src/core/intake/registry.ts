import { type Cell, cellText } from "../cell";
import type { Context, WorkbookPort } from "../ports";
import type { QuestionnaireKey } from "../questionnaires/types";
import { readSettings } from "../schema/settings";
import { SETTINGS_SHEET } from "../schema/sheets";
import { mapColumns } from "../schema/table";
import { hasSheet, SetupNeededError } from "../sheets";
import { ANSWER_WITHOUT_ACCOUNT, FORM_KEYS, FORM_SETTINGS, idSpec, urlSpec } from "./formSettings";

/** A created Google Form: its ID (to open it again) and the link respondents are sent. */
export interface RegisteredForm {
  readonly id: string;
  readonly url: string;
}

export type FormsRegistry = Partial<Record<QuestionnaireKey, RegisteredForm>>;

/** The forms recorded in «Настройки»; a form without an ID is not registered. */
export function readFormsRegistry(port: WorkbookPort, context: Context): FormsRegistry {
  if (!hasSheet(port, SETTINGS_SHEET.name)) return {};
  const rows = port.readAll(SETTINGS_SHEET.name).slice(1);
  const { values } = readSettings(rows, context.now, FORM_SETTINGS);
  const registry: FormsRegistry = {};
  for (const key of FORM_KEYS) {
    const id = String(values[idSpec(key).key] ?? "").trim();
    const url = String(values[urlSpec(key).key] ?? "").trim();
    if (id) registry[key] = { id, url };
  }
  return registry;
}

/**
 * Records forms in «Настройки»: changed values in one write of the «Значение» column's span, and rows
 * the sheet lacks (setup not rerun since these settings appeared) in one append. Writes nothing if
 * everything is recorded already.
 */
export function recordForms(port: WorkbookPort, forms: FormsRegistry): void {
  if (!hasSheet(port, SETTINGS_SHEET.name)) throw new SetupNeededError("Нет листа «Настройки».");
  const grid = port.readAll(SETTINGS_SHEET.name);
  const header = grid[0] ?? [];
  const map = mapColumns(SETTINGS_SHEET, header);
  const labelColumn = map.get("label");
  const valueColumn = map.get("value");
  if (labelColumn === undefined || valueColumn === undefined)
    throw new Error(
      "На листе «Настройки» нет столбцов «Параметр» и «Значение». Выполните настройку таблицы.",
    );
  const hintColumn = map.get("hint");
  const width = Math.max(header.length, labelColumn + 1, valueColumn + 1, (hintColumn ?? 0) + 1);
  const column: Cell[] = grid.map((row) => row[valueColumn] ?? "");
  const changedRows: number[] = [];
  const missing: Cell[][] = [];
  for (const key of FORM_KEYS) {
    const form = forms[key];
    if (!form) continue;
    for (const [spec, value] of [
      [idSpec(key), form.id],
      [urlSpec(key), form.url],
    ] as const) {
      const row = grid.findIndex((cells, index) => index > 0 && cellText(cells[labelColumn]) === spec.label);
      if (row < 0) {
        const cells: Cell[] = Array.from({ length: width }, () => "");
        cells[labelColumn] = spec.label;
        cells[valueColumn] = value;
        if (hintColumn !== undefined) cells[hintColumn] = spec.hint;
        missing.push(cells);
      } else if (cellText(column[row]) !== value) {
        column[row] = value;
        changedRows.push(row);
      }
    }
  }
  if (changedRows.length > 0) {
    const first = Math.min(...changedRows);
    const last = Math.max(...changedRows);
    port.write(
      SETTINGS_SHEET.name,
      first,
      valueColumn,
      column.slice(first, last + 1).map((value) => [value]),
    );
  }
  if (missing.length > 0) port.appendRows(SETTINGS_SHEET.name, missing);
}

/** «Анкеты: отвечать без входа в Google»: «да» (any case, also «yes») allows it; anything else does not. */
export function readAnswerWithoutAccount(port: WorkbookPort, context: Context): boolean {
  if (!hasSheet(port, SETTINGS_SHEET.name)) return false;
  const rows = port.readAll(SETTINGS_SHEET.name).slice(1);
  const { values } = readSettings(rows, context.now, [ANSWER_WITHOUT_ACCOUNT]);
  return /^(да|yes|true|истина)$/i.test(String(values[ANSWER_WITHOUT_ACCOUNT.key] ?? "").trim());
}
