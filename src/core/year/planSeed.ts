import { cellText, type Grid } from "../cell";
import { buildPlan } from "../documents/planActivities";
import { dateCell } from "../pairing/approve";
import { splitOptions } from "../questionnaires/options";
import { MENTEES } from "../schema/sheets";
import { readRecords, type SheetRecord } from "../schema/table";
import { roadmapDeadline } from "./roadmapDeadline";
import { pairKey, type YearPair } from "./yearData";

/**
 * Plan items of «Планы» for approved pairs that have none yet: the same plan the pair's personalised
 * programme prints (built from the mentees' difficulties over the pair's term). A pair that already has
 * items is left alone, so re-running never duplicates or overwrites an item someone has marked.
 */
export function missingPlanItems(
  pairs: readonly YearPair[],
  planned: ReadonlySet<string>,
  mentees: Grid,
  competences: readonly string[],
): SheetRecord[] {
  const difficultiesOf = new Map(
    readRecords(MENTEES, mentees).records.map(({ record }) => {
      const split = splitOptions(cellText(record.difficulties), competences);
      return [cellText(record.id), [...split.known, ...split.unknown]] as const;
    }),
  );
  const records: SheetRecord[] = [];
  for (const pair of pairs) {
    if (pair.status !== "Утверждена" || !pair.id || !pair.start || !pair.end) continue;
    if (planned.has(pairKey(pair.id))) continue;
    const difficulties = [...new Set(pair.menteeIds.flatMap((id) => difficultiesOf.get(id) ?? []))];
    buildPlan(difficulties, pair.start, pair.end).forEach((item, index) => {
      const due = roadmapDeadline(item.deadline);
      records.push({
        pairId: pair.id,
        number: String(index + 1),
        section: item.direction,
        activity: item.activity,
        due: due ? dateCell(due) : item.deadline,
        form: item.form,
        expected: item.result,
        mark: "",
        evidence: "",
      });
    });
  }
  return records;
}
