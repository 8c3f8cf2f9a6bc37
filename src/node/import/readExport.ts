import { readFile } from "node:fs/promises";
import type { Cell, Grid } from "../../core/cell";
import { parseCsv } from "../../core/questionnaires/csv";
import { decodeText } from "../../core/questionnaires/decode";
import { QuestionnaireError } from "../../core/questionnaires/errors";
import { UserError } from "../command";
import { fileKindProblem, sniffFile } from "../files/fileKind";
import { describeFsError } from "../fsErrors";
import { fromExcel } from "../xlsx/cells";
import { loadXlsx } from "../xlsx/xlsxFile";

/** A responses export as a table: its first row and the rows below it. */
export interface ExportTable {
  readonly header: Cell[];
  readonly rows: Grid;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new UserError(describeFsError(error, path) ?? `Не удалось прочитать «${path}».`);
  }
}

async function readXlsx(bytes: Uint8Array, path: string): Promise<Grid> {
  const workbook = await loadXlsx(bytes, path, "export");
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

/**
 * Whether the export is read as CSV text. What the file really is decides, not its name: an .xlsx
 * renamed to .csv is read as a book; an .xls, .ods, PDF… is refused with a sentence naming it.
 */
function readsAsText(bytes: Uint8Array, path: string): boolean {
  const kind = sniffFile(bytes);
  if (kind.kind === "xlsx") return false;
  if (kind.kind === "text") return true;
  throw new UserError(fileKindProblem(kind, path, "export") ?? `Файл «${path}» не читается.`);
}

/**
 * Reads a form export (Google Forms, Яндекс Формы, Excel): .xlsx (its first sheet), or delimited text —
 * .csv, .txt, .tsv — in any encoding and with any delimiter `decodeText` and `parseCsv` recognise
 * (Russian Excel's Windows-1251 with «;», «Текст Юникод» in UTF-16 with tabs).
 */
export async function readExportFile(path: string): Promise<ExportTable> {
  return exportTableFromBytes(await readBytes(path), path);
}

/** The same from bytes already read: the offline page gets them from the file the coordinator picked. */
export async function exportTableFromBytes(bytes: Uint8Array, path: string): Promise<ExportTable> {
  let grid: Grid;
  try {
    grid = readsAsText(bytes, path) ? parseCsv(decodeText(bytes).text) : await readXlsx(bytes, path);
  } catch (error) {
    if (error instanceof QuestionnaireError) throw new UserError(`«${path}»: ${error.message}`);
    throw error;
  }
  const [header = [], ...rows] = grid;
  return { header, rows };
}
