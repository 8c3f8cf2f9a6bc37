/**
 * Progress of a long command on stderr: a bar redrawn in place when stderr is a terminal, one plain line
 * per step otherwise (a log file, CI), so that nothing is lost and nothing is garbled.
 */
import type { CommandIO } from "./command";

export interface Progress {
  update(done: number, total: number, label: string): void;
  /** Ends the bar's line; plain output needs nothing. */
  finish(): void;
}

const WIDTH = 24;
const LABEL_WIDTH = 60;

function shorten(label: string, width: number): string {
  const chars = Array.from(label);
  return chars.length <= width ? label : `${chars.slice(0, width - 1).join("")}…`;
}

export function bar(done: number, total: number): string {
  const filled = total <= 0 ? WIDTH : Math.round((WIDTH * Math.min(done, total)) / total);
  return `[${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}]`;
}

export function createProgress(io: CommandIO, title: string): Progress {
  let drawn = false;
  return {
    update(done, total, label) {
      if (io.interactive) {
        io.stderr(`\r\x1b[2K${title} ${bar(done, total)} ${done}/${total} ${shorten(label, LABEL_WIDTH)}`);
        drawn = true;
      } else {
        io.stderr(`${title}: ${done}/${total} ${label}\n`);
      }
    },
    finish() {
      if (drawn) io.stderr("\n");
      drawn = false;
    },
  };
}
