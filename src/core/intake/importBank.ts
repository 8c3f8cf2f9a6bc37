import type { Context, WorkbookPort } from "../ports";
import type { FormResponse, Questionnaire } from "../questionnaires/types";
import { upsertResponses } from "../questionnaires/upsert";
import { requireSheet } from "../sheets";
import { type ImportOptions, type ImportReport, isDelivered, summarize, writeLog } from "./report";
import { writeRowChanges } from "./rowWrites";

/**
 * Puts answers to «Анкета наставника» or «Анкета наставляемого» into their bank: one read of the bank,
 * `upsertResponses`, then one write per block of changed cells (see `changeBlocks`) and one for the new people,
 * and the log lines in one append.
 */
export function importBankResponses(
  port: WorkbookPort,
  context: Context,
  questionnaire: Questionnaire,
  responses: readonly FormResponse[],
  options: ImportOptions,
): ImportReport {
  const bank = questionnaire.bank;
  if (!bank) throw new Error(`Questionnaire ${questionnaire.key} does not fill a bank`);
  const sheet = bank.schema.name;
  const grid = requireSheet(port, sheet);
  const result = upsertResponses(grid, questionnaire, responses, {
    source: options.source,
    now: context.now,
  });
  const writes = writeRowChanges(port, sheet, result.updates, result.append);
  const changed = writes > 0;
  const counts = {
    responses: result.counts.responses,
    applied: result.counts.applied,
    added: result.counts.added,
    updated: result.counts.updated,
    unchanged: result.counts.unchanged,
    rejected: result.counts.rejected,
    needsReview: result.counts.needsReview,
  };
  const summary = summarize(questionnaire.title, counts);
  // Applied answers needing a check are news; a rejected one only if it is an answer delivered now.
  const action = result.log[0]?.action ?? questionnaire.title;
  const entries = [
    ...result.log.slice(0, 1),
    ...result.outcomes
      .filter(
        (outcome) =>
          outcome.needsReview ||
          (outcome.kind === "rejected" && isDelivered(options, outcome.timestamp, outcome.email)),
      )
      .map((outcome) => ({ time: context.now, action, result: outcome.message })),
  ];
  writeLog(port, context, entries, changed, options);
  const notes = entries.slice(1).map((entry) => entry.result);
  return { form: questionnaire.key, title: questionnaire.title, sheet, changed, counts, summary, notes };
}
