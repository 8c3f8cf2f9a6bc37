import { INDICATOR_COLUMNS, type IndicatorValue, indicatorIndex } from "../results/indicators";
import { type IndicatorRecord, numberOf, textOf } from "./readIndicators";

/** A checked row and the file it came from (a path relative to the region's folder). */
export interface RegionEntry {
  readonly file: string;
  readonly record: IndicatorRecord;
}

/** Why a file, or one organisation's row in it, is not in the roll-up. */
export interface RegionProblem {
  readonly file: string;
  readonly organisation: string;
  readonly reason: string;
}

export interface Rollup {
  /** One row per organisation, sorted by code. */
  readonly entries: readonly RegionEntry[];
  /** Totals over the organisations: sums of counts, rates weighted by what they are rates of. */
  readonly totals: readonly IndicatorValue[];
  /** The average organisation: the plain mean of each figure over the organisations that have it. */
  readonly averages: readonly IndicatorValue[];
  readonly problems: readonly RegionProblem[];
}

const collator = new Intl.Collator("ru", { numeric: true });

/** The first cells of the totals and averages rows, which a reader of a summary skips. */
export const TOTALS_LABEL = "Итого";
export const AVERAGES_LABEL = "Среднее";

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * The same organisation twice (a file sent again, a workbook beside its own indicators file): the row
 * formed later stands, as the newer figures; on the same day the first file in path order. The other one
 * goes to the problems, so that nothing is silently dropped.
 */
function deduplicate(entries: readonly RegionEntry[]): { kept: RegionEntry[]; problems: RegionProblem[] } {
  const byCode = new Map<string, RegionEntry>();
  const problems: RegionProblem[] = [];
  const ordered = [...entries].sort((a, b) => collator.compare(a.file, b.file));
  for (const entry of ordered) {
    const code = textOf(entry.record, "code");
    const earlier = byCode.get(code);
    if (!earlier) {
      byCode.set(code, entry);
      continue;
    }
    const dates = [textOf(entry.record, "date"), textOf(earlier.record, "date")] as const;
    const later = dates[0] > dates[1];
    const [kept, dropped] = later ? [entry, earlier] : [earlier, entry];
    byCode.set(code, kept);
    const why =
      dates[0] === dates[1]
        ? "сформированы в один день, взят первый файл по имени"
        : "она сформирована позже";
    problems.push({
      file: dropped.file,
      organisation: organisationOf(dropped.record),
      reason: `ИНН/код «${code}» повторяется: в свод взята строка из «${kept.file}» (${why}), эта строка не учтена`,
    });
  }
  return { kept: [...byCode.values()], problems };
}

export function organisationOf(record: IndicatorRecord): string {
  return [textOf(record, "code"), textOf(record, "name")].filter(Boolean).join(" ");
}

function sum(records: readonly IndicatorRecord[], key: string): number {
  return records.reduce((total, record) => total + (numberOf(record, key) ?? 0), 0);
}

/** Σ part / Σ whole over the organisations, as a percentage or a ratio; null when there is no whole. */
function weighted(
  records: readonly IndicatorRecord[],
  part: string,
  whole: string,
  scale: number,
  digits: number,
) {
  const denominator = sum(records, whole);
  return denominator === 0 ? null : round((scale * sum(records, part)) / denominator, digits);
}

/** The mean of `key` weighted by `weight`, over the organisations that have a value. */
function weightedMean(records: readonly IndicatorRecord[], key: string, weight: string, digits: number) {
  let total = 0;
  let weights = 0;
  for (const record of records) {
    const value = numberOf(record, key);
    const w = numberOf(record, weight) ?? 0;
    if (value === null || w === 0) continue;
    total += value * w;
    weights += w;
  }
  return weights === 0 ? null : round(total / weights, digits);
}

/** A region's figure for each column: a rate is recomputed from the sums, not averaged over schools. */
function totalsRow(records: readonly IndicatorRecord[]): IndicatorValue[] {
  const years = new Set(records.map((record) => textOf(record, "schoolYear")));
  const dates = records.map((record) => textOf(record, "date")).sort();
  const special: Record<string, () => IndicatorValue> = {
    code: () => TOTALS_LABEL,
    name: () => `Организаций: ${records.length}`,
    schoolYear: () => (years.size === 1 ? [...years][0]! : ""),
    date: () => dates.at(-1) ?? "",
    coverage: () => weighted(records, "youngCovered", "young", 100, 0),
    meetingsPerPair: () => weighted(records, "meetings", "pairs", 1, 1),
    // Plans are rated per pair: a school with more pairs weighs more.
    planDone: () => weightedMean(records, "planDone", "pairs", 0),
    mentorSatisfaction: () => weightedMean(records, "mentorSatisfaction", "mentorAnswers", 1),
    menteeSatisfaction: () => weightedMean(records, "menteeSatisfaction", "menteeAnswers", 1),
  };
  return INDICATOR_COLUMNS.map((column) => {
    const figure = special[column.key];
    return figure ? figure() : sum(records, column.key);
  });
}

function averagesRow(records: readonly IndicatorRecord[]): IndicatorValue[] {
  return INDICATOR_COLUMNS.map((column, index) => {
    if (column.kind === "text") return index === 0 ? AVERAGES_LABEL : index === 1 ? "на организацию" : "";
    const values = records.flatMap((record) => {
      const value = record.values[index];
      return typeof value === "number" ? [value] : [];
    });
    return values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length, 1);
  });
}

/** The region's summary from the organisations' checked rows and the problems met while reading them. */
export function rollUp(entries: readonly RegionEntry[], readProblems: readonly RegionProblem[]): Rollup {
  const { kept, problems } = deduplicate(entries);
  const codeAt = indicatorIndex("code");
  const sorted = kept.sort((a, b) =>
    collator.compare(String(a.record.values[codeAt]), String(b.record.values[codeAt])),
  );
  const records = sorted.map((entry) => entry.record);
  return {
    entries: sorted,
    totals: totalsRow(records),
    averages: averagesRow(records),
    problems: [...readProblems, ...problems].sort(
      (a, b) => collator.compare(a.file, b.file) || collator.compare(a.organisation, b.organisation),
    ),
  };
}
