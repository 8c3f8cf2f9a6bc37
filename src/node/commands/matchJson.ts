import { getHeapStatistics } from "node:v8";
import { checkCertificate, type MatchingResult, solveMatching, validateInstance } from "../../core/matching";
import { type Command, type CommandIO, UsageError, UserError } from "../command";

const NO_CERTIFICATE = "--no-certificate";
/** Bytes of heap that parsing and solving take per byte of JSON text (about 5.5 measured at 2 M edges). */
const HEAP_PER_TEXT_BYTE = 6;
const GB = 1024 ** 3;
const SPLIT_HINT =
  "Разбейте её на части — например, отдельно по подразделениям или предметам — или дайте программе больше памяти: " +
  "NODE_OPTIONS=--max-old-space-size=8192 nastavnik match-json < задача.json";

const gb = (bytes: number) => (bytes / GB).toFixed(1).replace(".", ",");

/**
 * A Russian sentence when an instance of `textLength` characters would not fit in a heap of `heapLimit`
 * bytes, so that the command stops before parsing instead of dying in the middle with a V8 trace.
 */
export function memoryProblem(textLength: number, heapLimit: number): string | null {
  const needed = textLength * HEAP_PER_TEXT_BYTE;
  if (needed <= heapLimit) return null;
  return (
    `задача в JSON слишком велика для памяти: ${Math.round(textLength / 1024 ** 2)} МБ текста, на разбор и решение ` +
    `нужно около ${gb(needed)} ГБ, а доступно ${gb(heapLimit)} ГБ. ${SPLIT_HINT}`
  );
}

async function readInstanceText(io: CommandIO): Promise<string> {
  let text: string;
  try {
    text = await io.readStdin();
  } catch (error) {
    // Longer than the longest string V8 can hold (512 МБ).
    if (error instanceof RangeError)
      throw new UserError(`задача в JSON слишком велика: больше 512 МБ текста. ${SPLIT_HINT}`);
    throw error;
  }
  const problem = memoryProblem(text.length, getHeapStatistics().heap_size_limit);
  if (problem) throw new UserError(problem);
  return text;
}

function parseJson(text: string): unknown {
  if (text.trim() === "") {
    throw new UserError(
      "На стандартный вход не подан JSON. Пример: nastavnik match-json < задача.json > ответ.json",
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `На входе не JSON${whereJsonBreaks(text, error)}: проверьте скобки, запятые и кавычки (строки — в двойных кавычках). Пример задачи — в README, раздел «Подбор пар».`,
    );
  }
}

/** « (строка 3, столбец 7)» where the parser stopped, from the position in its (English) message. */
function whereJsonBreaks(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  const offset = position === undefined ? text.trimEnd().length : Number(position);
  const before = text.slice(0, offset).split("\n");
  return ` (строка ${before.length}, столбец ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** `nastavnik match-json < instance.json > result.json`: the exact solver as a JSON filter. */
export const matchJsonCommand: Command = {
  name: "match-json",
  usage:
    "match-json [--no-certificate] < задача.json > ответ.json — оптимальные пары для задачи в JSON " +
    "(mentors, mentees, edges, locked); ответ с сертификатом оптимальности",
  async run(args, io) {
    const unknown = args.find((arg) => arg !== NO_CERTIFICATE);
    if (unknown !== undefined) {
      throw new UsageError(
        `Неизвестный аргумент ${unknown}. Использование: nastavnik match-json < задача.json`,
      );
    }
    if (io.stdinIsTerminal)
      io.stderr(
        "Жду задачу в JSON на стандартном входе (конец ввода — Ctrl+D; в Windows — Ctrl+Z и Enter).\n" +
          "Обычно её подают из файла: nastavnik match-json < задача.json > ответ.json\n",
      );
    const outcome = validateInstance(parseJson(await readInstanceText(io)));
    if ("errors" in outcome) {
      throw new UserError(
        `Задача в JSON не прошла проверку:\n${outcome.errors.map((e) => `  - ${e}`).join("\n")}`,
      );
    }
    // The instance passed validation: a solver failure is the program's, told in Russian by the CLI.
    const result = solveMatching(outcome.instance);
    // The certificate is checked on every run: O(edges), and a wrong answer never leaves the solver.
    const violations = checkCertificate(outcome.instance, result);
    if (violations.length > 0) {
      throw new UserError(
        `ответ решателя не прошёл проверку оптимальности и не выдан: ${violations.join("; ")}. ` +
          "Это ошибка программы — сообщите о ней, приложив задачу.",
      );
    }
    const output: MatchingResult = args.includes(NO_CERTIFICATE)
      ? { ...result, certificate: undefined }
      : result;
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  },
};
