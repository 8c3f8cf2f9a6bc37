import type { Grid } from "../../core/cell";
import { agreeing } from "../../core/declension/gender";
import { approvePairs, type PairSelection } from "../../core/pairing/approve";
import { sameId } from "../../core/pairing/ids";
import { readPairRows } from "../../core/pairing/pairRows";
import { proposePairs } from "../../core/pairing/proposePairs";
import { PAIRS } from "../../core/schema/sheets";
import { type Command, type ParsedArgs, parseArgs, UsageError, UserError } from "../command";
import { currentContext } from "../context";
import { withWorkbook, workbookArgument } from "./workbookCommand";

export const matchCommand: Command = {
  name: "match",
  usage: "match <книга.xlsx> — подобрать пары по анкетам и записать предложения на лист «Пары»",
  async run(args, io) {
    const path = workbookArgument(parseArgs(args, {}), "nastavnik match школа.xlsx");
    const plan = await withWorkbook(path, (port) => proposePairs(port, currentContext()));
    io.stdout(`${plan.summary}\n`);
    for (const p of plan.proposals)
      io.stdout(`  ${p.mentor.fullName} → ${p.mentee.fullName} (${p.score}): ${p.explanation}\n`);
    if (plan.blocker === null)
      for (const { mentee, reason } of plan.unmatched)
        io.stdout(
          `  ${mentee.fullName}: ${agreeing(mentee.sex, "не подобран", "не подобрана")} — ${reason}\n`,
        );
  },
};

const SELECTION_HINT = "Укажите, какие пары утвердить: --all (все предложенные) или --ids ПР-001,ПР-002";

/** `--all`, or `--ids ПР-001,ПР-002` (also `--ids=…`, and IDs after it separated by spaces). */
function selection(parsed: ParsedArgs): PairSelection {
  const given = parsed.values.get("--ids");
  if (parsed.switches.has("--all")) {
    if (given) throw new UsageError(`Укажите что-то одно: --all или --ids. ${SELECTION_HINT}`);
    return { all: true };
  }
  const ids = [...(given ?? []), ...(given ? parsed.positional.slice(1) : [])]
    .flatMap((arg) => arg.split(","))
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new UsageError(SELECTION_HINT);
  return { ids };
}

/** `approve --ids` with an ID that is not in «Пары» approves nothing: a typo must not pass as done. */
function refuseUnknownIds(pairs: Grid, ids: readonly string[]): void {
  const known = readPairRows(pairs).rows.map((row) => row.id);
  const unknown = ids.filter((id) => !known.some((candidate) => sameId(candidate, id)));
  if (unknown.length === 0) return;
  const list = unknown.map((id) => `«${id}»`).join(", ");
  throw new UserError(
    `На листе «Пары» нет ${unknown.length === 1 ? "пары" : "пар"} ${list}: проверьте ID (их показывает nastavnik match и столбец «ID пары/группы»). Ничего не утверждено, книга не изменена.`,
  );
}

export const approveCommand: Command = {
  name: "approve",
  usage: "approve <книга.xlsx> [--all | --ids ПР-001,ПР-002] — утвердить предложенные пары",
  async run(args, io) {
    const parsed = parseArgs(args, { values: ["--ids"], switches: ["--all"] });
    const path = workbookArgument(parsed, "nastavnik approve школа.xlsx --all", parsed.values.has("--ids"));
    const chosen = selection(parsed);
    const plan = await withWorkbook(path, (port) => {
      if ("ids" in chosen) refuseUnknownIds(port.readAll(PAIRS.name), chosen.ids);
      return approvePairs(port, currentContext(), chosen);
    });
    io.stdout(`${plan.summary}\n`);
  },
};
