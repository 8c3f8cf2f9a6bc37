import type { Grid } from "../cell";
import { collapseSpaces } from "../questionnaires/text";
import { readYearPairs } from "./yearData";

/**
 * The choices of «Отчёт о встрече»: every approved pair as «ФИО наставляемого (ПР-003)» (a group lists its
 * mentees), sorted. The pair ID in brackets is what the meeting import reads, so namesakes stay apart.
 */
export function meetingChoices(pairs: Grid): string[] {
  return readYearPairs(pairs)
    .filter((pair) => pair.status === "Утверждена" && pair.id !== "")
    .map((pair) => {
      const mentees = collapseSpaces(pair.mentees);
      return mentees ? `${mentees} (${pair.id})` : pair.id;
    })
    .sort((a, b) => a.localeCompare(b, "ru"));
}
