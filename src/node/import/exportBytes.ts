/**
 * Parsing a responses export from its bytes, without the file system: the CLI reads the file first, the
 * offline page gets the bytes from the file the coordinator picked.
 */
import ExcelJS from "exceljs";
import type { Cell, Grid } from "../../core/cell";
import { parseCsv } from "../../core/questionnaires/csv";
import { QuestionnaireError } from "../../core/questionnaires/errors";
import { UserError } from "../command";
import { fromExcel } from "../xlsx/cells";

/** A responses export as a table: its first row and the rows below it. */
export interface ExportTable {
  readonly header: Cell[];
  readonly rows: Grid;
}

/** The lower-case extension with its dot: «.csv». */
export function extensionOf(name: string): string {
  const match = /\.[^./\\]+$/.exec(name);
  return match ? match[0].toLowerCase() : "";
}

/** UTF-8 text with or without a byte-order mark (parseCsv drops it); other encodings are refused. */
function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(
      `Файл «${path}» не в кодировке UTF-8. Скачайте ответы из Google Форм заново («Ответы» → «Скачать ответы (.csv)») или сохраните CSV в UTF-8.`,
    );
  }
}

async function readXlsx(bytes: Uint8Array, path: string): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UserError(
      `Не удалось прочитать «${path}» как книгу Excel (.xlsx): ${(error as Error).message}`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: Grid = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= width; column++) {
      // A response time is wall-clock time in the organisation's zone: `fromExcel` reads it as local time.
      cells.push(fromExcel(row.getCell(column).value));
    }
    grid[number - 1] = cells;
  });
  return Array.from(grid, (row) => row ?? []);
}

/** A Google Forms or Яндекс Формы export named `name`: CSV (UTF-8, with or without BOM) or .xlsx (its first sheet). */
export async function exportTableFromBytes(bytes: Uint8Array, name: string): Promise<ExportTable> {
  const extension = extensionOf(name);
  if (extension !== ".csv" && extension !== ".xlsx")
    throw new UserError(`Ожидается выгрузка ответов в формате .csv или .xlsx, указан «${name}».`);
  let grid: Grid;
  try {
    grid = extension === ".csv" ? parseCsv(decodeUtf8(bytes, name)) : await readXlsx(bytes, name);
  } catch (error) {
    if (error instanceof QuestionnaireError) throw new UserError(`«${name}»: ${error.message}`);
    throw error;
  }
  const [header = [], ...rows] = grid;
  return { header, rows };
}
