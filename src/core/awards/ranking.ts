/**
 * «Наставник года» and «Лучшая пара»: a transparent ranking from the year's facts. Each component is
 * brought to 0–100 (plan completion as it is, meetings as a share of the best candidate's, the mentee's
 * 1–10 mark ×10, the final report's result as it is); the score is their weighted mean over the
 * components the candidate has data for, so a missing one hands its weight to the others. Every
 * candidate gets a Russian line saying how the score was made, and why it stands above an equal one.
 */
import { formatNumber, pluralForm } from "../format/numbers";
import { type AwardWeights, COMPONENTS, type Component, checkWeights } from "./weights";

export const NOMINATIONS = { mentor: "Наставник года", pair: "Лучшая пара" } as const;
export type NominationId = keyof typeof NOMINATIONS;

/** What the year says about one pair that worked (approved, completed or ended early). */
export interface PairFacts {
  readonly pairId: string;
  readonly mentorId: string;
  /** «Кузнецова Е. С.». */
  readonly mentorName: string;
  readonly menteeNames: string;
  /** Why the pair takes no part («прекращена досрочно»), or null. */
  readonly excluded: string | null;
  /** Why its mentor takes no part in «Наставник года» (has left), or null. */
  readonly mentorExcluded: string | null;
  readonly meetings: number;
  /** Plan items done, whole percent; null without a plan. */
  readonly planDone: number | null;
  /** The mentees' «Программа в целом» at the end, 1–10 (an average for a group); null without answers. */
  readonly satisfaction: number | null;
  /** The mentor's final report result, 0–100; null while there is none. */
  readonly finalReport: number | null;
}

export interface Candidate {
  readonly nomination: NominationId;
  /** The mentor's ID or the pair's ID. */
  readonly id: string;
  readonly name: string;
  readonly pairIds: readonly string[];
  /** 1, 2, …; null for a candidate excluded (the explanation says why). */
  readonly rank: number | null;
  /** 0–100, one decimal; null when excluded. */
  readonly score: number | null;
  readonly meetings: number;
  readonly planDone: number | null;
  readonly satisfaction: number | null;
  readonly finalReport: number | null;
  readonly explanation: string;
}

interface Entry {
  readonly nomination: NominationId;
  readonly id: string;
  readonly name: string;
  readonly pairIds: readonly string[];
  readonly excluded: string | null;
  readonly meetings: number;
  readonly planDone: number | null;
  readonly satisfaction: number | null;
  readonly finalReport: number | null;
}

function mean(values: readonly (number | null)[], digits: number): number | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return null;
  const factor = 10 ** digits;
  return Math.round((factor * present.reduce((sum, value) => sum + value, 0)) / present.length) / factor;
}

/** Natural order of IDs: «ПР-2» before «ПР-10». */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, "ru", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

function pairEntries(pairs: readonly PairFacts[]): Entry[] {
  return pairs.map((pair) => ({
    nomination: "pair",
    id: pair.pairId,
    name: `${pair.mentorName} — ${pair.menteeNames}`,
    pairIds: [pair.pairId],
    excluded: pair.excluded,
    meetings: pair.meetings,
    planDone: pair.planDone,
    satisfaction: pair.satisfaction,
    finalReport: pair.finalReport,
  }));
}

/** A mentor's facts over the pairs that count: meetings summed, the rest averaged. */
function mentorEntries(pairs: readonly PairFacts[]): Entry[] {
  const byMentor = new Map<string, PairFacts[]>();
  for (const pair of pairs) {
    if (!pair.mentorId) continue;
    byMentor.set(pair.mentorId, [...(byMentor.get(pair.mentorId) ?? []), pair]);
  }
  return [...byMentor].map(([id, rows]) => {
    // The first pair by ID names the mentor, whatever the order of the rows.
    const all = [...rows].sort((a, b) => compareIds(a.pairId, b.pairId));
    const counted = all.filter((pair) => pair.excluded === null);
    const left = all.find((pair) => pair.mentorExcluded !== null)?.mentorExcluded ?? null;
    const excluded = left ?? (counted.length === 0 ? "все пары наставника прекращены досрочно" : null);
    return {
      nomination: "mentor",
      id,
      name: all[0]!.mentorName,
      pairIds: counted.map((pair) => pair.pairId),
      excluded,
      meetings: counted.reduce((sum, pair) => sum + pair.meetings, 0),
      planDone: mean(
        counted.map((pair) => pair.planDone),
        0,
      ),
      satisfaction: mean(
        counted.map((pair) => pair.satisfaction),
        1,
      ),
      finalReport: mean(
        counted.map((pair) => pair.finalReport),
        0,
      ),
    };
  });
}

/** Each component on 0–100, or null when the candidate has no data for it. */
function normalised(entry: Entry, bestMeetings: number): Record<Component, number | null> {
  return {
    plan: entry.planDone === null ? null : clamp(entry.planDone),
    meetings: bestMeetings > 0 ? (100 * entry.meetings) / bestMeetings : 0,
    satisfaction: entry.satisfaction === null ? null : clamp(entry.satisfaction * 10),
    finalReport: entry.finalReport === null ? null : clamp(entry.finalReport),
  };
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}

const number = (value: number) => formatNumber(value, { maxFractionDigits: 1 });

