import { type Cell, cellText, type Grid } from "../cell";
import type { Context, WorkbookPort } from "../ports";
import { canonicalResponse } from "../questionnaires/canonical";
import { groupMeetingQuestionnaire, type QuestionnaireContext } from "../questionnaires/forms";
import { type PartnerPreferences, parsePartnerPreferences } from "../questionnaires/partners";
import { formatDateTime, unescapeFormula } from "../questionnaires/text";
import { floorToSecond } from "../questionnaires/timestamp";
import type { FormResponse } from "../questionnaires/types";
import type { LogEntry } from "../questionnaires/upsert";
import type { SheetSchema } from "../schema/columns";
import { MENTEES, MENTORS } from "../schema/sheets";
import { mapColumns, readRecords } from "../schema/table";
import { SetupNeededError } from "../sheets";
import { readBanks } from "./questionnaireSet";
import { type ImportOptions, type ImportReport, summarize, writeLog } from "./report";
import { type RowChange, writeRowChanges } from "./rowWrites";

interface Parsed extends PartnerPreferences {
  readonly response: FormResponse;
  readonly time: number;
  /** Orders answers given in the same second the same way whatever the delivery order. */
  readonly tieBreak: string;
}

function newer(a: Parsed, b: Parsed): boolean {
  return a.time !== b.time ? a.time > b.time : a.tieBreak > b.tieBreak;
}

interface BankSide {
  readonly schema: SheetSchema;
  readonly grid: Grid;
  readonly column: number;
  readonly rowById: Map<string, number>;
}

function bankSide(schema: SheetSchema, grid: Grid): BankSide {
  const column = mapColumns(schema, grid[0] ?? []).get("choices");
  if (column === undefined)
    throw new SetupNeededError(`На листе «${schema.name}» нет столбца «Выбор после встречи».`);
  const rowById = new Map<string, number>();
  for (const { row, record } of readRecords(schema, grid).records) {
    const id = unescapeFormula(cellText(record.id ?? ""));
    if (id && !rowById.has(id)) rowById.set(id, row);
  }
  return { schema, grid, column, rowById };
}

/**
 * Puts answers to «Анкета после групповой встречи» into «Выбор после встречи» of each respondent's bank
 * row, as the chosen IDs in order («Н-003, Н-001»). The newest answer of each respondent among `responses`
 * wins — pass every answer the form has (its whole response sheet or export), so that the result does not
 * depend on the order answers arrive in. Answers without a respondent or without a usable choice change
 * nothing and are logged. Only the changed cells of that one column are written.
 */
export function importPreferences(
  port: WorkbookPort,
  context: Context,
  questionnaireContext: QuestionnaireContext,
  responses: readonly FormResponse[],
  options: ImportOptions,
): ImportReport {
  const banks = readBanks(port);
  const questionnaire = groupMeetingQuestionnaire(questionnaireContext, banks.choices);
  const sides = { mentor: bankSide(MENTORS, banks.mentors), mentee: bankSide(MENTEES, banks.mentees) };
  const action = `${questionnaire.title}: перенос ответов (${options.source})`;
  const problems: LogEntry[] = [];
  const newest = new Map<string, Parsed>();
  let rejected = 0;
  const responseKey = (response: FormResponse) =>
    `${floorToSecond(response.timestamp).getTime()}|${response.email.trim().toLowerCase()}`;
  const focus = options.delivered && new Set(options.delivered.map(responseKey));
  for (const response of responses) {
    const preferences = parsePartnerPreferences(questionnaire, response, banks.choices);
    const parsed: Parsed = {
      ...preferences,
      response,
      time: floorToSecond(response.timestamp).getTime(),
      tieBreak: canonicalResponse(response),
    };
    const who = preferences.respondent?.label ?? (response.email || "участник не определён");
    if (preferences.problems.length > 0 && (!focus || focus.has(responseKey(response))))
      problems.push({
        time: context.now,
        action,
        result: `${who}, ответ от ${formatDateTime(response.timestamp)}: ${preferences.problems.join("; ")}`,
      });
    const respondent = preferences.respondent;
    if (!respondent || preferences.preferences.length === 0) {
      rejected++;
      continue;
    }
    const current = newest.get(respondent.id);
    if (!current || newer(parsed, current)) newest.set(respondent.id, parsed);
  }
  const changes = { mentor: [] as RowChange[], mentee: [] as RowChange[] };
  for (const [id, parsed] of newest) {
    const role = parsed.respondent?.role ?? "mentor";
    const side = sides[role];
    const row = side.rowById.get(id);
    if (row === undefined) continue;
    const value = parsed.preferences.map((choice) => choice.id).join(", ");
    const cells: Cell[] = (side.grid[row] ?? []).slice();
    if (unescapeFormula(cellText(cells[side.column] ?? "")) === value) continue;
    cells[side.column] = value;
    changes[role].push({ row, values: cells, changedColumns: [side.column] });
  }
  const writes =
    writeRowChanges(port, MENTORS.name, changes.mentor) + writeRowChanges(port, MENTEES.name, changes.mentee);
  const updated = changes.mentor.length + changes.mentee.length;
  const counts = {
    responses: responses.length,
    applied: updated,
    added: 0,
    updated,
    unchanged: responses.length - rejected - updated,
    rejected,
    needsReview: 0,
  };
  const summary = summarize(questionnaire.title, counts);
  const changed = writes > 0;
  writeLog(port, context, [{ time: context.now, action, result: summary }, ...problems], changed, options);
  return {
    form: "groupMeeting",
    title: questionnaire.title,
    sheet: `${MENTORS.name}, ${MENTEES.name}`,
    changed,
    counts,
    summary,
    notes: problems.map((entry) => entry.result),
  };
}
