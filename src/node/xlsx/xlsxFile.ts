import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import ExcelJS from "exceljs";
import { UserError } from "../command";
import { XlsxPort } from "./xlsxPort";

/** Opens an existing .xlsx, or starts an empty workbook when the file does not exist yet. */
export async function openWorkbook(path: string, { mustExist }: { mustExist: boolean }): Promise<XlsxPort> {
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

/**
 * Saves through a temporary file in the same folder and a rename, so that a failure never leaves
 * a half-written workbook in place of the coordinator's file.
 */
export async function saveWorkbook(port: XlsxPort, path: string): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    await port.workbook.xlsx.writeFile(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UserError(`Не удалось сохранить «${path}»: ${(error as Error).message}. Файл не изменён.`);
  }
}
