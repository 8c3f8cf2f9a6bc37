import type { Cell } from "../cell";
import { readFormsExport } from "../questionnaires/exportFile";
import { TIMESTAMP_HEADERS } from "../questionnaires/headers";
import { titleKey } from "../questionnaires/text";
import type { FormResponse, Questionnaire } from "../questionnaires/types";

/**
 * A response from the `namedValues` of a spreadsheet form-submit event (title → [answer]; a checkbox
 * answer is one text joined with ", ", which the parser splits against the known options), read exactly
 * like a row of the response sheet. `timestamp`, when given (the Date in the response sheet), replaces the
 * event's formatted time text. Undefined when the time cannot be read.
 */
export function responseFromNamedValues(
  questionnaire: Questionnaire,
  namedValues: Readonly<Record<string, readonly string[] | string>>,
  timestamp?: Date,
): FormResponse | undefined {
  const titles = Object.keys(namedValues);
  const row: Cell[] = titles.map((title) => {
    const value = namedValues[title];
    return typeof value === "string" ? value : (value ?? []).join(", ");
  });
  const timeKeys = new Set(TIMESTAMP_HEADERS.map(titleKey));
  let timeIndex = titles.findIndex((title) => timeKeys.has(titleKey(title)));
  if (timeIndex < 0) {
    titles.unshift(TIMESTAMP_HEADERS[0]!);
    row.unshift("");
    timeIndex = 0;
  }
  if (timestamp) row[timeIndex] = timestamp;
  return readFormsExport(questionnaire, titles, [row]).responses[0];
}
