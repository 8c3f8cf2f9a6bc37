import type { Cell } from "../cell";
import type { Context, WorkbookPort } from "../ports";
import { EMAIL_HEADERS, TIMESTAMP_HEADERS } from "../questionnaires/headers";
import { formatDateTime, normalizeEmail } from "../questionnaires/text";
import type { FormResponse, Questionnaire } from "../questionnaires/types";
import { MEETINGS } from "../schema/yearSheets";
import { addMeetings } from "../year/meetingImport";
import { type ImportOptions, type ImportReport, isDelivered, summarize, writeLog } from "./report";

/** The answers as the table the meeting import reads: form time, e-mail, then one column per question. */
function asTable(
  questionnaire: Questionnaire,
  responses: readonly FormResponse[],
): { header: Cell[]; rows: Cell[][] } {
  const titles = questionnaire.questions.map((question) => question.title);
  const header: Cell[] = [TIMESTAMP_HEADERS[0]!, EMAIL_HEADERS[0]!, ...titles];
  const rows = responses.map((response): Cell[] => [
    response.timestamp,
    response.email,
    ...titles.map((title) => {
      const answer = response.answers[title] ?? "";
      return typeof answer === "string" ? answer : answer.join(", ");
    }),
  ]);
  return { header, rows };
}

/**
 * Answers to «Отчёт о встрече» → «Встречи», through the same import as a file of reports: each answer
 * lands once (known by its time and e-mail), whatever order and however often it is delivered; a report
 * from an e-mail that is not the chosen pair's mentor is refused, the reason logged for the answer
 * delivered now. The log gets the summary as `options.log` allows, in one append.
 */
export function importMeetingReports(
  port: WorkbookPort,
  context: Context,
  questionnaire: Questionnaire,
  responses: readonly FormResponse[],
  options: ImportOptions,
): ImportReport {
  const { header, rows } = asTable(questionnaire, responses);
  const result = addMeetings(port, context, header, rows);
  const changed = result.added.length > 0;
  const counts = {
    responses: responses.length,
    applied: result.added.length,
    added: result.added.length,
    updated: 0,
    unchanged: result.duplicates,
    rejected: result.rejected.length,
    needsReview: 0,
  };
  const summary = summarize(questionnaire.title, counts);
  const action = `${questionnaire.title}: перенос ответов (${options.source})`;
  const notes = result.rejected.flatMap(({ index, reason }) => {
    const response = responses[index]!;
    const email = normalizeEmail(response.email).email;
    if (!isDelivered(options, response.timestamp, email)) return [];
    return [`Ответ от ${formatDateTime(response.timestamp)} не принят: ${reason}`];
  });
  writeLog(
    port,
    context,
    [
      { time: context.now, action, result: summary },
      ...notes.map((result) => ({ time: context.now, action, result })),
    ],
    changed,
    options,
  );
  return {
    form: questionnaire.key,
    title: questionnaire.title,
    sheet: MEETINGS.name,
    changed,
    counts,
    summary,
    notes,
  };
}
