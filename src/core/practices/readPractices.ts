import { type Cell, cellText, type Grid } from "../cell";
import { unescapeFormula } from "../questionnaires/text";
import { PRACTICE_STATUSES } from "../schema/enums";
import { readRecords, type SheetRecord } from "../schema/table";
import { PRACTICE_CRITERIA, PRACTICES } from "./sheet";

const REJECTED = PRACTICE_STATUSES[3];

/** A practice of «Методическая копилка», as the final report lists it. */
export interface Practice {
  readonly title: string;
  readonly author: string;
  readonly form: string;
  readonly description: string;
  readonly results: string;
  readonly links: string;
  /** The expert card's total (5–50); null until all five criteria hold a score 1–10. */
  readonly score: number | null;
}

function text(cell: Cell | undefined): string {
  return unescapeFormula(cellText(cell)).trim();
}

/** One criterion's score 1–10, or undefined when the cell holds anything else. */
function criterionScore(cell: Cell | undefined): number | undefined {
  const raw = text(cell);
  const value = Number(raw.replace(",", "."));
  return raw !== "" && Number.isInteger(value) && value >= 1 && value <= 10 ? value : undefined;
}

/** The expert card's total of a row: the sum of its five criteria, or null when one is missing or wrong. */
export function practiceTotal(record: SheetRecord): number | null {
  let total = 0;
  for (const { key } of PRACTICE_CRITERIA) {
    const score = criterionScore(record[key]);
    if (score === undefined) return null;
    total += score;
  }
  return total;
}

/**
 * The practices of «Методическая копилка» for the final report: those with a title and not «Отклонена»,
 * the best-scored first, those not yet assessed last, then by title.
 */
export function readPractices(grid: Grid): Practice[] {
  return readRecords(PRACTICES, grid)
    .records.map(({ record }) => record)
    .filter((record) => text(record.title) !== "" && text(record.status) !== REJECTED)
    .map(
      (record): Practice => ({
        title: text(record.title),
        author: text(record.author),
        form: text(record.form),
        description: text(record.description),
        results: text(record.results),
        links: text(record.links),
        score: practiceTotal(record),
      }),
    )
    .sort(
      (a, b) =>
        (b.score ?? -1) - (a.score ?? -1) ||
        a.title.localeCompare(b.title, "ru") ||
        a.author.localeCompare(b.author, "ru"),
    );
}
