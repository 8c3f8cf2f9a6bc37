import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { appendRecords } from "../../core/appendRecords";
import { approvePairs } from "../../core/pairing/approve";
import { proposePairs } from "../../core/pairing/proposePairs";
import { MENTEES, MENTORS } from "../../core/schema/sheets";
import { updateSettings } from "../../core/settings/updateSettings";
import { setupWorkbook } from "../../core/setup/setupWorkbook";
import type { Command } from "../command";
import { currentContext } from "../context";
import { DEMO_MENTEES, DEMO_MENTORS } from "../demo/demoPeople";
import { DEMO_SETTINGS } from "../demo/demoSchool";
import { generateAllForDemo } from "../documents/runGenerate";
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
    const context = currentContext();
    io.stdout(`Демонстрационная школа: ${DEMO_SETTINGS.orgShortName}\n`);
    const report = setupWorkbook(port, context);
    io.stdout(`  1. Книга наставничества: ${report.summary}\n`);
    updateSettings(port, DEMO_SETTINGS);
    io.stdout("  2. Настройки: организация, руководитель, куратор программы\n");
    if (port.readAll(MENTORS.name).length <= 1) appendRecords(port, MENTORS, DEMO_MENTORS);
    if (port.readAll(MENTEES.name).length <= 1) appendRecords(port, MENTEES, DEMO_MENTEES);
    io.stdout(`  3. Банки: наставников ${DEMO_MENTORS.length}, наставляемых ${DEMO_MENTEES.length}\n`);
    const proposals = proposePairs(port, context);
    io.stdout(`  4. Подбор пар: ${proposals.summary}\n`);
    for (const proposal of proposals.proposals)
      io.stdout(
        `       ${proposal.mentor.fullName} → ${proposal.mentee.fullName} (${proposal.score}): ${proposal.explanation}\n`,
      );
    for (const { mentee, reason } of proposals.unmatched)
      io.stdout(`       ${mentee.fullName}: не подобран — ${reason}\n`);
    const approval = approvePairs(port, context, { all: true });
    io.stdout(`  5. ${approval.summary}\n`);
    await saveWorkbook(port, path);
    io.stdout("  6. Документы:\n");
    await generateAllForDemo(path, join(folder, "Документы"), io);
    io.stdout(
      `\nГотово: ${path} и папка ${join(folder, "Документы")}\nОткройте их в Excel/Word или LibreOffice.\n`,
    );
  },
};
