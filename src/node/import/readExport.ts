import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import type { Cell, Grid } from "../../core/cell";
import { parseCsv } from "../../core/questionnaires/csv";
import { decodeText } from "../../core/questionnaires/decode";
import { QuestionnaireError } from "../../core/questionnaires/errors";
import { UserError } from "../command";
import { fromExcel } from "../xlsx/cells";

/** A responses export as a table: its first row and the rows below it. */
export interface ExportTable {
  readonly header: Cell[];
  readonly rows: Grid;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === "ENOENT"
        ? `Файл «${path}» не найден.`
        : `Не удалось прочитать «${path}»: ${(error as Error).message}`,
    );
  }
}

async function readXlsx(bytes: Buffer, path: string): Promise<Grid> {
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

/** Delimited text: Google's CSV, Russian Excel's CSV, Excel's «Текст Юникод» (.txt), a tab-separated file. */
const TEXT_EXTENSIONS = new Set([".csv", ".txt", ".tsv"]);

/**
 * Reads a form export (Google Forms, Яндекс Формы, Excel): .xlsx (its first sheet), or delimited text in
 * any encoding and with any delimiter `decodeText` and `parseCsv` recognise.
 */
export async function readExportFile(path: string): Promise<ExportTable> {
  const extension = extname(path).toLowerCase();
  if (!TEXT_EXTENSIONS.has(extension) && extension !== ".xlsx")
    throw new UserError(
      `Ожидается выгрузка ответов в формате .csv, .txt или .xlsx, указан «${path}». Сохраните таблицу ответов в одном из этих форматов.`,
    );
  const bytes = await readBytes(path);
  let grid: Grid;
  try {
    grid = TEXT_EXTENSIONS.has(extension) ? parseCsv(decodeText(bytes).text) : await readXlsx(bytes, path);
  } catch (error) {
    if (error instanceof QuestionnaireError) throw new UserError(`«${path}»: ${error.message}`);
    throw error;
  }
  const [header = [], ...rows] = grid;
  return { header, rows };
}
