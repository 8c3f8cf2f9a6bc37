import { setupWorkbook } from "../../core/setup/setupWorkbook";
import { type Command, parseArgs, UsageError } from "../command";
import { currentContext } from "../context";
import { workbookPath } from "../files/workbookPath";
import { withWorkbookLock } from "../xlsx/workbookLock";
import { openWorkbook, saveWorkbook } from "../xlsx/xlsxFile";

export async function initWorkbook(path: string): Promise<string> {
  return withWorkbookLock(path, async () => {
    const port = await openWorkbook(path, { mustExist: false, emptyIsNew: true });
    const report = setupWorkbook(port, currentContext());
    if (report.changed) await saveWorkbook(port, path);
    return report.summary;
  });
}

export const initCommand: Command = {
  name: "init",
  usage: "init <книга.xlsx> — создать книгу наставничества или восстановить недостающие листы и столбцы",
  async run(args, io) {
    const [given, ...extra] = parseArgs(args, {}).positional;
    const usage = "Укажите файл книги с расширением .xlsx, например: nastavnik init школа.xlsx";
    if (extra.length > 0) throw new UsageError(usage);
    const path = workbookPath(given, usage);
    io.stdout(`${path}: ${await initWorkbook(path)}\n`);
  },
};
