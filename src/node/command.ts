/** Where a command writes: the terminal in real use, buffers in tests. */
export interface CommandIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whole standard input, for commands that read JSON from a pipe. */
  readonly readStdin: () => Promise<string>;
  /** True when stderr is a terminal, so that a progress bar may redraw its line. */
  readonly interactive: boolean;
}

/** A `nastavnik` sub-command. Failures are thrown as `UserError` with a Russian message. */
export interface Command {
  readonly name: string;
  /** One line of help: arguments and what it does, in Russian. */
  readonly usage: string;
  readonly run: (args: readonly string[], io: CommandIO) => Promise<void>;
}

/** An error whose message is meant for the person at the terminal; no stack trace is shown. */
export class UserError extends Error {
  override readonly name = "UserError";
}
