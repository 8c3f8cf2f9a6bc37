import { type CommandIO, UserError } from "./command";
import { COMMANDS } from "./commands";

function help(): string {
  const lines = COMMANDS.map((command) => `  nastavnik ${command.usage}`);
  return [
    "Наставник — система наставничества педагогических работников (офлайн-режим).",
    "",
    ...lines,
    "",
  ].join("\n");
}

/** Runs one CLI invocation and returns the exit code: 0 done, 1 refused with a message, 2 bad usage. */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`Неизвестная команда «${name}».\n\n${help()}`);
    return 2;
  }
  try {
    await command.run(args, io);
    return 0;
  } catch (error) {
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
