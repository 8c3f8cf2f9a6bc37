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
const inMoscow = (...args: string[]) =>
  run(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, TZ: "Europe/Moscow" } });

/** Wall-clock fields of `date` in `zone`, as the UTC fields of a Date (how an .xlsx date reads back). */
function wallClockIn(zone: string, date: Date): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(date)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return new Date(
    Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!),
  );
}

async function firstCell(path: string, sheetName: string, header: string): Promise<ExcelJS.Cell> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName)!;
  const column = (sheet.getRow(1).values as unknown[]).map(String).indexOf(header);
  return sheet.getRow(2).getCell(column);
}

/** The «Дата начала» cell of the approved pair that began last. */
async function latestStart(path: string): Promise<ExcelJS.Cell> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(PAIRS.name)!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const [status, start] = [header.indexOf("Статус"), header.indexOf("Дата начала")];
  let latest: ExcelJS.Cell | undefined;
  sheet.eachRow((row, number) => {
    const cell = row.getCell(start);
    if (number === 1 || row.getCell(status).value !== "Утверждена" || !(cell.value instanceof Date)) return;
    if (!latest || (latest.value as Date).getTime() < cell.value.getTime()) latest = cell;
  });
  return latest!;
}

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
    expect(demo.stdout).toContain("Сформировано документов: 38");
    expect(demo.stdout).toContain("Приказ о поощрении наставников: 1");
    // The pair the demo year ended early gets its order, dated the working day after the notice.
    expect(demo.stdout).toContain("Приказ о досрочном прекращении наставничества (09.11.2026):");
    expect(demo.stdout).toContain("Приказ о досрочном прекращении наставничества: 1");
    const path = join(folder, "школа-демо.xlsx");
    const before = await statuses(path);
    expect(before.filter((s) => s === "Утверждена")).toHaveLength(10);
    expect(before.filter((s) => s === "Прекращена досрочно")).toHaveLength(1);

    // The mentee of the pair ended early returns to matching; every other pair is kept as it was.
    const again = await nastavnik("match", path);
    expect(again.stdout).toContain("Предложено пар: 1");
    const after = await statuses(path);
    expect(after.filter((s) => s === "Утверждена")).toHaveLength(10);
    expect(after.filter((s) => s === "Прекращена досрочно")).toHaveLength(1);
  });

  it("proposes, then approves by ID, on a fresh workbook", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "nastavnik-")), "школа.xlsx");
    await nastavnik("init", path);
    expect((await nastavnik("match", path)).stdout).toContain(
      "Пары не подобраны: на листе «Наставляемые» никого нет",
    );
    await expect(nastavnik("approve", path)).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--all"),
    });
    await expect(nastavnik("approve", path, "--ids", "ПР-001")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("На листе «Пары» нет пары «ПР-001»"),
    });
    await expect(nastavnik("approve", path, "--ids=ПР-007,ПР-008")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("нет пар «ПР-007», «ПР-008»"),
    });
  });

  it("writes dates as the local calendar date and time, shown as dates in Excel", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "nastavnik-")), "школа.xlsx");
    const before = wallClockIn("Europe/Moscow", new Date());
    await inMoscow("init", path);
    const after = wallClockIn("Europe/Moscow", new Date());
    const logged = await firstCell(path, "Журнал", "Время");
    expect(logged.value).toBeInstanceOf(Date);
    const time = (logged.value as Date).getTime();
    expect(time).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(time).toBeLessThanOrEqual(after.getTime() + 1000);
    expect(logged.numFmt).toBe("dd.mm.yyyy hh:mm");
  });

  it("approves pairs from the local day: «Дата начала» is today in Moscow, at midnight", async () => {
    const folder = mkdtempSync(join(tmpdir(), "nastavnik-"));
    const today = wallClockIn("Europe/Moscow", new Date());
    await inMoscow("demo", folder);
    const path = join(folder, "школа-демо.xlsx");
    // The demo's pairs began on 1 October; the new pair for the mentee whose pair ended early begins today.
    await inMoscow("match", path);
    await inMoscow("approve", path, "--all");
    const start = await latestStart(path);
    expect(start.value).toBeInstanceOf(Date);
    const value = start.value as Date;
    expect(value.toISOString().slice(0, 10)).toBe(today.toISOString().slice(0, 10));
    expect(value.getUTCHours() + value.getUTCMinutes()).toBe(0);
    expect(start.numFmt).toBe("dd.mm.yyyy");
  });

  it("says so when the workbook does not exist", async () => {
    await expect(nastavnik("match", join(tmpdir(), "нет-такой.xlsx"))).rejects.toMatchObject({
      stderr: expect.stringContaining("не найден"),
    });
  });
});
