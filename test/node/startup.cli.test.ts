import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(__dirname, "../../build/cli.cjs");
const HOOK = join(__dirname, "../support/reportPackages.cjs");

/** The npm packages `nastavnik …args` loads, with `input` on its standard input. */
function packagesLoaded(args: string[], input = ""): string[] {
  const run = spawnSync(process.execPath, ["-r", HOOK, CLI, ...args], { input, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  const line = run.stderr.split("\n").find((text) => text.startsWith("packages: ")) ?? "";
  return line.slice("packages: ".length).split(",").filter(Boolean);
}

describe("start-up of the CLI", () => {
  it.each([
    ["--help", ["--help"], ""],
    ["match-json", ["match-json"], '{"mentors":[],"mentees":[],"edges":[]}'],
  ])("%s loads neither the workbook nor the document libraries", (_, args, input) => {
    const loaded = packagesLoaded(args, input);
    for (const heavy of ["exceljs", "docxtemplater"]) expect(loaded).not.toContain(heavy);
  });

  it("a command on a workbook loads the workbook library when it needs it", () => {
    const path = join(mkdtempSync(join(tmpdir(), "nastavnik-")), "школа.xlsx");
    expect(packagesLoaded(["init", path])).toContain("exceljs");
  });
});
