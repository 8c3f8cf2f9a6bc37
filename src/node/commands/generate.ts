import {
  ALL_KINDS,
  type DocumentKindId,
  KIND_ALIASES,
  kindsByName,
  YEAR_END_KINDS,
} from "../../core/documents";
import { type CalendarDate, parseRussianDate } from "../../core/format/dates";
import { type Command, flagValue, parseArgs, UsageError } from "../command";
import { workbookPath } from "../files/workbookPath";

/** «1 положение (regulation)…», for the help and for a wrong --doc. */
export const KIND_HELP = ALL_KINDS.map((kind) => {
  const [number, russian, ...others] = KIND_ALIASES[kind.id];
  return `${number} ${russian} (${others.at(-1)}) — ${kind.title}`;
}).join("\n      ");

export function parseKinds(text: string | undefined): DocumentKindId[] {
  if (text === undefined)
    throw new UsageError(
      `Укажите, какие документы сформировать: --doc all или --doc <вид>:\n      ${KIND_HELP}`,
    );
  const kinds: DocumentKindId[] = [];
  for (const name of text.split(",").filter((part) => part.trim() !== "")) {
    const found = kindsByName(name);
    if (found === null)
      throw new UsageError(
        `Неизвестный вид документа «${name.trim()}». Виды:\n      ${KIND_HELP}\n      all — все`,
      );
    kinds.push(...found);
  }
  if (kinds.length === 0) throw new UsageError("После --doc укажите вид документа или all.");
  return kinds;
}

/** «01.09.2026» → the date; a wrong one is a usage error saying how to write it. */
export function parseDateFlag(text: string | undefined): CalendarDate | undefined {
  if (text === undefined) return undefined;
  const date = parseRussianDate(text);
  if (date === null)
    throw new UsageError(
      `Дата «${text}» не распознана: укажите её как дд.мм.гггг, например --date 01.09.2026`,
    );
  return date;
}

export const generateCommand: Command = {
  name: "generate",
  usage:
    "generate <книга.xlsx> --doc <вид|all> [--date дд.мм.гггг] [--out папка] [--pdf] [--again [--new-number]]\n" +
    "      [--same-day] [--blanks] — сформировать документы (.docx в папку «Документы» рядом с книгой или в\n" +
    "      --out; --date — дата приказов и документов, по умолчанию сегодня; --pdf — ещё и PDF через\n" +
    "      LibreOffice; --again — заново, даже уже сформированные: приказ сохраняет свой номер и дату, а с\n" +
    "      --new-number получает следующий номер и дату --date; --same-day — разрешить приказы 6 и 7 той же\n" +
    "      датой, что и приказ о закреплении пар; --blanks — бланки на подпись для тех, чьё согласие ещё не\n" +
    `      получено, виды 4 и 5). Виды, можно через запятую:\n      ${KIND_HELP}\n      all — все`,
  async run(args, io) {
    const parsed = parseArgs(args, {
      values: ["--doc", "--out", "--date"],
      switches: ["--pdf", "--again", "--new-number", "--same-day", "--blanks"],
    });
    const [given, ...extra] = parsed.positional;
    const usage = "Укажите книгу .xlsx, например: nastavnik generate школа.xlsx --doc all";
    if (extra.length > 0) throw new UsageError(usage);
    const workbook = workbookPath(given, usage);
    // The document libraries are loaded only by the commands that make documents.
    const { defaultOutDir, runGenerate } = await import("../documents/runGenerate");
    const kinds = parseKinds(parsed.values.get("--doc")?.join(","));
    const result = await runGenerate(
      {
        workbook,
        outDir: flagValue(parsed, "--out") ?? defaultOutDir(workbook),
        kinds,
        // Named on their own, the year-end reports are made without pictures (`report --documents` adds them).
        ...(kinds.some((kind) => YEAR_END_KINDS.includes(kind)) ? { year: {} } : {}),
        pdf: parsed.switches.has("--pdf"),
        again: parsed.switches.has("--again"),
        newNumbers: parsed.switches.has("--new-number"),
        sameDay: parsed.switches.has("--same-day"),
        blanks: parsed.switches.has("--blanks"),
        date: parseDateFlag(flagValue(parsed, "--date")),
      },
      io,
    );
    if (!result.done) io.stdout(`Осталось: ${result.remaining}. Запустите команду ещё раз.\n`);
  },
};
