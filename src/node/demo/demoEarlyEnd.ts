/** The demo's order ending mentoring early, issued the working day after each written notice. */
import type { GenerateResult } from "../../core/documents";
import { type CalendarDate, dayOf, formatDateNumeric } from "../../core/format/dates";
import { readSettingsFrom } from "../../core/pairing/proposePairs";
import { ENDED_EARLY } from "../../core/schema/enums";
import { PAIRS } from "../../core/schema/sheets";
import { readRecords } from "../../core/schema/table";
import { calendarAdjustments } from "../../core/year/earlyEnd";
import { addWorkingDays } from "../../core/year/productionCalendar";
import type { CommandIO } from "../command";
import { currentContext } from "../context";
import { openWorkbook } from "../xlsx/xlsxFile";

/**
 * Order 9 for the pairs the demo year ended early, dated as a head signs it: the working day after the
 * notice. Nothing is printed when no pair ended early.
 */
export async function generateDemoEarlyEnd(
  workbook: string,
  outDir: string,
  io: CommandIO,
): Promise<GenerateResult[]> {
  const port = await openWorkbook(workbook, { mustExist: true });
  const adjustments = calendarAdjustments(readSettingsFrom(port, currentContext()).values);
  const days = new Map<string, CalendarDate>();
  for (const { record } of readRecords(PAIRS, port.readAll(PAIRS.name)).records) {
    const notice = dayOf(record.noticeDate);
    if (record.status !== ENDED_EARLY || notice === null) continue;
    const day = addWorkingDays(notice, 1, adjustments);
    days.set(formatDateNumeric(day), day);
  }
  // Loaded when needed, as the demo loads the documents' modules (docxtemplater) only when it gets there.
  const { runGenerate } = await import("../documents/runGenerate");
  const results: GenerateResult[] = [];
  for (const [text, date] of days) {
    io.stdout(`  Приказ о досрочном прекращении наставничества (${text}):\n`);
    results.push(await runGenerate({ workbook, outDir, kinds: ["earlyEnd"], date, details: false }, io));
  }
  return results;
}
