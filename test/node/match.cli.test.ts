import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PAIRS } from "../../src/core/schema/sheets";

const run = promisify(execFile);
const CLI = join(__dirname, "../../build/cli.cjs");
const nastavnik = (...args: string[]) => run(process.execPath, [CLI, ...args], { encoding: "utf8" });

async function statuses(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(PAIRS.name)!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const column = header.indexOf("Статус");
  const result: string[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) result.push(String(row.getCell(column).value ?? ""));
  });
  return result;
}

describe("nastavnik demo, match and approve", () => {
  it("builds the demo school with approved pairs, and a new match keeps them", async () => {
    const folder = mkdtempSync(join(tmpdir(), "nastavnik-"));
    const demo = await nastavnik("demo", folder);
    expect(demo.stdout).toContain("Анкета наставника: ответов 8 — учтено 8");
    expect(demo.stdout).toContain("Предложено пар: 11");
    expect(demo.stdout).toContain("Сформировано документов: 41");
    const path = join(folder, "школа-демо.xlsx");
    expect((await statuses(path)).filter((s) => s === "Утверждена")).toHaveLength(11);

    const again = await nastavnik("match", path);
    expect(again.stdout).toContain("Предложено пар: 0");
    expect((await statuses(path)).filter((s) => s === "Утверждена")).toHaveLength(11);
  });

  it("proposes, then approves by ID, on a fresh workbook", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "nastavnik-")), "школа.xlsx");
    await nastavnik("init", path);
    expect((await nastavnik("match", path)).stdout).toContain("Предложено пар: 0");
    await expect(nastavnik("approve", path)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("--all"),
    });
    const missing = await nastavnik("approve", path, "--ids", "ПР-001");
    expect(missing.stdout).toContain("ПР-001: такой пары нет на листе «Пары»");
  });

  it("says so when the workbook does not exist", async () => {
    await expect(nastavnik("match", join(tmpdir(), "нет-такой.xlsx"))).rejects.toMatchObject({
      stderr: expect.stringContaining("не найден"),
    });
  });
});
