import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  formKey,
  INDICATOR_COLUMNS,
  type IndicatorValue,
  indicatorsCsv,
} from "../../core/results/indicators";
import { MENTORING_FORMS } from "../../core/schema/enums";
import { indicatorsWorkbook } from "../region/indicatorsXlsx";

/** mulberry32: the same neighbours on every run of the demo, the tests and the benchmark. */
function seeded(seed: number): (min: number, max: number) => number {
  let state = seed >>> 0;
  return (min, max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return min + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max - min + 1));
  };
}

/** `total` split into `parts` random non-negative whole parts. */
function split(total: number, parts: number, int: (min: number, max: number) => number): number[] {
  const out: number[] = [];
  let left = total;
  for (let part = 0; part < parts - 1; part++) {
    const share = int(0, left);
    out.push(share);
    left -= share;
  }
  return [...out, left];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The indicators row of a made-up school of the district, consistent as `nastavnik report` would write
 * it: parts within wholes, rates matching their counts.
 */
export function neighbourSchoolRow(index: number, seed = 1): IndicatorValue[] {
  const int = seeded(seed * 100_003 + index);
  const teachers = int(15, 120);
  const young = int(0, Math.ceil(teachers / 4));
  const youngCovered = int(0, young);
  const pairs = youngCovered + int(0, 6);
  const mentors = pairs === 0 ? 0 : int(1, pairs);
  const [active = 0, completed = 0, endedEarly = 0] = split(pairs, 3, int);
  const forms = split(pairs, MENTORING_FORMS.length, int);
  const meetings = pairs * int(0, 9);
  const mentorAnswers = int(0, mentors);
  const menteeAnswers = int(0, youngCovered);
  const values: Record<string, IndicatorValue> = {
    code: String(6_600_000_000 + index * 7 + seed),
    name: `МБОУ «СОШ № ${index + 100}»`,
    schoolYear: "2026–2027",
    date: "2027-05-30",
    teachers,
    young,
    youngCovered,
    coverage: young === 0 ? null : Math.round((100 * youngCovered) / young),
    mentors,
    pairs,
    active,
    completed,
    endedEarly,
    meetings,
    meetingsPerPair: pairs === 0 ? null : round1(meetings / pairs),
    planDone: pairs === 0 ? null : int(30, 100),
    mentorSatisfaction: mentorAnswers === 0 ? null : round1(int(60, 100) / 10),
    mentorAnswers,
    menteeSatisfaction: menteeAnswers === 0 ? null : round1(int(50, 100) / 10),
    menteeAnswers,
  };
  MENTORING_FORMS.forEach((form, at) => {
    values[formKey(form)] = forms[at] ?? 0;
  });
  return INDICATOR_COLUMNS.map((column) => values[column.key] ?? null);
}

/** Writes the school's indicators as `nastavnik report --indicators` does: .csv or .xlsx by `format`. */
export async function writeIndicatorsFile(
  path: string,
  rows: readonly (readonly IndicatorValue[])[],
  format: "csv" | "xlsx",
): Promise<void> {
  if (format === "csv") await writeFile(path, indicatorsCsv(rows), "utf8");
  else await (await indicatorsWorkbook(rows)).xlsx.writeFile(path);
}

/** `count` neighbour schools in `folder`, every third as .xlsx, the rest .csv; returns the paths. */
export async function writeNeighbourSchools(folder: string, count: number, seed = 1): Promise<string[]> {
  const paths: string[] = [];
  for (let index = 0; index < count; index++) {
    const format = index % 3 === 2 ? "xlsx" : "csv";
    const path = join(folder, `школа-${String(index + 1).padStart(4, "0")}.${format}`);
    await writeIndicatorsFile(path, [neighbourSchoolRow(index, seed)], format);
    paths.push(path);
  }
  return paths;
}
