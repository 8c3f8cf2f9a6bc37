import { describe, expect, it, vi } from "vitest";
import type { CommandIO } from "../../src/node/command";
import { runCli } from "../../src/node/runCli";

// A solver whose answer fails its own optimality check: the CLI must refuse it as an error, not crash.
vi.mock("../../src/core/matching", async (original) => ({
  ...(await original<typeof import("../../src/core/matching")>()),
  checkCertificate: () => ["цена наставника m1 отрицательна"],
}));

describe("nastavnik match-json when the answer fails its certificate", () => {
  it("prints one Russian line, no stack, and exits 1 without writing an answer", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CommandIO = {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      readStdin: async () =>
        JSON.stringify({
          mentors: [{ id: "m1", capacity: 1 }],
          mentees: [{ id: "e1" }],
          edges: [{ mentor: "m1", mentee: "e1", score: 5 }],
          locked: [],
        }),
      interactive: false,
    };
    expect(await runCli(["match-json"], io)).toBe(1);
    const stderr = err.join("");
    expect(stderr).toMatch(/^Ошибка: ответ решателя не прошёл проверку оптимальности/);
    expect(stderr).toContain("цена наставника m1 отрицательна");
    expect(stderr).not.toContain("Внутренняя ошибка");
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(out.join("")).toBe("");
  });
});
