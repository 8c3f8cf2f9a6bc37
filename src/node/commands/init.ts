import { setupWorkbook } from "../../core/setup/setupWorkbook";
import { type Command, parseArgs, UsageError } from "../command";
import { currentContext } from "../context";
import { withWorkbookLock } from "../xlsx/workbookLock";
import { openWorkbook, saveWorkbook } from "../xlsx/xlsxFile";

export async function initWorkbook(path: string): Promise<string> {
  return withWorkbookLock(path, async () => {
    const port = await openWorkbook(path, { mustExist: false });
    const report = setupWorkbook(port, currentContext());
    if (report.changed) await saveWorkbook(port, path);
    return report.summary;
  });
}

export const initCommand: Command = {
  name: "init",
  usage: "init <книга.xlsx> — создать книгу наставничества или восстановить недостающие листы и столбцы",
  async run(args, io) {
    const [path, ...extra] = parseArgs(args, {}).positional;
    if (!path?.toLowerCase().endsWith(".xlsx") || extra.length > 0)
      throw new UsageError("Укажите файл книги с расширением .xlsx, например: nastavnik init школа.xlsx");
    io.stdout(`${path}: ${await initWorkbook(path)}\n`);
  },
};
