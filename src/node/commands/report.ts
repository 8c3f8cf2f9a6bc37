import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Cell } from "../../core/cell";
import { calendarDateFromLocal } from "../../core/format/dates";
import { readSettingsFrom } from "../../core/pairing/proposePairs";
import { type IndicatorValue, indicatorRow, indicatorsCsv } from "../../core/results/indicators";
import { RESULTS_SETTINGS } from "../../core/results/settings";
import { SUMMARY } from "../../core/results/summarySheet";
import { writeSummary } from "../../core/results/writeSummary";
import { chartFolderOf } from "../charts/chartFolder";
import { type Command, type CommandIO, flagValue, parseArgs, UsageError, UserError } from "../command";
import { currentContext } from "../context";
import { describeFsError } from "../fsErrors";
import { indicatorsWorkbook } from "../region/indicatorsXlsx";
import { withWorkbook, workbookArgument } from "./workbookCommand";

function shown(value: Cell): string {
  return typeof value === "number" ? String(value).replace(".", ",") : String(value);
}

/** The indicators file's format, by its extension, checked before the book is touched. */
function indicatorsFormat(path: string): "csv" | "xlsx" {
  const extension = extname(path).toLowerCase();
  if (extension === ".csv" || extension === ".xlsx") return extension === ".csv" ? "csv" : "xlsx";
  throw new UsageError(
    `Файл показателей — .csv или .xlsx, например: --indicators показатели.csv (получилось «${path}»).`,
  );
}

export const reportCommand: Command = {
  name: "report",
  usage:
    "report <книга.xlsx> [--indicators показатели.csv|.xlsx] [--documents [--out папка] [--pdf] [--again]] — итоги\n" +
    "      года на листе «Сводка» и графики рядом с книгой; с --indicators ещё и файл показателей для органа\n" +
    "      управления образованием; с --documents ещё и «Отчёт о реализации программы наставничества»,\n" +
    "      «Справка по итогам мониторинга» (.docx в папку «Документы/Отчёты» рядом с книгой или в --out;\n" +
    "      --pdf — ещё и PDF) и текст новости для сайта; --again — сформировать их заново",
  async run(args, io) {
    const parsed = parseArgs(args, {
      values: ["--indicators", "--out"],
      switches: ["--documents", "--pdf", "--again"],
    });
    const documents = parsed.switches.has("--documents");
    for (const flag of ["--out", "--pdf", "--again"])
      if (!documents && (parsed.switches.has(flag) || parsed.values.has(flag)))
        throw new UsageError(`Параметр ${flag} указывается вместе с --documents.`);
    const path = workbookArgument(parsed, "nastavnik report школа.xlsx --indicators показатели.csv");
    const indicators = flagValue(parsed, "--indicators");
    const format = indicators === undefined ? undefined : indicatorsFormat(indicators);
    const context = currentContext();
    const { rows, row, orgCode, charts } = await withWorkbook(path, (port) => {
      const written = writeSummary(port, context);
      const settings = readSettingsFrom(port, context).values;
      const row = indicatorRow(written.summary, settings, calendarDateFromLocal(context.now));
      return {
        rows: written.rows,
        charts: written.charts,
        row,
        orgCode: String(settings.orgCode ?? "").trim(),
      };
    });
    io.stdout(`Лист «${SUMMARY.name}» обновлён.\n`);
    for (const [label, value] of rows) io.stdout(`${label}: ${shown(value)}\n`);
    const folder = chartFolderOf(path);
    try {
      // Loaded here: the native picture module is needed only by the commands that draw.
      const { writeChartFiles } = await import("../charts/chartFiles");
      await writeChartFiles(folder, charts);
    } catch (error) {
      const problem = describeFsError(error, folder, "folder");
      if (problem) throw new UserError(`Графики не записаны. ${problem}`);
      throw error;
    }
    io.stdout(`Графики (${charts.length}) сохранены в папке «${folder}».\n`);
    if (indicators !== undefined && format !== undefined)
      await writeIndicators(indicators, format, row, orgCode, io);
    if (!documents) return;
    // The document libraries are loaded only by the commands that make documents.
    const { defaultOutDir } = await import("../documents/runGenerate");
    const { runYearReport } = await import("../yearReport/runYearReport");
    await runYearReport(
      {
        workbook: path,
        outDir: flagValue(parsed, "--out") ?? defaultOutDir(path),
        pdf: parsed.switches.has("--pdf"),
        again: parsed.switches.has("--again"),
      },
      io,
    );
  },
};

async function writeIndicators(
  indicators: string,
  format: "csv" | "xlsx",
  row: readonly IndicatorValue[],
  orgCode: string,
  io: CommandIO,
) {
  try {
    if (format === "xlsx") await (await indicatorsWorkbook([row])).xlsx.writeFile(indicators);
    else await writeFile(indicators, indicatorsCsv([row]), "utf8");
  } catch {
    throw new UserError(
      `Не удалось записать файл показателей «${indicators}»: проверьте, что папка существует и файл не открыт.`,
    );
  }
  io.stdout(`Показатели записаны в «${indicators}».\n`);
  if (!orgCode)
    io.stdout(
      `В «Настройках» не заполнен параметр «${RESULTS_SETTINGS[0]!.label}»: без него орган управления не узнает организацию.\n`,
    );
}
