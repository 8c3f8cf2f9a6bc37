import { SetupNeededError } from "../core/sheets";

/** Where a command writes: the terminal in real use, buffers in tests. */
export interface CommandIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whole standard input, for commands that read JSON from a pipe. */
  readonly readStdin: () => Promise<string>;
  /** True when stderr is a terminal, so that a progress bar may redraw its line. */
  readonly interactive: boolean;
  /** True when standard input is a terminal (nothing is piped in): a command reading it says what it waits for. */
  readonly stdinIsTerminal?: boolean;
}

/** A `nastavnik` sub-command. Failures are thrown as `UserError` with a Russian message. */
export interface Command {
  readonly name: string;
  /** One line of help: arguments and what it does, in Russian. */
  readonly usage: string;
  readonly run: (args: readonly string[], io: CommandIO) => Promise<void>;
}

/** An error whose message is meant for the person at the terminal; no stack trace is shown. Exit code 1. */
export class UserError extends Error {
  override readonly name: string = "UserError";
}

/** A missing or invalid argument: the message and the command's usage are shown. Exit code 2. */
export class UsageError extends UserError {
  override readonly name: string = "UsageError";
}

export interface ParsedArgs {
  readonly positional: readonly string[];
  /** Flags with a value (`--out папка` or `--out=папка`); a repeated flag keeps every value. */
  readonly values: ReadonlyMap<string, readonly string[]>;
  /** Flags without a value that were given (`--pdf`). */
  readonly switches: ReadonlySet<string>;
}

/**
 * Splits a command's arguments. `values` names the flags that take a value (`--doc all`, `--doc=all`),
 * `switches` those that do not; anything else starting with «--» is refused, as is a value flag
 * without its value or a switch given one.
 */
export function parseArgs(
  args: readonly string[],
  spec: { readonly values?: readonly string[]; readonly switches?: readonly string[] },
): ParsedArgs {
  const valueFlags = new Set(spec.values ?? []);
  const switchFlags = new Set(spec.switches ?? []);
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (!arg.startsWith("--") || arg === "--") {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const flag = equals < 0 ? arg : arg.slice(0, equals);
    if (switchFlags.has(flag)) {
      if (equals >= 0) throw new UsageError(`Параметр ${flag} указывается без значения.`);
      switches.add(flag);
      continue;
    }
    if (!valueFlags.has(flag)) throw new UsageError(`Неизвестный параметр «${arg}».`);
    const value = equals >= 0 ? arg.slice(equals + 1) : args[++index];
    if (value === undefined || value === "" || (equals < 0 && value.startsWith("--")))
      throw new UsageError(`После ${flag} укажите значение.`);
    values.set(flag, [...(values.get(flag) ?? []), value]);
  }
  return { positional, values, switches };
}

/** The last value of a flag, or undefined. */
export function flagValue(parsed: ParsedArgs, flag: string): string | undefined {
  return parsed.values.get(flag)?.at(-1);
}

/** JavaScript's own errors: a bug, whose English text must not reach the coordinator. */
function isProgramError(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    error instanceof RangeError ||
    error instanceof ReferenceError ||
    error instanceof SyntaxError
  );
}

/**
 * A use case's failure on `workbook` as the message for the terminal: core throws Russian sentences;
 * a missing sheet or column gets the command that restores it; `after` (say, «Книга не изменена.») is
 * appended. A program error is passed on as it is, for the CLI's last-resort message.
 */
export function useCaseFailure(error: unknown, workbook: string, after = ""): unknown {
  if (error instanceof UserError || isProgramError(error) || !(error instanceof Error)) return error;
  const hint =
    error instanceof SetupNeededError ? ` Восстановите книгу командой «nastavnik init ${workbook}».` : "";
  return new UserError(`${error.message}${hint}${after ? ` ${after}` : ""}`);
}
