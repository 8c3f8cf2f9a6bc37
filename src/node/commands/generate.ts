import { ALL_KINDS, type DocumentKindId, KIND_ALIASES, kindsByName } from "../../core/documents";
import { type Command, UserError } from "../command";
import { defaultOutDir, runGenerate } from "../documents/runGenerate";

/** «1 положение (regulation)…», for the help and for a wrong --doc. */
export const KIND_HELP = ALL_KINDS.map((kind) => {
  const [number, russian, ...others] = KIND_ALIASES[kind.id];
  return `${number} ${russian} (${others.at(-1)}) — ${kind.title}`;
}).join("\n      ");

function flagValue(args: readonly string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith("--")) throw new UserError(`После ${flag} укажите значение.`);
  return value;
}

export function parseKinds(text: string | undefined): DocumentKindId[] {
  if (text === undefined)
    throw new UserError(
      `Укажите, какие документы сформировать: --doc all или --doc <вид>:\n      ${KIND_HELP}`,
    );
  const kinds: DocumentKindId[] = [];
  for (const name of text.split(",").filter((part) => part.trim() !== "")) {
    const found = kindsByName(name);
    if (found === null)
      throw new UserError(
        `Неизвестный вид документа «${name.trim()}». Виды:\n      ${KIND_HELP}\n      all — все`,
      );
    kinds.push(...found);
  }
  if (kinds.length === 0) throw new UserError("После --doc укажите вид документа или all.");
  return kinds;
}

export const generateCommand: Command = {
  name: "generate",
  usage:
    "generate <книга.xlsx> --doc <вид|all> [--out папка] [--pdf] [--again] — сформировать документы\n" +
    "      (.docx в папку «Документы» рядом с книгой или в --out; --pdf — ещё и PDF через LibreOffice;\n" +
    `      --again — заново, даже уже сформированные). Виды, можно через запятую:\n      ${KIND_HELP}\n      all — все`,
  async run(args, io) {
    const workbook = args[0];
    if (!workbook?.toLowerCase().endsWith(".xlsx"))
      throw new UserError("Укажите книгу .xlsx, например: nastavnik generate школа.xlsx --doc all");
    const rest = args.slice(1);
    const known = new Set(["--doc", "--out", "--pdf", "--again"]);
    const unknown = rest.find(
      (arg, index) => arg.startsWith("--") && !known.has(arg) && rest[index - 1] !== "--out",
    );
    if (unknown !== undefined) throw new UserError(`Неизвестный параметр «${unknown}».`);
    const result = await runGenerate(
      {
        workbook,
        outDir: flagValue(rest, "--out") ?? defaultOutDir(workbook),
        kinds: parseKinds(flagValue(rest, "--doc")),
        pdf: rest.includes("--pdf"),
        again: rest.includes("--again"),
      },
      io,
    );
    if (!result.done) io.stdout(`Осталось: ${result.remaining}. Запустите команду ещё раз.\n`);
  },
};
