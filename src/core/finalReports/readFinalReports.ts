import { cellText, type Grid, isDate } from "../cell";
import { unescapeFormula } from "../questionnaires/text";
import { parseTimestamp } from "../questionnaires/timestamp";
import { FINAL_RECOMMENDATIONS } from "../schema/enums";
import { readRecords } from "../schema/table";
import { pairKey } from "../year/yearData";
import { FINAL_REPORTS } from "./sheet";

export type FinalRecommendation = (typeof FINAL_RECOMMENDATIONS)[number];

/** What the mentors' final reports say about one pair or group. */
export interface PairFinalReport {
  readonly pairId: string;
  /** The average result score 1–10 of its reports (one per mentee), one decimal; null when none is usable. */
  readonly score: number | null;
  /** The newest report's recommendation; null when it is not one of the three. */
  readonly recommendation: FinalRecommendation | null;
  /** How many reports were read for the pair. */
  readonly reports: number;
}

function timeOf(cell: unknown): number {
  if (isDate(cell)) return cell.getTime();
  const parsed = typeof cell === "string" || typeof cell === "number" ? parseTimestamp(cell) : undefined;
  return parsed ? parsed.getTime() : 0;
}

/**
 * «Итоговые отчёты» per pair, in the order pairs first appear: rows without a pair ID are left out (the
 * coordinator fills it in when the import could not find the pair). For the awards ranking and the report.
 */
export function readFinalReports(grid: Grid): PairFinalReport[] {
  const byPair = new Map<
    string,
    { pairId: string; scores: number[]; newest: number; recommendation: string; reports: number }
  >();
  for (const { record } of readRecords(FINAL_REPORTS, grid).records) {
    const pairId = unescapeFormula(cellText(record.pairId)).trim();
    if (!pairId) continue;
    const key = pairKey(pairId);
    const entry = byPair.get(key) ?? {
      pairId,
      scores: [],
      newest: -Infinity,
      recommendation: "",
      reports: 0,
    };
    byPair.set(key, entry);
    entry.reports++;
    const score = Number(cellText(record.score).trim().replace(",", "."));
    if (cellText(record.score).trim() !== "" && Number.isInteger(score) && score >= 1 && score <= 10)
      entry.scores.push(score);
    const time = timeOf(record.time);
    if (time >= entry.newest) {
      entry.newest = time;
      entry.recommendation = cellText(record.recommendation).trim();
    }
  }
  return [...byPair.values()].map((entry) => ({
    pairId: entry.pairId,
    score:
      entry.scores.length === 0
        ? null
        : Math.round((entry.scores.reduce((sum, score) => sum + score, 0) / entry.scores.length) * 10) / 10,
    recommendation: (FINAL_RECOMMENDATIONS as readonly string[]).includes(entry.recommendation)
      ? (entry.recommendation as FinalRecommendation)
      : null,
    reports: entry.reports,
  }));
}
