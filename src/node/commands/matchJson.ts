import { checkCertificate, type MatchingResult, solveMatching, validateInstance } from "../../core/matching";
import { type Command, UsageError, UserError } from "../command";

const NO_CERTIFICATE = "--no-certificate";

function parseJson(text: string): unknown {
  if (text.trim() === "") {
    throw new UserError(
      "На стандартный вход не подан JSON. Пример: nastavnik match-json < задача.json > ответ.json",
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`Не удалось разобрать JSON на входе: ${reason}`);
  }
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
    const outcome = validateInstance(parseJson(await io.readStdin()));
    if ("errors" in outcome) {
      throw new UserError(
        `Задача в JSON не прошла проверку:\n${outcome.errors.map((e) => `  - ${e}`).join("\n")}`,
      );
    }
    let result: MatchingResult;
    try {
      result = solveMatching(outcome.instance);
    } catch (error) {
      throw new UserError(
        `Решатель не справился с задачей: ${error instanceof Error ? error.message : error}`,
      );
    }
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
