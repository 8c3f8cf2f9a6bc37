/** «Награды» as records: what a recompute writes, and the confirmed candidates the documents take. */
import { cellText, type Grid } from "../cell";
import { readRecords } from "../schema/table";
import { pairKey } from "../year/yearData";
import { AWARDS } from "./awardsSheet";
import { type Candidate, NOMINATIONS, type NominationId } from "./ranking";

const YES = "да";

/** The key a decision is kept under: the nomination and the mentor's or pair's ID. */
export function awardKey(nomination: string, id: string): string {
  return `${nomination.trim().toLowerCase()}|${pairKey(id)}`;
}

export function nominationOf(text: string): NominationId | null {
  const key = text.trim().toLowerCase();
  if (key === NOMINATIONS.mentor.toLowerCase()) return "mentor";
  if (key === NOMINATIONS.pair.toLowerCase()) return "pair";
  return null;
}

/** A ranked candidate of «Награды», as the sheet shows it. */
export interface AwardRow {
  readonly nomination: NominationId;
  readonly id: string;
  readonly pairIds: readonly string[];
  readonly rank: number;
  readonly score: number;
  readonly meetings: number;
  readonly planDone: number | null;
  readonly satisfaction: number | null;
  readonly explanation: string;
  /** The coordinator's «Да» in «Решение». */
  readonly confirmed: boolean;
}

/** A candidate the coordinator confirmed who is still ranked. */
export type ConfirmedAward = AwardRow;

export function isConfirmed(decision: unknown): boolean {
  return (
    cellText(decision as never)
      .trim()
      .toLowerCase() === YES
  );
}

function optionalNumber(text: string): number | null {
  const value = Number(text.replace(",", "."));
  return text.trim() === "" || !Number.isFinite(value) ? null : value;
}

/** The ranked candidates (not the excluded), «Наставник года» first, each nomination by rank. */
export function readAwardRows(grid: Grid): AwardRow[] {
  const rows: AwardRow[] = [];
  for (const { record } of readRecords(AWARDS, grid).records) {
    const nomination = nominationOf(cellText(record.nomination));
    const rank = optionalNumber(cellText(record.rank));
    const id = cellText(record.id).trim();
    if (nomination === null || rank === null || id === "") continue;
    rows.push({
      nomination,
      id,
      pairIds: cellText(record.pairs)
        .split(/[,;]\s*/)
        .map((one) => one.trim())
        .filter(Boolean),
      rank,
      score: optionalNumber(cellText(record.score)) ?? 0,
      meetings: optionalNumber(cellText(record.meetings)) ?? 0,
      planDone: optionalNumber(cellText(record.plan)),
      satisfaction: optionalNumber(cellText(record.satisfaction)),
      explanation: cellText(record.explanation),
      confirmed: isConfirmed(record.decision),
    });
  }
  const order = (award: AwardRow) => (award.nomination === "mentor" ? 0 : 1);
  return rows.sort((a, b) => order(a) - order(b) || a.rank - b.rank);
}

/** The confirmed candidates; a «Да» on a candidate no longer ranked (excluded since) does not count. */
export function readConfirmedAwards(grid: Grid): ConfirmedAward[] {
  return readAwardRows(grid).filter((row) => row.confirmed);
}

/** The sheet's record of a candidate, without the decision and the time. */
export function candidateRecord(candidate: Candidate) {
  return {
    nomination: NOMINATIONS[candidate.nomination],
    id: candidate.id,
    candidate: candidate.name,
    pairs: candidate.pairIds.join(", "),
    rank: candidate.rank ?? "",
    score: candidate.score ?? "",
    meetings: candidate.meetings,
    plan: candidate.planDone ?? "",
    satisfaction: candidate.satisfaction ?? "",
    finalReport: candidate.finalReport ?? "",
    explanation: candidate.explanation,
  };
}
