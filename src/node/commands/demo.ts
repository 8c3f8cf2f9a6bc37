import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { cellText } from "../../core/cell";
import { agreeing } from "../../core/declension/gender";
import { calendarDateFromLocal } from "../../core/format/dates";
import { loadQuestionnaire, readBanks } from "../../core/intake/questionnaireSet";
import { approvePairs } from "../../core/pairing/approve";
import { proposePairs } from "../../core/pairing/proposePairs";
import type { Context, WorkbookPort } from "../../core/ports";
import { formatCsv } from "../../core/questionnaires/csv";
import type { QuestionnaireKey } from "../../core/questionnaires/types";
import { schoolYearStart } from "../../core/roadmap/schoolYear";
import { MENTEES, MENTORS } from "../../core/schema/sheets";
import { updateSettings } from "../../core/settings/updateSettings";
import { setupWorkbook } from "../../core/setup/setupWorkbook";
import { type Command, type CommandIO, parseArgs, UsageError } from "../command";
import { currentContext } from "../context";
import { bankExport, choicesExport } from "../demo/demoAnswers";
import { confirmDemoAwards } from "../demo/demoAwards";
import { generateDemoEarlyEnd } from "../demo/demoEarlyEnd";
import { playDemoMonitoring } from "../demo/demoMonitoring";
import { DEMO_MENTEES, DEMO_MENTORS } from "../demo/demoPeople";
import { buildDemoRegion } from "../demo/demoRegion";
import { DEMO_SETTINGS } from "../demo/demoSchool";
import { DEMO_PAIRS_START, playDemoYear } from "../demo/demoYear";
import { markConsents } from "../demo/markConsents";
import { importExportTable } from "../import/importTable";
import { type ExportTable, readExportFile } from "../import/readExport";
import { withWorkbookLock } from "../xlsx/workbookLock";
import { openWorkbook, saveWorkbook } from "../xlsx/xlsxFile";

export const DEMO_WORKBOOK = "школа-демо.xlsx";
/** The demo answers are dated at the start of the school year, whatever day the demo runs. */
const ANSWERED = new Date(2026, 8, 15, 10, 0);

/** Writes an export as Google Forms would, then imports it through the same path as `nastavnik import`. */
async function importThroughFile(
  port: WorkbookPort,
  context: Context,
  form: QuestionnaireKey,
  table: ExportTable,
  path: string,
): Promise<string> {
  await writeFile(path, formatCsv([table.header, ...table.rows].map((row) => row.map(cellText))), "utf8");
  return importExportTable(port, context, form, await readExportFile(path)).report.summary;
}

async function runDemo(folder: string, io: CommandIO): Promise<string> {
  const answers = join(folder, "Ответы анкет");
  await mkdir(answers, { recursive: true });
  const path = join(folder, DEMO_WORKBOOK);
  return withWorkbookLock(path, () => buildDemo(path, answers, folder, io));
}

async function buildDemo(path: string, answers: string, folder: string, io: CommandIO): Promise<string> {
  const port = await openWorkbook(path, { mustExist: false });
  const context = currentContext();
  const step = (text: string) => io.stdout(`  ${text}\n`);
  io.stdout(`Демонстрационная школа: ${DEMO_SETTINGS.orgShortName}\n`);
  step(`1. Книга наставничества: ${setupWorkbook(port, context).summary}`);
  updateSettings(port, DEMO_SETTINGS);
  step("2. Настройки: организация, руководитель, куратор программы");
  const mentorForm = loadQuestionnaire(port, context, "mentor");
  const menteeForm = loadQuestionnaire(port, context, "mentee");
  const mentorFile = join(answers, "Анкета наставника.csv");
  const menteeFile = join(answers, "Анкета наставляемого.csv");
  step(
    `3. Анкеты наставников: ${await importThroughFile(port, context, "mentor", bankExport(mentorForm, DEMO_MENTORS, ANSWERED), mentorFile)}`,
  );
  step(
    `   Анкеты наставляемых: ${await importThroughFile(port, context, "mentee", bankExport(menteeForm, DEMO_MENTEES, ANSWERED), menteeFile)}`,
  );
  const marked = markConsents(port, MENTORS, DEMO_MENTORS) + markConsents(port, MENTEES, DEMO_MENTEES);
  step(`4. Куратор отметил полученные письменные согласия: ${marked} человек`);
  const meeting = loadQuestionnaire(port, context, "groupMeeting");
  const meetingExport = choicesExport(
    meeting,
    [...DEMO_MENTORS, ...DEMO_MENTEES],
    readBanks(port).choices,
    ANSWERED,
  );
  const meetingFile = join(answers, "Анкета после групповой встречи.csv");
  step(
    `5. Выбор после групповой встречи: ${await importThroughFile(port, context, "groupMeeting", meetingExport, meetingFile)}`,
  );
  const proposals = proposePairs(port, context);
  step(`6. Подбор пар: ${proposals.summary}`);
  for (const p of proposals.proposals)
    io.stdout(`       ${p.mentor.fullName} → ${p.mentee.fullName} (${p.score}): ${p.explanation}\n`);
  for (const { mentee, reason } of proposals.unmatched)
    io.stdout(
      `       ${mentee.fullName}: ${agreeing(mentee.sex, "не подобран", "не подобрана")} — ${reason}\n`,
    );
  const yearContext = { ...context, now: context.now > DEMO_PAIRS_START ? DEMO_PAIRS_START : context.now };
  step(`7. ${approvePairs(port, yearContext, { all: true }).summary}`);
  await saveWorkbook(port, path);
  const documents = join(folder, "Документы");
  const { generateDemoStart, generateDemoYearEnd } = await import("../documents/runGenerate");
  step("8. Документы начала программы (в день утверждения пар):");
  await generateDemoStart(path, documents, io, calendarDateFromLocal(yearContext.now));
  const during = await openWorkbook(path, { mustExist: true });
  step(`9. Ход программы: ${playDemoYear(during, context)}`);
  step(`   Мониторинг, итоговые отчёты, копилка: ${await playDemoMonitoring(during, context, answers)}`);
  step(`   Наставник года и лучшая пара: ${confirmDemoAwards(during, context)}`);
  await saveWorkbook(during, path);
  await generateDemoEarlyEnd(path, documents, io);
  step("10. Приказы конца года и бланки на подпись:");
  await generateDemoYearEnd(path, documents, io, schoolYearStart(context.now) + 1);
  step(`11. ${await (await import("../demo/demoCharts")).demoSummaryAndCharts(path, context)}`);
  step(`12. Свод показателей по району: ${await buildDemoRegion(folder, path, context)}`);
  step("13. Отчёт о реализации программы, справка по итогам мониторинга и новость для сайта:");
  await (await import("../demo/demoReport")).demoYearReport(path, documents, io);
  return path;
}

export const demoCommand: Command = {
  name: "demo",
  usage: "demo [папка] — собрать демонстрационную школу целиком (по умолчанию в папку out)",
  async run(args, io) {
    const [folder = "out", ...extra] = parseArgs(args, {}).positional;
    if (extra.length > 0) throw new UsageError("Укажите одну папку, например: nastavnik demo out");
    const path = await runDemo(folder, io);
    io.stdout(
      `\nГотово: книга ${path}, ответы анкет в «${join(folder, "Ответы анкет")}», документы в «${join(folder, "Документы")}».\n` +
        "Откройте их в Excel/Word или LibreOffice.\n",
    );
  },
};
