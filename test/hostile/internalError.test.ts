import { describe, expect, it, vi } from "vitest";
import { inProcess } from "./support";

// A bug in a use case: JavaScript's own English error must not reach the coordinator.
vi.mock("../../src/core/pairing/proposePairs", async (original) => ({
  ...(await original<typeof import("../../src/core/pairing/proposePairs")>()),
  proposePairs: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'comments')");
  },
}));

describe("a program error", () => {
  it("is one Russian line without a stack, exit 1, and the book is not saved", async () => {
    const result = await inProcess(["match", "test/hostile/fixtures/openpyxl.xlsx"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Ошибка: Программа не справилась с этой командой — это ошибка программы, файлы не изменены\./,
    );
    expect(result.stderr).not.toMatch(/Cannot|TypeError|\n\s+at /);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
