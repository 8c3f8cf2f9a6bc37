import { AWARDS } from "../../core/awards/awardsSheet";
import { NOMINATIONS } from "../../core/awards/ranking";
import { writeAwards } from "../../core/awards/writeAwards";
import { formatNumber } from "../../core/format/numbers";
import { type Command, parseArgs } from "../command";
import { currentContext } from "../context";
import { withWorkbook, workbookArgument } from "./workbookCommand";

export const awardsCommand: Command = {
  name: "awards",
  usage:
    "awards <книга.xlsx> — рейтинг «Наставник года» и «Лучшая пара» на листе «Награды» (решения в столбце «Решение» сохраняются)",
  async run(args, io) {
    const parsed = parseArgs(args, {});
    const path = workbookArgument(parsed, "nastavnik awards школа.xlsx");
    const result = await withWorkbook(path, (port) => writeAwards(port, currentContext()));
    io.stdout(`${result.summary}.\n`);
    for (const candidate of result.candidates) {
      if (candidate.rank === null || candidate.score === null) continue;
      io.stdout(
        `  ${NOMINATIONS[candidate.nomination]}, ${candidate.rank} место — ${candidate.name}: ` +
          `${formatNumber(candidate.score, { maxFractionDigits: 1 })} — ${candidate.explanation}\n`,
      );
    }
    io.stdout(
      `Подтвердите награды в столбце «Решение» листа «${AWARDS.name}», затем сформируйте документы.\n`,
    );
  },
};
