import { version } from "../../package.json";
import { SetupNeededError } from "../core/sheets";
import { type Command, type CommandIO, UsageError, UserError } from "./command";
import { COMMANDS } from "./commands";
import { describeFsError } from "./fsErrors";

function help(): string {
  const lines = COMMANDS.map((command) => `  nastavnik ${command.usage}`);
  return [
    "Наставник — система наставничества педагогических работников (офлайн-режим).",
    "",
    ...lines,
    "",
    "Справка по команде: nastavnik <команда> --help; версия программы: nastavnik --version",
    "",
  ].join("\n");
}

function commandHelp(command: Command): string {
  return `Использование: nastavnik ${command.usage}\n`;
}

const HELP_FLAGS = new Set(["--help", "-h"]);
const VERSION_FLAGS = new Set(["--version", "-v", "version"]);

/**
 * What the person at the terminal reads for an error no command turned into a message: a file-system
 * failure in Russian, or a Russian line saying that the program failed. Node's and the libraries'
 * own text is English and internal: it is shown only with NASTAVNIK_DEBUG=1, for a bug report.
 */
function unexpected(error: unknown): string {
  if (error instanceof SetupNeededError)
    return `${error.message} Восстановите книгу командой «nastavnik init <книга.xlsx>».`;
  const path = typeof error === "object" && error !== null ? (error as { path?: unknown }).path : undefined;
  const fs = describeFsError(error, typeof path === "string" ? path : "файл");
  if (fs) return fs;
  return (
    "Программа не справилась с этой командой — это ошибка программы, файлы не изменены. " +
    "Повторите команду с NASTAVNIK_DEBUG=1 и приложите её вывод к сообщению об ошибке."
  );
}

/**
 * Runs one CLI invocation and returns the exit code: 0 done, 1 refused with a message (a missing file,
 * data the command cannot use), 2 bad usage (no command, an unknown one, missing or invalid arguments).
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name) {
    io.stderr(help());
    return 2;
  }
  if (name === "help" || HELP_FLAGS.has(name)) {
    io.stdout(help());
    return 0;
  }
  if (VERSION_FLAGS.has(name)) {
    io.stdout(`nastavnik ${version}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name.toLowerCase());
  if (!command) {
    io.stderr(`Неизвестная команда «${name}».\n\n${help()}`);
    return 2;
  }
  if (args.some((arg) => HELP_FLAGS.has(arg))) {
    io.stdout(commandHelp(command));
    return 0;
  }
  try {
    await command.run(args, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`Ошибка: ${error.message}\n\n${commandHelp(command)}`);
      return 2;
    }
    if (error instanceof UserError) {
      io.stderr(`Ошибка: ${error.message}\n`);
      return 1;
    }
    io.stderr(`Ошибка: ${unexpected(error)}\n`);
    if (process.env.NASTAVNIK_DEBUG)
      io.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
