/**
 * `nastavnik report --documents`: the year's report and the monitoring справка (.docx, PDF copies with
 * --pdf) through the documents run, and the news text for the school's website as a UTF-8 .txt.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { awardedMentors } from "../../core/awards/awardedMentors";
import { DOCUMENT_KINDS, type GenerateResult, YEAR_END_KINDS } from "../../core/documents";
import { sanitizeFileName } from "../../core/documents/fileNames";
import { readSettingsFrom } from "../../core/pairing/proposePairs";
import type { Context, WorkbookPort } from "../../core/ports";
import { readPractices } from "../../core/practices/readPractices";
import { PRACTICES } from "../../core/practices/sheet";
import { chartSpecsFrom } from "../../core/results/charts";
import type { ChartImage } from "../../core/results/chartTypes";
import type { Summary } from "../../core/results/summary";
import { hasSheet } from "../../core/sheets";
import { readYearFacts } from "../../core/yearReport/facts";
import { newsText } from "../../core/yearReport/news";
import type { PracticeItem } from "../../core/yearReport/practices";
import { type CommandIO, UserError } from "../command";
import { currentContext } from "../context";
import { runGenerate } from "../documents/runGenerate";
import { openWorkbook } from "../xlsx/xlsxFile";

/**
 * Where the report's inputs come from offline: the charts' pictures, the best practices, the mentors
 * whose award is confirmed (the only names the news may carry). Replaceable, so that the chart
 * renderer, «Методическая копилка» and the awards can be plugged in. The charts are drawn from the
 * workbook, the practices read from «Методическая копилка», the mentors from the confirmed rows of
 * «Награды».
 */
export const OFFLINE_YEAR_SOURCES: {
  charts: (
    port: WorkbookPort,
    context: Context,
    summary: Summary,
  ) => Promise<readonly ChartImage[]> | readonly ChartImage[];
  practices: (port: WorkbookPort) => readonly PracticeItem[];
  awarded: (port: WorkbookPort) => readonly string[];
} = {
  charts: async (port, context, summary) => {
    // Loaded here: the native picture module is needed only by the commands that draw.
    const { renderChartImages } = await import("../charts");
    return renderChartImages(chartSpecsFrom(port, context, summary));
  },
  practices: (port) => (hasSheet(port, PRACTICES.name) ? readPractices(port.readAll(PRACTICES.name)) : []),
  awarded: awardedMentors,
};

export interface YearReportRun {
  readonly workbook: string;
  readonly outDir: string;
  readonly pdf?: boolean;
  readonly again?: boolean;
  /** Only counts in the output (the demo). */
  readonly details?: boolean;
}

export const NEWS_FILE_PREFIX = "Новость для сайта";

function setting(values: Readonly<Record<string, unknown>>, key: string): string {
  return String(values[key] ?? "").trim();
}

export async function runYearReport(
  run: YearReportRun,
  io: CommandIO,
): Promise<{ result: GenerateResult; newsPath: string }> {
  const context = currentContext();
  const port = await openWorkbook(run.workbook, { mustExist: true });
  const facts = readYearFacts(port, context);
  const settings = readSettingsFrom(port, context).values;
  const charts = await OFFLINE_YEAR_SOURCES.charts(port, context, facts.summary);
  const practices = OFFLINE_YEAR_SOURCES.practices(port);
  const result = await runGenerate(
    {
      workbook: run.workbook,
      outDir: run.outDir,
      kinds: YEAR_END_KINDS,
      pdf: run.pdf === true,
      again: run.again === true,
      ...(run.details === undefined ? {} : { details: run.details }),
      year: { charts, practices },
    },
    io,
  );
  const year = setting(settings, "schoolYear");
  const text = newsText({
    organisation: setting(settings, "orgShortName") || setting(settings, "orgFullName"),
    schoolYear: year,
    facts,
    practices,
    awarded: OFFLINE_YEAR_SOURCES.awarded(port),
  });
  const folder = join(run.outDir, DOCUMENT_KINDS.yearReport.folder);
  const newsPath = join(folder, `${sanitizeFileName(`${NEWS_FILE_PREFIX} — ${year}`)}.txt`);
  const temporary = `${newsPath}.${process.pid}.tmp`;
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, text, "utf8");
    await rename(temporary, newsPath);
  } catch {
    await rm(temporary, { force: true });
    throw new UserError(
      `Не удалось записать текст новости в «${folder}»: проверьте, что папка доступна для записи.`,
    );
  }
  io.stdout(`Текст новости для сайта: ${newsPath}\n`);
  return { result, newsPath };
}
