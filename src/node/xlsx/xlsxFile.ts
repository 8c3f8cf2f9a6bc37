import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UserError } from "../command";
import { XlsxPort } from "./xlsxPort";

/** Opens an existing .xlsx, or starts an empty workbook when the file does not exist yet. */
export async function openWorkbook(path: string, { mustExist }: { mustExist: boolean }): Promise<XlsxPort> {
  // Loaded on use: exceljs alone costs a fifth of a second, which `match-json` and `--help` need not pay.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  if (existsSync(path)) {
    try {
      await workbook.xlsx.readFile(path);
    } catch (error) {
      throw new UserError(
        `Не удалось прочитать «${path}» как книгу Excel (.xlsx): ${(error as Error).message}`,
      );
    }
  } else if (mustExist) {
    throw new UserError(`Файл «${path}» не найден. Создайте книгу командой «nastavnik init ${path}».`);
  }
  return new XlsxPort(workbook);
}

export const OPEN_ELSEWHERE =
  "Книга открыта в Excel или LibreOffice — закройте её и повторите; файл не изменён";

/** The lock files Excel (`~$книга.xlsx`) and LibreOffice (`.~lock.книга.xlsx#`) keep next to an open book. */
function lockFiles(path: string): string[] {
  const folder = dirname(path);
  const name = basename(path);
  return [join(folder, `~$${name}`), join(folder, `.~lock.${name}#`)];
}

/**
 * Saves through a temporary file in the same folder and a rename, so that a failure never leaves
 * a half-written workbook in place of the coordinator's file. A book open in Excel or LibreOffice is
 * not overwritten: the program would lose the coordinator's unsaved edits, or they would lose ours.
 */
export async function saveWorkbook(port: XlsxPort, path: string): Promise<void> {
  if (lockFiles(path).some((lock) => existsSync(lock))) throw new UserError(`«${path}»: ${OPEN_ELSEWHERE}.`);
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    await port.workbook.xlsx.writeFile(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    // Windows refuses to replace a file another program holds open.
    if (code === "EBUSY" || code === "EPERM") throw new UserError(`«${path}»: ${OPEN_ELSEWHERE}.`);
    throw new UserError(`Не удалось сохранить «${path}»: ${(error as Error).message}. Файл не изменён.`);
  }
}
