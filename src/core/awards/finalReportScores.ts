import { readFinalReports } from "../finalReports/readFinalReports";
import { FINAL_REPORTS } from "../finalReports/sheet";
import type { WorkbookPort } from "../ports";
import { hasSheet } from "../sheets";
import { pairKey } from "../year/yearData";

/**
 * The result of the mentors' final reports per pair on the ranking's 0–100 scale (the report's 1–10 score
 * ×10), keyed as the ranking keys pairs; none for a workbook made before «Итоговые отчёты» existed.
 */
export function finalReportScores(port: WorkbookPort): ReadonlyMap<string, number> | undefined {
  if (!hasSheet(port, FINAL_REPORTS.name)) return undefined;
  const scores = new Map<string, number>();
  for (const report of readFinalReports(port.readAll(FINAL_REPORTS.name)))
    if (report.score !== null) scores.set(pairKey(report.pairId), Math.round(report.score * 10));
  return scores;
}
