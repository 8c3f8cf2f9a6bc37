import { readFile } from "node:fs/promises";
import { UserError } from "../command";
import { type ExportTable, exportTableFromBytes, extensionOf } from "./exportBytes";

export type { ExportTable } from "./exportBytes";

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

/** Reads a Google Forms export: CSV (UTF-8, with or without BOM) or .xlsx (its first sheet). */
export async function readExportFile(path: string): Promise<ExportTable> {
  const extension = extensionOf(path);
  if (extension !== ".csv" && extension !== ".xlsx")
    throw new UserError(`Ожидается выгрузка ответов в формате .csv или .xlsx, указан «${path}».`);
  return exportTableFromBytes(new Uint8Array(await readBytes(path)), path);
}
