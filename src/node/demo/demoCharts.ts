import type { Context } from "../../core/ports";
import { SUMMARY } from "../../core/results/summarySheet";
import { writeSummary } from "../../core/results/writeSummary";
import { writeChartFiles } from "../charts/chartFiles";
import { chartFolderOf } from "../charts/chartFolder";
import { openWorkbook, saveWorkbook } from "../xlsx/xlsxFile";

/** The demo's year in figures and pictures: «Сводка» in the book and the charts beside it. */
export async function demoSummaryAndCharts(path: string, context: Context): Promise<string> {
  const port = await openWorkbook(path, { mustExist: true });
  const { charts } = writeSummary(port, context);
  await saveWorkbook(port, path);
  const folder = chartFolderOf(path);
  await writeChartFiles(folder, charts);
  return `Итоги года: лист «${SUMMARY.name}» с данными графиков, графики (${charts.length}) в папке «${folder}»`;
}
