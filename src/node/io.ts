import type { CommandIO } from "./command";

/**
 * Output piped into a program that stops reading early (`nastavnik match книга.xlsx | head`) closes the
 * pipe: further writes fail with EPIPE. The command still finishes its work — the workbook is saved,
 * nothing is half done — and what is left to print is dropped, as other command-line tools do.
 */
function pipeSafe(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") closed = true;
    else throw error;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

export function realIO(): CommandIO {
  return {
    stdout: pipeSafe(process.stdout),
    stderr: pipeSafe(process.stderr),
    interactive: Boolean(process.stderr.isTTY),
    stdinIsTerminal: Boolean(process.stdin.isTTY),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}
