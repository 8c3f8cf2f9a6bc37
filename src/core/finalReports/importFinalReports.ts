import { cellText, type Grid } from "../cell";
import { type Derived, importKeyedRows, type RowIdentity } from "../intake/importKeyedRows";
import { readBanks } from "../intake/questionnaireSet";
import type { ImportOptions, ImportReport } from "../intake/report";
import type { Context, WorkbookPort } from "../ports";
import type { QuestionnaireContext } from "../questionnaires/forms";
import { matchOption } from "../questionnaires/options";
import type { PartnerChoice } from "../questionnaires/partners";
import { foldKey } from "../questionnaires/text";
import type { FormResponse } from "../questionnaires/types";
import { PAIRS } from "../schema/sheets";
import { hasSheet } from "../sheets";
import { pairKey, readYearPairs, type YearPair } from "../year/yearData";
import { finalReportQuestionnaire } from "./form";
import { FINAL_REPORTS } from "./sheet";

/**
 * The pair a mentor's report on a mentee is about: the pair with this mentee led by this mentor, else the
 * only pair with this mentee; the last such row on «Пары» when there are several (a pair formed again).
 */
export function pairOfReport(
  pairs: readonly YearPair[],
  mentorId: string,
  menteeId: string,
): YearPair | undefined {
  const withMentee = pairs.filter(
    (pair) => pair.id !== "" && pair.menteeIds.some((id) => pairKey(id) === pairKey(menteeId)),
  );
  const led = withMentee.filter((pair) => mentorId !== "" && pairKey(pair.mentorId) === pairKey(mentorId));
  if (led.length > 0) return led[led.length - 1];
  return withMentee.length === 1 ? withMentee[0] : undefined;
}

function reportIdentity(choices: readonly PartnerChoice[], pairs: readonly YearPair[]): RowIdentity {
  const mentees = choices.filter((choice) => choice.role === "mentee");
  const labels = mentees.map((choice) => choice.label);
  const menteeOf = (label: string) => {
    const matched = matchOption(label, labels);
    return matched === undefined ? undefined : mentees.find((choice) => choice.label === matched);
  };
  const mentorOf = (email: string) =>
    choices.find((choice) => choice.role === "mentor" && email !== "" && choice.email === email);
  const chosen = (value: unknown) => (typeof value === "string" ? value : "");
  return {
    rowKey: (get, email) => `${email}|${cellText(get("menteeId")) || foldKey(cellText(get("mentee")))}`,
    answerKey: (answer) => {
      const label = chosen(answer.values.mentee);
      return `${answer.email}|${menteeOf(label)?.id ?? foldKey(label)}`;
    },
    derived: (answer): Derived => {
      const mentee = menteeOf(chosen(answer.values.mentee));
      const mentor = mentorOf(answer.email);
      const pair = mentee ? pairOfReport(pairs, mentor?.id ?? "", mentee.id) : undefined;
      const problems = [
        ...(mentor ? [] : [`e-mail ${answer.email || "не указан"} не найден у наставников`]),
        ...(mentee && !pair ? ["пара с этим наставляемым не найдена на листе «Пары» — впишите ID пары"] : []),
      ];
      return {
        cells: { mentorId: mentor?.id ?? "", menteeId: mentee?.id ?? "", pairId: pair?.id ?? "" },
        problems,
      };
    },
  };
}

/**
 * Puts answers to «Итоговый отчёт наставника» into «Итоговые отчёты» (created if missing): one row per
 * mentor and mentee, the newest report winning, with the mentor's, the mentee's and the pair's IDs found
 * in the banks and on «Пары». Idempotent in any order of arrival, as every keyed import.
 */
export function importFinalReports(
  port: WorkbookPort,
  context: Context,
  questionnaireContext: QuestionnaireContext,
  responses: readonly FormResponse[],
  options: ImportOptions,
): ImportReport {
  const { choices } = readBanks(port);
  const questionnaire = finalReportQuestionnaire(questionnaireContext, choices);
  const pairsGrid: Grid = hasSheet(port, PAIRS.name) ? port.readAll(PAIRS.name) : [];
  const identity = reportIdentity(choices, readYearPairs(pairsGrid));
  return importKeyedRows(port, context, questionnaire, responses, options, FINAL_REPORTS, identity);
}
