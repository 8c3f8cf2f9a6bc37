import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { readFinalReports } from "../../src/core/finalReports/readFinalReports";
import { FINAL_REPORTS } from "../../src/core/finalReports/sheet";
import { readPractices } from "../../src/core/practices/readPractices";
import { PRACTICES } from "../../src/core/practices/sheet";
import { nastavnik, readSheet } from "../support/cli";

it("the demo school has start and end monitoring, three final reports with their pairs and three assessed practices", async () => {
  const folder = mkdtempSync(join(tmpdir(), "nastavnik-demo-monitoring-"));
  expect((await nastavnik("demo", folder)).code).toBe(0);
  const book = join(folder, "школа-демо.xlsx");
  const report = await nastavnik("report", book);
  const figure = (name: string) =>
    Number(new RegExp(`^${name}: ([\\d,]+)$`, "m").exec(report.stdout)?.[1]?.replace(",", "."));
  for (const who of ["наставников", "наставляемых"]) {
    const start = figure(`Удовлетворённость ${who} в начале программы \\(1–10\\)`);
    const end = figure(`Удовлетворённость ${who} при завершении программы \\(1–10\\)`);
    expect(start).toBeGreaterThanOrEqual(1);
    expect(end).toBeGreaterThan(start);
  }
  expect(report.stdout).toMatch(/^Практик в методической копилке: 3$/m);
  const reports = readFinalReports(await readSheet(book, FINAL_REPORTS.name));
  expect(reports).toHaveLength(3);
  for (const pair of reports) expect(pair.pairId).toMatch(/^ПР-\d{3}$/);
  const practices = readPractices(await readSheet(book, PRACTICES.name));
  expect(practices.map((practice) => practice.score)).toEqual([41, 40, 35]);
}, 120_000);
