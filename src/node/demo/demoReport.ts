/**
 * The demo school's year summed up: the year's report, the справка on the monitoring and the news text
 * for the website, as `nastavnik report --documents` makes them.
 */
import type { CommandIO } from "../command";
import { runYearReport } from "../yearReport/runYearReport";

export async function demoYearReport(workbook: string, outDir: string, io: CommandIO): Promise<void> {
  await runYearReport({ workbook, outDir, details: false }, io);
}
