import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { Grid } from "../../src/core/cell";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";

const run = promisify(execFile);
const CLI = join(__dirname, "../../build/cli.cjs");

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI in a child process, as a coordinator would. */
export async function nastavnik(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A fresh folder with a workbook made by `nastavnik init`. */
export async function initWorkbook(prefix = "nastavnik-"): Promise<{ dir: string; book: string }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const book = join(dir, "школа.xlsx");
  const result = await nastavnik("init", book);
  if (result.code !== 0) throw new Error(`init failed: ${result.stderr}`);
  return { dir, book };
}

export async function readSheet(book: string, sheet: string): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(book);
  return new XlsxPort(workbook).readAll(sheet);
}
