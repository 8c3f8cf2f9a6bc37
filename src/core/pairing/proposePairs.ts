import { writeRowChanges } from "../intake/rowWrites";
import { appendLog } from "../log";
import type { Context, WorkbookPort } from "../ports";
import { competenceList } from "../questionnaires/competences";
import { readSettings } from "../schema/settings";
import { MENTEES, MENTORS, PAIRS, SETTINGS_SHEET } from "../schema/sheets";
import { requireSheet } from "../sheets";
import { readMentees, readMentors } from "./participants";
import { type ProposalPlan, planProposals } from "./plan";
import { matchingBlocker } from "./readiness";

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
export function proposePairs(
  port: WorkbookPort,
  context: Context,
): ProposalPlan & { summary: string; blocker: string | null } {
  const pairs = requireSheet(port, PAIRS.name);
  const { values: settings } = readSettingsFrom(port, context);
  const banks = { mentors: requireSheet(port, MENTORS.name), mentees: requireSheet(port, MENTEES.name) };
  const plan = planProposals({ ...banks, pairs, settings });
  const competences = competenceList(settings);
  const blocker =
    plan.proposals.length === 0
      ? matchingBlocker(readMentors(banks.mentors, competences), readMentees(banks.mentees, competences))
      : null;
  writeRowChanges(port, PAIRS.name, plan.changes);
  const summary = blocker ? `Пары не подобраны: ${blocker}` : summarizeProposals(plan);
  appendLog(port, context, MATCH_ACTION, summary);
  return { ...plan, summary, blocker };
}
