import { highlightsFor } from "../highlights/highlightRules";
import { appendLog } from "../log";
import type { Context, SheetLayout, WorkbookPort } from "../ports";
import type { SheetSchema } from "../schema/columns";
import { LOG, WORKBOOK } from "../schema/sheets";
import { locateSheets } from "./locateSheets";
import { planSheetRepair } from "./planSheetRepair";

export interface SetupReport {
  readonly created: string[];
  readonly renamed: { readonly from: string; readonly to: string }[];
  readonly restoredColumns: { readonly sheet: string; readonly headers: string[] }[];
  readonly filled: { readonly sheet: string; readonly rows: number }[];
  readonly changed: boolean;
  /** One Russian sentence for the toast and the log. */
  readonly summary: string;
}

export const SETUP_ACTION = "Настройка таблицы";

function quoteList(items: readonly string[]): string {
  return items.map((item) => `«${item}»`).join(", ");
}

function summarize(report: Omit<SetupReport, "summary" | "changed">): string {
  const parts: string[] = [];
  if (report.created.length) parts.push(`созданы листы ${quoteList(report.created)}`);
  for (const { from, to } of report.renamed) parts.push(`лист «${from}» снова называется «${to}»`);
  for (const { sheet, headers } of report.restoredColumns)
    parts.push(`на листе «${sheet}» восстановлены столбцы ${quoteList(headers)}`);
  for (const { sheet, rows } of report.filled)
    if (!report.created.includes(sheet)) parts.push(`на лист «${sheet}» добавлено строк: ${rows}`);
  if (parts.length === 0) return "Таблица уже настроена, изменений нет";
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The layout with the sheet's conditional formatting at the columns' actual places. */
function withHighlights(schema: SheetSchema, layout: SheetLayout, today: Date): SheetLayout {
  const positions = new Map(layout.columns.map((column) => [column.key, column.index]));
  const highlights = highlightsFor(
    schema,
    { frozenRows: layout.frozenRows, headerWidth: layout.headerWidth, positions },
    today,
  );
  return highlights ? { ...layout, highlights } : layout;
}

/**
 * Creates or repairs every sheet of the mentoring workbook. Running it again on its own result
 * changes nothing, and it never deletes, moves or overwrites what a coordinator has entered.
 */
export function setupWorkbook(
  port: WorkbookPort,
  context: Context,
  schemas: readonly SheetSchema[] = WORKBOOK,
): SetupReport {
  const placements = locateSheets(schemas, port.sheetNames(), (sheet) => port.readHeader(sheet));
  const created: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const restoredColumns: { sheet: string; headers: string[] }[] = [];
  const filled: { sheet: string; rows: number }[] = [];

  placements.forEach((placement, position) => {
    const name = placement.schema.name;
    const fresh = placement.existing === undefined;
    if (fresh) {
      port.createSheet(name, position);
      created.push(name);
    } else if (placement.rename && placement.existing !== undefined) {
      port.renameSheet(placement.existing, name);
      renamed.push({ from: placement.existing, to: name });
    }
    const grid = fresh ? [] : port.readAll(name);
    const repair = planSheetRepair(placement.schema, grid, fresh, { today: context.now });
    if (repair.header) port.write(name, 0, repair.header.column, [repair.header.values]);
    if (repair.rows) port.write(name, repair.rows.row, 0, repair.rows.values);
    port.applyLayout(name, withHighlights(placement.schema, repair.layout, context.now));
    if (repair.restoredColumns.length) restoredColumns.push({ sheet: name, headers: repair.restoredColumns });
    if (repair.addedRows) filled.push({ sheet: name, rows: repair.addedRows });
  });

  const parts = { created, renamed, restoredColumns, filled };
  const changed = created.length + renamed.length + restoredColumns.length + filled.length > 0;
  const summary = summarize(parts);
  if (changed && schemas.includes(LOG)) appendLog(port, context, SETUP_ACTION, summary);
  return { ...parts, changed, summary };
}
