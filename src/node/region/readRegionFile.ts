import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { cellText, type Grid } from "../../core/cell";
import { calendarDateFromLocal } from "../../core/format/dates";
import { readSettingsFrom } from "../../core/pairing/proposePairs";
import type { Context } from "../../core/ports";
import {
  checkIndicatorRow,
  type IndicatorTableResult,
  readIndicatorsCsv,
  readIndicatorTable,
} from "../../core/region/readIndicators";
import { AVERAGES_LABEL, type RegionEntry, type RegionProblem, TOTALS_LABEL } from "../../core/region/rollup";
import { INDICATORS_SHEET, indicatorRow } from "../../core/results/indicators";
import { RESULTS_SETTINGS } from "../../core/results/settings";
import { summarize } from "../../core/results/summary";
import { SETTINGS_SHEET } from "../../core/schema/sheets";
import { type FileKind, sniffFile } from "../files/fileKind";
import { describeFsError } from "../fsErrors";
import { loadXlsx } from "../xlsx/xlsxFile";
import { XlsxPort } from "../xlsx/xlsxPort";
import { ROLLUP_SHEET } from "./regionWorkbook";

/** What one file gave the roll-up: checked rows, and why anything in it was left out. */
export interface RegionFileResult {
  readonly entries: RegionEntry[];
  readonly problems: RegionProblem[];
}

/** The files `nastavnik region` reads; others in the folder (documents, pictures) are not its business. */
export const REGION_EXTENSIONS = new Set([".csv", ".xlsx"]);
/** Table formats it cannot read, named in «Проблемы» instead of being passed over in silence. */
export const UNREADABLE_TABLES = new Set([".xls", ".ods", ".xlsb", ".xlsm"]);

const RESAVE = "откройте его в Excel или LibreOffice и сохраните как .xlsx или .csv";

/** Why a file named .xlsx cannot be read as one, short: the sheet «Проблемы» gives the file beside it. */
function kindReason(kind: FileKind): string {
  switch (kind.kind) {
    case "empty":
      return "файл пустой (0 байт) — попросите организацию прислать его заново";
    case "broken":
      return "файл повреждён или обрезан — попросите организацию прислать его заново";
    case "encrypted":
      return "книга защищена паролем — попросите организацию прислать её без пароля";
    case "xls":
      return `книга Excel 97–2003 (.xls): ${RESAVE}`;
    case "text":
      return "это текстовый файл, а не книга Excel: если это показатели CSV, дайте ему расширение .csv";
    default:
      return `это не книга Excel (.xlsx): ${RESAVE}`;
  }
}

function fromTable(file: string, table: IndicatorTableResult): RegionFileResult {
  if (!table.ok) return { entries: [], problems: [{ file, organisation: "", reason: table.reason }] };
  const result: RegionFileResult = { entries: [], problems: [] };
  for (const row of table.rows) {
    if (row.ok) result.entries.push({ file, record: row.record });
    else result.problems.push({ file, organisation: row.organisation, reason: row.reason });
  }
  return result;
}

/** A Nastavnik workbook: its indicators computed as `nastavnik report` would, and checked the same way. */
function fromWorkbook(file: string, port: XlsxPort, context: Context): RegionFileResult {
  try {
    const row = indicatorRow(
      summarize(port, context),
      readSettingsFrom(port, context).values,
      calendarDateFromLocal(context.now),
    );
    if (String(row[0] ?? "").trim() === "")
      return {
        entries: [],
        problems: [
          {
            file,
            organisation: String(row[1] ?? ""),
            reason: `в «Настройках» книги не заполнен параметр «${RESULTS_SETTINGS[0]!.label}» — без него организацию не с чем сопоставить`,
          },
        ],
      };
    return fromTable(file, { ok: true, rows: [checkIndicatorRow(row)] });
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError || !(error instanceof Error)) throw error;
    return {
      entries: [],
      problems: [
        {
          file,
          organisation: "",
          reason: `книга Наставника неполная: ${error.message.replace(/\.$/, "")} — попросите организацию прислать файл показателей (nastavnik report --indicators)`,
        },
      ],
    };
  }
}

async function fromXlsx(file: string, bytes: Uint8Array, context: Context): Promise<RegionFileResult> {
  const kind = sniffFile(bytes);
  const problem = (reason: string) => ({ entries: [], problems: [{ file, organisation: "", reason }] });
  if (kind.kind !== "xlsx") return problem(kindReason(kind));
  let port: XlsxPort;
  try {
    port = new XlsxPort(await loadXlsx(bytes, file, "export"));
  } catch {
    return problem("книга Excel повреждена: её части не читаются — попросите организацию прислать её заново");
  }
  const sheets = port.sheetNames();
  if (sheets.includes(INDICATORS_SHEET))
    return fromTable(file, readIndicatorTable(port.readAll(INDICATORS_SHEET)));
  if (sheets.includes(SETTINGS_SHEET.name)) return fromWorkbook(file, port, context);
  if (sheets.includes(ROLLUP_SHEET))
    return fromTable(file, readIndicatorTable(organisationRows(port.readAll(ROLLUP_SHEET))));
  return problem(
    `в книге нет ни листа «${INDICATORS_SHEET}», ни листа «${SETTINGS_SHEET.name}», ни «${ROLLUP_SHEET}»: это не файл показателей, не книга Наставника и не свод`,
  );
}

/**
 * A district's summary sent on to the region: its organisations' rows, without the totals and averages
 * (the «Файл» column after the layout is ignored like any column a newer layout adds).
 */
function organisationRows(grid: Grid): Grid {
  return grid.filter((row) => ![TOTALS_LABEL, AVERAGES_LABEL].includes(cellText(row[0])));
}

/**
 * Reads one file of the region's folder: `path` to open it, `file` (relative to the folder) to name it.
 * Whatever is wrong with it becomes a problem; only a program error is thrown.
 */
export async function readRegionFile(
  path: string,
  file: string,
  context: Context,
): Promise<RegionFileResult> {
  const extension = extname(path).toLowerCase();
  if (!REGION_EXTENSIONS.has(extension))
    return {
      entries: [],
      problems: [{ file, organisation: "", reason: `формат ${extension} не читается: ${RESAVE}` }],
    };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = describeFsError(error, file) ?? "файл не удалось прочитать";
    return { entries: [], problems: [{ file, organisation: "", reason }] };
  }
  if (extension === ".csv") {
    if (bytes.length === 0) return fromTable(file, { ok: false, reason: kindReason({ kind: "empty" }) });
    return fromTable(file, readIndicatorsCsv(bytes));
  }
  return fromXlsx(file, bytes, context);
}
