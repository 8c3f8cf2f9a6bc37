import { writeRowChanges } from "../intake/rowWrites";
import { appendLog } from "../log";
import type { Context, WorkbookPort } from "../ports";
import { readSettings } from "../schema/settings";
import { MENTEES, MENTORS, PAIRS, SETTINGS_SHEET } from "../schema/sheets";
import { requireSheet } from "../sheets";
import { type ProposalPlan, planProposals } from "./plan";

export const MATCH_ACTION = "Подбор пар";

export function readSettingsFrom(port: WorkbookPort, context: Context) {
  return readSettings(requireSheet(port, SETTINGS_SHEET.name).slice(1), context.now);
}

export function summarizeProposals(plan: ProposalPlan): string {
  const parts = [`Предложено пар: ${plan.proposals.length} (сумма баллов ${plan.total})`];
  if (plan.unmatched.length) parts.push(`без наставника: ${plan.unmatched.length}`);
  if (plan.warnings.length) parts.push(`замечаний: ${plan.warnings.length} — ${plan.warnings.join("; ")}`);
  return parts.join("; ");
}

/**
 * «Подобрать пары»: scores and solves from the banks and rewrites Nastavnik's own cells of its proposals
 * in «Пары» in few batched writes, leaving approved, locked, rejected and forbidden rows and every cell of
 * the coordinator's (notes, own columns, formulas) as they are.
 */
export function proposePairs(port: WorkbookPort, context: Context): ProposalPlan & { summary: string } {
  const pairs = requireSheet(port, PAIRS.name);
  const { values: settings } = readSettingsFrom(port, context);
  const plan = planProposals({
    mentors: requireSheet(port, MENTORS.name),
    mentees: requireSheet(port, MENTEES.name),
    pairs,
    settings,
  });
  writeRowChanges(port, PAIRS.name, plan.changes);
  const summary = summarizeProposals(plan);
  appendLog(port, context, MATCH_ACTION, summary);
  return { ...plan, summary };
}
