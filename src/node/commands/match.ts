import { approvePairs, type PairSelection } from "../../core/pairing/approve";
import { proposePairs } from "../../core/pairing/proposePairs";
import { type Command, UserError } from "../command";
import { currentContext } from "../context";
import { openWorkbook, saveWorkbook } from "../xlsx/xlsxFile";

function workbookArgument(args: readonly string[], example: string): string {
  const path = args[0];
  if (!path?.toLowerCase().endsWith(".xlsx"))
    throw new UserError(`Укажите книгу .xlsx, например: ${example}`);
  return path;
}

async function withWorkbook<T>(
  path: string,
  work: (port: Awaited<ReturnType<typeof openWorkbook>>) => T,
): Promise<T> {
  const port = await openWorkbook(path, { mustExist: true });
  let result: T;
  try {
    result = work(port);
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
  await saveWorkbook(port, path);
  return result;
}

export const matchCommand: Command = {
  name: "match",
  usage: "match <книга.xlsx> — подобрать пары по анкетам и записать предложения на лист «Пары»",
  async run(args, io) {
    const path = workbookArgument(args, "nastavnik match школа.xlsx");
    const plan = await withWorkbook(path, (port) => proposePairs(port, currentContext()));
    io.stdout(`${plan.summary}\n`);
    for (const p of plan.proposals)
      io.stdout(`  ${p.mentor.fullName} → ${p.mentee.fullName} (${p.score}): ${p.explanation}\n`);
    for (const { mentee, reason } of plan.unmatched)
      io.stdout(`  ${mentee.fullName}: не подобран — ${reason}\n`);
  },
};

function selection(args: readonly string[]): PairSelection {
  if (args.includes("--all")) return { all: true };
  const index = args.indexOf("--ids");
  const ids =
    index >= 0
      ? args
          .slice(index + 1)
          .flatMap((arg) => arg.split(","))
          .map((id) => id.trim())
          .filter(Boolean)
      : [];
  if (ids.length === 0)
    throw new UserError("Укажите, какие пары утвердить: --all (все предложенные) или --ids ПР-001,ПР-002");
  return { ids };
}

export const approveCommand: Command = {
  name: "approve",
  usage: "approve <книга.xlsx> [--all | --ids ПР-001,ПР-002] — утвердить предложенные пары",
  async run(args, io) {
    const path = workbookArgument(args, "nastavnik approve школа.xlsx --all");
    const chosen = selection(args.slice(1));
    const plan = await withWorkbook(path, (port) => approvePairs(port, currentContext(), chosen));
    io.stdout(`${plan.summary}\n`);
  },
};
