import { type CalendarDate, formatDateNumeric, parseRussianDate } from "../../core/format/dates";
import { completePairs } from "../../core/year/completePairs";
import { type EndInitiator, endPairEarly } from "../../core/year/earlyEnd";
import { refreshYear } from "../../core/year/yearStatus";
import { type Command, flagValue, parseArgs, UsageError } from "../command";
import { currentContext } from "../context";
import { withWorkbook, workbookArgument } from "./workbookCommand";

export const statusCommand: Command = {
  name: "status",
  usage:
    "status <книга.xlsx> — ход программы: встречи и выполнение планов по парам, что требует внимания (заполняет лист «Планы» для новых пар)",
  async run(args, io) {
    const path = workbookArgument(parseArgs(args, {}), "nastavnik status школа.xlsx");
    const status = await withWorkbook(
      path,
      (port) => refreshYear(port, currentContext()),
      (result) => result.changed,
    );
    io.stdout(`${status.summary}\n`);
    for (const { pair, progress } of status.pairs) {
      if (pair.status !== "Утверждена") continue;
      const last = progress.lastMeeting
        ? `последняя ${formatDateNumeric(progress.lastMeeting)}`
        : "встреч не было";
      const plan = progress.planDone === null ? "плана нет" : `план выполнен на ${progress.planDone} %`;
      io.stdout(
        `  ${pair.id} ${pair.mentor} — ${pair.mentees}: встреч ${progress.meetingCount} (${last}), ${plan}\n`,
      );
    }
    if (status.attention.length === 0) io.stdout("Требует внимания: ничего.\n");
    else {
      io.stdout("Требует внимания:\n");
      for (const item of status.attention) io.stdout(`  • ${item.text}\n`);
    }
  },
};

function dateFlag(value: string | undefined, flag: string): CalendarDate | undefined {
  if (value === undefined) return undefined;
  const date = parseRussianDate(value);
  if (!date) throw new UsageError(`${flag}: укажите дату в виде дд.мм.гггг, например 15.01.2027.`);
  return date;
}

const INITIATORS: Readonly<Record<string, EndInitiator>> = {
  mentor: "mentor",
  наставник: "mentor",
  employer: "employer",
  работодатель: "employer",
};

const END_EXAMPLE =
  "nastavnik end школа.xlsx ПР-003 --by наставник --notice 01.12.2026 [--date 04.12.2026] [--reason «…»]";

export const endCommand: Command = {
  name: "end",
  usage:
    "end <книга.xlsx> <ID пары> --by наставник|работодатель [--notice дд.мм.гггг] [--date дд.мм.гггг] [--reason текст] — досрочно прекратить наставничество (срок предупреждения проверяется по производственному календарю)",
  async run(args, io) {
    const parsed = parseArgs(args, { values: ["--by", "--notice", "--date", "--reason"] });
    const path = workbookArgument(parsed, END_EXAMPLE, true);
    const [, pairId, ...extra] = parsed.positional;
    if (!pairId || extra.length > 0)
      throw new UsageError(`Укажите книгу и ID пары, например: ${END_EXAMPLE}`);
    const by = flagValue(parsed, "--by");
    const initiator = by === undefined ? undefined : INITIATORS[by.toLowerCase()];
    if (!initiator)
      throw new UsageError(`Укажите, кто прекращает наставничество: --by наставник или --by работодатель.`);
    const result = await withWorkbook(path, (port) =>
      endPairEarly(port, currentContext(), {
        pairId,
        initiator,
        noticeDate: dateFlag(flagValue(parsed, "--notice"), "--notice"),
        endDate: dateFlag(flagValue(parsed, "--date"), "--date"),
        reason: flagValue(parsed, "--reason"),
      }),
    );
    io.stdout(`${result.summary}\n`);
    io.stdout(
      "Наставляемый снова участвует в подборе: выполните nastavnik match, чтобы предложить нового наставника.\n" +
        `Приказ о досрочном прекращении: nastavnik generate ${/\s/.test(path) ? `"${path}"` : path} --doc 9\n`,
    );
  },
};

export const completeCommand: Command = {
  name: "complete",
  usage:
    "complete <книга.xlsx> [--ids ПР-001,ПР-002] — завершить пары, срок программы которых истёк (статус «Завершена»)",
  async run(args, io) {
    const parsed = parseArgs(args, { values: ["--ids"] });
    const path = workbookArgument(parsed, "nastavnik complete школа.xlsx", parsed.values.has("--ids"));
    const given = parsed.values.get("--ids");
    const ids = given
      ? [...given, ...parsed.positional.slice(1)]
          .flatMap((arg) => arg.split(","))
          .map((id) => id.trim())
          .filter(Boolean)
      : undefined;
    const result = await withWorkbook(
      path,
      (port) => completePairs(port, currentContext(), ids),
      (outcome) => outcome.completed.length > 0,
    );
    io.stdout(`${result.summary}\n`);
  },
};
