import { type Cell, cellText } from "../../core/cell";
import type { PartnerChoice } from "../../core/questionnaires/partners";
import type { Question, Questionnaire } from "../../core/questionnaires/types";
import type { SheetRecord } from "../../core/schema/table";
import type { ExportTable } from "../import/readExport";

const TIMESTAMP = "Отметка времени";
const EMAIL = "Адрес электронной почты";

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** As a Google Forms export in a Russian locale writes it: «15.09.2026 10:05:00». */
function exportTime(date: Date): string {
  return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}:00`;
}

/** The option a respondent ticked for what the bank stores («Ж» was «Женский»). */
function answerFor(question: Question, record: SheetRecord): string {
  const value = cellText(question.column ? record[question.column] : "");
  const stored = Object.entries(question.stored ?? {}).find(([, kept]) => kept === value);
  return stored ? stored[0] : value;
}

/** The responses export of a bank questionnaire, as if each demo person had filled the form in. */
export function bankExport(form: Questionnaire, records: readonly SheetRecord[], start: Date): ExportTable {
  const header: Cell[] = [TIMESTAMP, EMAIL, ...form.questions.map((question) => question.title)];
  const rows = records.map((record, index) => [
    exportTime(new Date(start.getTime() + index * 60_000)),
    cellText(record.email),
    ...form.questions.map((question) => answerFor(question, record)),
  ]);
  return { header, rows };
}

/**
 * The export of «Анкета после групповой встречи»: each demo person who named partners picks
 * themself and up to three of them, by the labels the form lists (found through the e-mails).
 */
export function choicesExport(
  form: Questionnaire,
  people: readonly SheetRecord[],
  choices: readonly PartnerChoice[],
  start: Date,
): ExportTable {
  const byDemoId = new Map(people.map((record) => [cellText(record.id), cellText(record.email)]));
  const labelOf = (email: string) => choices.find((choice) => choice.email === email)?.label ?? "";
  const header: Cell[] = [TIMESTAMP, EMAIL, ...form.questions.map((question) => question.title)];
  const rows = people
    .filter((record) => cellText(record.choices) !== "")
    .map((record, index) => {
      const named = cellText(record.choices)
        .split(/,\s*/)
        .map((id) => labelOf(byDemoId.get(id) ?? ""));
      const email = cellText(record.email);
      return [
        exportTime(new Date(start.getTime() + index * 60_000)),
        email,
        labelOf(email),
        ...[0, 1, 2].map((i) => named[i] ?? ""),
      ];
    });
  return { header, rows };
}
