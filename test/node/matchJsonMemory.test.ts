import { describe, expect, it } from "vitest";
import type { CommandIO } from "../../src/node/command";
import { memoryProblem } from "../../src/node/commands/matchJson";
import { runCli } from "../../src/node/runCli";

const GB = 1024 ** 3;

function io(readStdin: () => Promise<string>) {
  const err: string[] = [];
  const value: CommandIO = {
    stdout: () => {},
    stderr: (text) => err.push(text),
    readStdin,
    interactive: false,
  };
  return { value, err };
}

describe("match-json on an instance too large for memory", () => {
  it("names the size, the memory needed and what to do, before parsing", () => {
    expect(memoryProblem(100 * 1024 ** 2, 4 * GB)).toBeNull();
    const problem = memoryProblem(900 * 1024 ** 2, 4 * GB);
    expect(problem).toMatch(
      /^задача в JSON слишком велика для памяти: 900 МБ текста, .* около 5,3 ГБ, а доступно 4,0 ГБ/,
    );
    expect(problem).toContain("по подразделениям");
    expect(problem).toContain("--max-old-space-size");
  });

  it("refuses text longer than a string can be with one Russian line, no stack", async () => {
    const { value, err } = io(async () => {
      throw new RangeError("Cannot create a string longer than 0x1fffffe8 characters");
    });
    expect(await runCli(["match-json"], value)).toBe(1);
    const stderr = err.join("");
    expect(stderr).toMatch(/^Ошибка: задача в JSON слишком велика: больше 512 МБ текста/);
    expect(stderr).not.toMatch(/Cannot create|\n\s+at /);
  });
});