function componentText(component: Component, entry: Entry, bestMeetings: number): string {
  switch (component) {
    case "plan":
      return entry.planDone === null ? "плана нет" : `план выполнен на ${entry.planDone} %`;
    case "meetings": {
      const count = `${entry.meetings} ${pluralForm(entry.meetings, ["встреча", "встречи", "встреч"])}`;
      if (bestMeetings === 0) return `${count}`;
      return entry.meetings === bestMeetings
        ? `${count} — лучший результат`
        : `${count} из ${bestMeetings} у лучшего`;
    }
    case "satisfaction":
      return entry.satisfaction === null
        ? "оценки наставляемого в итоговом мониторинге нет"
        : `оценка наставляемого ${number(entry.satisfaction)} из 10`;
    case "finalReport":
      return entry.finalReport === null
        ? "итогового отчёта наставника нет"
        : `итоговый отчёт наставника — ${entry.finalReport} из 100`;
  }
}

const TIE_BREAKS: readonly { readonly text: string; readonly value: (entry: Entry) => number }[] = [
  { text: "по оценке наставляемого", value: (entry) => entry.satisfaction ?? -1 },
  { text: "по выполнению плана", value: (entry) => entry.planDone ?? -1 },
  { text: "по числу встреч", value: (entry) => entry.meetings },
  { text: "по итоговому отчёту", value: (entry) => entry.finalReport ?? -1 },
];

interface Scored {
  readonly entry: Entry;
  readonly score: number;
  readonly explanation: string;
}

function score(entry: Entry, weights: AwardWeights, bestMeetings: number): Scored {
  const values = normalised(entry, bestMeetings);
  const present = COMPONENTS.filter((component) => weights[component] > 0 && values[component] !== null);
  const total = present.reduce((sum, component) => sum + weights[component], 0);
  const parts: string[] = [];
  let sum = 0;
  for (const component of COMPONENTS) {
    if (weights[component] === 0) continue;
    const value = values[component];
    if (value === null) {
      parts.push(`${componentText(component, entry, bestMeetings)} — его вес разделён между остальными`);
      continue;
    }
    const weight = weights[component] / total;
    sum += weight * value;
    parts.push(
      `${componentText(component, entry, bestMeetings)} (${number(value)} × ${formatNumber(weight, { maxFractionDigits: 2 })} = ${number(Math.round(10 * weight * value) / 10)})`,
    );
  }
  const rounded = total === 0 ? 0 : Math.round(10 * clamp(sum)) / 10;
  if (total === 0) parts.push("нет данных ни по одному показателю с ненулевым весом");
  return { entry, score: rounded, explanation: `${parts.join("; ")}; итого ${number(rounded)} из 100` };
}

function byScore(a: Scored, b: Scored): number {
  if (a.score !== b.score) return b.score - a.score;
  for (const tie of TIE_BREAKS) {
    const difference = tie.value(b.entry) - tie.value(a.entry);
    if (difference !== 0) return difference;
  }
  return compareIds(a.entry.id, b.entry.id);
}

/** Why `scored` stands above or below the candidates with the same score, grouped by the deciding criterion. */
function tieText(scored: Scored, all: readonly Scored[]): string {
  const groups = new Map<string, string[]>();
  for (const other of all) {
    if (other === scored || other.score !== scored.score) continue;
    const tie = TIE_BREAKS.find((one) => one.value(scored.entry) !== one.value(other.entry));
    const side = `${byScore(scored, other) < 0 ? "выше" : "ниже"} %s — ${tie ? tie.text : "по порядку ID"}`;
    groups.set(side, [...(groups.get(side) ?? []), other.entry.id]);
  }
  if (groups.size === 0) return "";
  const parts = [...groups].map(([side, ids]) => side.replace("%s", ids.join(", ")));
  return `. При равном балле: ${parts.join("; ")}`;
}

function rankEntries(entries: readonly Entry[], weights: AwardWeights): Candidate[] {
  const counted = entries.filter((entry) => entry.excluded === null);
  const bestMeetings = Math.max(0, ...counted.map((entry) => entry.meetings));
  const scored = counted.map((entry) => score(entry, weights, bestMeetings)).sort(byScore);
  const ranked = scored.map(
    (one, index): Candidate => ({
      ...facts(one.entry),
      rank: index + 1,
      score: one.score,
      explanation: `${one.explanation}${tieText(one, scored)}`,
    }),
  );
  const excluded = entries
    .filter((entry) => entry.excluded !== null)
    .sort((a, b) => compareIds(a.id, b.id))
    .map(
      (entry): Candidate => ({
        ...facts(entry),
        rank: null,
        score: null,
        explanation: `Не участвует: ${entry.excluded}`,
      }),
    );
  return [...ranked, ...excluded];
}

function facts(entry: Entry) {
  return {
    nomination: entry.nomination,
    id: entry.id,
    name: entry.name,
    pairIds: entry.pairIds,
    meetings: entry.meetings,
    planDone: entry.planDone,
    satisfaction: entry.satisfaction,
    finalReport: entry.finalReport,
  };
}

/** Both nominations: «Наставник года» first, then «Лучшая пара», each by rank, the excluded last. */
export function rankCandidates(pairs: readonly PairFacts[], weights: AwardWeights): Candidate[] {
  checkWeights(weights);
  return [...rankEntries(mentorEntries(pairs), weights), ...rankEntries(pairEntries(pairs), weights)];
}
