/**
 * «Наставник года и лучшая пара» / `nastavnik awards`: recomputes the ranking and rewrites «Награды» in one
 * write. The coordinator's «Решение» is kept by nomination and ID — also for a candidate who dropped out
 * of the ranking, whose row stays with the decision and says why — and any column of their own keeps its
 * cells on the candidate's row.
 */
import { type Cell, cellText, type Grid, rectangular } from "../cell";
import { calendarDateFromLocal } from "../format/dates";
import { appendLog } from "../log";
import { readSettingsFrom } from "../pairing/proposePairs";
import type { Context, WorkbookPort } from "../ports";
import { headersOf } from "../schema/columns";
import { MONITORING } from "../schema/monitoringSheet";
import { MENTEES, MENTORS, PAIRS } from "../schema/sheets";
import { mapColumns, readRecords, writeRecord } from "../schema/table";
import { MEETINGS, PLANS } from "../schema/yearSheets";
import { requireSheet, SetupNeededError } from "../sheets";
import { awardKey, candidateRecord, isConfirmed } from "./awardsRows";
import { AWARDS } from "./awardsSheet";
import { finalReportScores } from "./finalReportScores";
import { readPairFacts } from "./pairFacts";
import { type Candidate, NOMINATIONS, rankCandidates } from "./ranking";
import { awardWeights } from "./weights";

export const AWARDS_ACTION = "Рейтинг наград";

export interface AwardsResult {
  readonly candidates: readonly Candidate[];
  /** Candidates whose «Решение» is «Да». */
  readonly confirmed: number;
  readonly summary: string;
}

function leader(candidates: readonly Candidate[], nomination: Candidate["nomination"]): string {
  const first = candidates.find((one) => one.nomination === nomination && one.rank === 1);
  return first ? `${NOMINATIONS[nomination]}: ${first.name} (${String(first.score).replace(".", ",")})` : "";
}

export function writeAwards(
  port: WorkbookPort,
  context: Context,
  options: { readonly finalReports?: ReadonlyMap<string, number> } = {},
): AwardsResult {
  const { values, problems } = readSettingsFrom(port, context);
  const weights = awardWeights(values, problems);
  const before = requireSheet(port, AWARDS.name);
  const map = mapColumns(AWARDS, before[0] ?? []);
  const missing = AWARDS.columns.find((column) => !map.has(column.key));
  if (missing !== undefined)
    throw new SetupNeededError(`На листе «${AWARDS.name}» нет столбца «${missing.header}».`);
  const finalReports = options.finalReports ?? finalReportScores(port);
  const facts = readPairFacts(
    {
      mentors: requireSheet(port, MENTORS.name),
      mentees: requireSheet(port, MENTEES.name),
      pairs: requireSheet(port, PAIRS.name),
      meetings: requireSheet(port, MEETINGS.name),
      plans: requireSheet(port, PLANS.name),
      monitoring: requireSheet(port, MONITORING.name),
      ...(finalReports ? { finalReports } : {}),
    },
    calendarDateFromLocal(context.now),
  );
  const candidates = rankCandidates(facts, weights);

  const old = new Map<string, { row: Cell[]; decision: Cell }>();
  for (const { row, record } of readRecords(AWARDS, before).records) {
    const key = awardKey(cellText(record.nomination), cellText(record.id));
    if (!old.has(key)) old.set(key, { row: before[row] ?? [], decision: record.decision ?? "" });
  }
  const width = Math.max(AWARDS.columns.length, ...before.map((row) => row.length));
  const rows: Cell[][] = [];
  const written = new Set<string>();
  for (const candidate of candidates) {
    const key = awardKey(NOMINATIONS[candidate.nomination], candidate.id);
    written.add(key);
    const kept = old.get(key);
    rows.push(
      writeRecord(
        map,
        { ...candidateRecord(candidate), decision: kept?.decision ?? "", updated: context.now },
        kept?.row ?? [],
        width,
      ),
    );
  }
  // A decided candidate who is no longer among the pairs that worked keeps their row and decision.
  for (const [key, { row, decision }] of old) {
    if (written.has(key) || cellText(decision) === "") continue;
    rows.push(
      writeRecord(
        map,
        {
          rank: "",
          score: "",
          explanation: "Не участвует: кандидата больше нет среди пар, работавших в этом году",
          updated: context.now,
        },
        row,
        width,
      ),
    );
  }
  const header = before[0]?.length ? before[0] : headersOf(AWARDS);
  const height = Math.max(rows.length + 1, before.length);
  const blank = Array.from({ length: height - rows.length - 1 }, () => [] as Cell[]);
  port.write(AWARDS.name, 0, 0, rectangular([header, ...rows, ...blank], width) as Grid);

  const confirmed = rows.filter((row) => isConfirmed(row[map.get("decision")!])).length;
  const ranked = candidates.filter((one) => one.rank !== null).length;
  const parts = [
    `Лист «${AWARDS.name}» обновлён: кандидатов ${ranked}`,
    leader(candidates, "mentor"),
    leader(candidates, "pair"),
    confirmed > 0
      ? `подтверждено решений: ${confirmed}`
      : "поставьте «Да» в столбце «Решение» тем, кого наградить",
  ].filter(Boolean);
  const summary = parts.join("; ");
  appendLog(port, context, AWARDS_ACTION, summary);
  return { candidates, confirmed, summary };
}
