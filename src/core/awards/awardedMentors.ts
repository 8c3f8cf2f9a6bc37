import { cellText, type Grid } from "../cell";
import type { WorkbookPort } from "../ports";
import { readRecords } from "../schema/table";
import { hasSheet } from "../sheets";
import { awardKey, readConfirmedAwards } from "./awardsRows";
import { AWARDS } from "./awardsSheet";
import { NOMINATIONS } from "./ranking";

/** «Наставник — наставляемый» of a pair's row: the mentor is the one the news thanks. */
const PAIR_SEPARATOR = " — ";

/**
 * The mentors whose award the coordinator confirmed on «Награды», «Наставник года» first, each once: the
 * only names the news for the website may carry.
 */
export function awardedMentorNames(grid: Grid): string[] {
  const candidates = new Map<string, string>();
  for (const { record } of readRecords(AWARDS, grid).records)
    candidates.set(
      awardKey(cellText(record.nomination), cellText(record.id).trim()),
      cellText(record.candidate),
    );
  const names: string[] = [];
  for (const award of readConfirmedAwards(grid)) {
    const candidate = candidates.get(awardKey(NOMINATIONS[award.nomination], award.id)) ?? "";
    const mentor = candidate.split(PAIR_SEPARATOR)[0]!.trim();
    if (mentor && !names.includes(mentor)) names.push(mentor);
  }
  return names;
}

export function awardedMentors(port: WorkbookPort): string[] {
  return hasSheet(port, AWARDS.name) ? awardedMentorNames(port.readAll(AWARDS.name)) : [];
}
