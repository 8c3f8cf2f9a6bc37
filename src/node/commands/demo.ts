import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { updateSettings } from "../../core/settings/updateSettings";
import { setupWorkbook } from "../../core/setup/setupWorkbook";
import type { Command } from "../command";
import { currentContext } from "../context";
import { DEMO_SETTINGS } from "../demo/demoSchool";
import { openWorkbook, saveWorkbook } from "../xlsx/xlsxFile";

export const DEMO_WORKBOOK = "школа-демо.xlsx";

export const demoCommand: Command = {
  name: "demo",
  usage: "demo [папка] — собрать демонстрационную школу целиком (по умолчанию в папку out)",
  async run(args, io) {
    const folder = args[0] ?? "out";
    await mkdir(folder, { recursive: true });
    const path = join(folder, DEMO_WORKBOOK);
    const port = await openWorkbook(path, { mustExist: false });
    io.stdout(`Демонстрационная школа: ${DEMO_SETTINGS.orgShortName}\n`);
    const report = setupWorkbook(port, currentContext());
    io.stdout(`  1. Книга наставничества: ${report.summary}\n`);
    updateSettings(port, DEMO_SETTINGS);
    io.stdout("  2. Настройки заполнены: организация, руководитель, куратор программы\n");
    await saveWorkbook(port, path);
    io.stdout(`\nГотово: ${path}\nОткройте её в Excel или LibreOffice Calc.\n`);
  },
};
