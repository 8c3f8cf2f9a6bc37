import { checkCertificate, type MatchingResult, solveMatching, validateInstance } from "../../core/matching";
import { type Command, UserError } from "../command";

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
    const unknown = args.filter((arg) => arg !== NO_CERTIFICATE);
    if (unknown.length > 0) {
      throw new UserError(
        `Неизвестный аргумент ${unknown[0]}. Использование: nastavnik match-json < задача.json`,
      );
    }
    const outcome = validateInstance(parseJson(await io.readStdin()));
    if ("errors" in outcome) {
      throw new UserError(
        `Задача в JSON не прошла проверку:\n${outcome.errors.map((e) => `  - ${e}`).join("\n")}`,
      );
    }
    const result = solveMatching(outcome.instance);
    // The certificate is checked on every run: O(edges), and a wrong answer never leaves the solver.
    const violations = checkCertificate(outcome.instance, result);
    if (violations.length > 0) {
      throw new Error(`Внутренняя ошибка: ответ не прошёл проверку оптимальности: ${violations.join("; ")}`);
    }
    const output: MatchingResult = args.includes(NO_CERTIFICATE)
      ? { ...result, certificate: undefined }
      : result;
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  },
};
