import { type Command, type CommandIO, UsageError, UserError } from "./command";
import { COMMANDS } from "./commands";

function help(): string {
  const lines = COMMANDS.map((command) => `  nastavnik ${command.usage}`);
  return [
    "Наставник — система наставничества педагогических работников (офлайн-режим).",
    "",
    ...lines,
    "",
    "Справка по команде: nastavnik <команда> --help",
    "",
  ].join("\n");
}

function commandHelp(command: Command): string {
  return `Использование: nastavnik ${command.usage}\n`;
}

const HELP_FLAGS = new Set(["--help", "-h"]);

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
  const command = COMMANDS.find((candidate) => candidate.name === name);
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
    io.stderr(
      `Внутренняя ошибка: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
