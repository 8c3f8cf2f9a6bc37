import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AWARDS } from "../../src/core/awards/awardsSheet";
import { mapColumns } from "../../src/core/schema/table";
import { initWorkbook, nastavnik, readSheet } from "../support/cli";

let folder: string;
let book: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "nastavnik-awards-"));
  const demo = await nastavnik("demo", folder);
  expect(demo.code).toBe(0);
  expect(demo.stdout).toMatch(
    /куратор подтвердил первые места:\n\s+«Наставник года» — .+: план выполнен на \d+ %/,
  );
  expect(demo.stdout).toContain("Представление к поощрению: 2");
  book = join(folder, "школа-демо.xlsx");
}, 120_000);

describe("nastavnik awards", () => {
  it("recomputes «Награды», prints each candidate with the explanation and keeps the decisions", async () => {
    const result = await nastavnik("awards", book);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Лист «Награды» обновлён: кандидатов \d+; .*подтверждено решений: 2\.$/m);
    expect(result.stdout).toMatch(/^ {2}Наставник года, 1 место — .+: [\d,]+ — план выполнен на \d+ % \(/m);
    expect(result.stdout).toMatch(/^ {2}Лучшая пара, 1 место — .+ — .+: [\d,]+ — /m);
    const sheet = await readSheet(book, AWARDS.name);
    const map = mapColumns(AWARDS, sheet[0]!);
    const confirmed = sheet.filter((row) => row[map.get("decision")!] === "Да");
    expect(confirmed.map((row) => row[map.get("rank")!])).toEqual([1, 1]);
  });

  it("then generate makes each confirmed candidate's nomination sheet once, and again if deleted", async () => {
    const out = join(folder, "Документы");
    const sheets = join(out, "Представления к поощрению");
    const files = readdirSync(sheets).filter((name) => name.endsWith(".docx"));
    expect(files).toHaveLength(2);
    const same = await nastavnik("generate", book, "--doc", "10", "--out", out);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("Сформировано документов: 0");
    const pair = files.find((name) => name.startsWith("Представление — Лучшая пара — "))!;
    rmSync(join(sheets, pair));
    const remade = await nastavnik("generate", book, "--doc", "представление", "--out", out);
    expect(remade.stdout).toContain("Сформировано документов: 1");
    expect(
      readdirSync(sheets)
        .filter((name) => name.endsWith(".docx"))
        .sort(),
    ).toEqual([...files].sort());
  });

  it("on a fresh book: no pairs, a clear line; a missing book in one Russian line", async () => {
    const { book: empty } = await initWorkbook("nastavnik-awards-empty-");
    const result = await nastavnik("awards", empty);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Лист «Награды» обновлён: кандидатов 0");
    const missing = await nastavnik("awards", join(folder, "нет.xlsx"));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});
