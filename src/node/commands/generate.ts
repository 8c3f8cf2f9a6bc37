import { ALL_KINDS, type DocumentKindId, KIND_ALIASES, kindsByName } from "../../core/documents";
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

export const generateCommand: Command = {
  name: "generate",
  usage:
    "generate <книга.xlsx> --doc <вид|all> [--out папка] [--pdf] [--again] — сформировать документы\n" +
    "      (.docx в папку «Документы» рядом с книгой или в --out; --pdf — ещё и PDF через LibreOffice;\n" +
    `      --again — заново, даже уже сформированные). Виды, можно через запятую:\n      ${KIND_HELP}\n      all — все`,
  async run(args, io) {
    const parsed = parseArgs(args, { values: ["--doc", "--out"], switches: ["--pdf", "--again"] });
    const [given, ...extra] = parsed.positional;
    const usage = "Укажите книгу .xlsx, например: nastavnik generate школа.xlsx --doc all";
    if (extra.length > 0) throw new UsageError(usage);
    const workbook = workbookPath(given, usage);
    // The document libraries are loaded only by the commands that make documents.
    const { defaultOutDir, runGenerate } = await import("../documents/runGenerate");
    const result = await runGenerate(
      {
        workbook,
        outDir: flagValue(parsed, "--out") ?? defaultOutDir(workbook),
        kinds: parseKinds(parsed.values.get("--doc")?.join(",")),
        pdf: parsed.switches.has("--pdf"),
        again: parsed.switches.has("--again"),
      },
      io,
    );
    if (!result.done) io.stdout(`Осталось: ${result.remaining}. Запустите команду ещё раз.\n`);
  },
};
