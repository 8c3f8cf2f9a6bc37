import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { beforeAll, describe, expect, it } from "vitest";
import { docxText } from "../../src/node/docx";
import { nastavnik } from "../support/cli";

let folder: string;
let book: string;
const REPORT = "Отчёт о реализации программы наставничества — 2026–2027";
const NOTE = "Справка по итогам мониторинга — 2026–2027";
const NEWS = "Новость для сайта — 2026–2027.txt";

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "nastavnik-year-report-"));
  const demo = await nastavnik("demo", folder);
  expect(demo.code).toBe(0);
  book = join(folder, "школа-демо.xlsx");
}, 120_000);

describe("nastavnik report --documents", () => {
  it("the demo's year ends with the report, the справка and the news text in «Документы/Отчёты»", () => {
    const reports = join(folder, "Документы", "Отчёты");
    expect(readdirSync(reports).sort()).toEqual([NEWS, `${REPORT}.docx`, `${NOTE}.docx`].sort());
    const text = docxText(new PizZip(readFileSync(join(reports, `${REPORT}.docx`))));
    expect(text).toContain("о реализации программы наставничества педагогических работников");
    expect(text).toContain("6. Выводы и рекомендации");
    const news = readFileSync(join(reports, NEWS), "utf8");
    expect(news).toMatch(/^В МБОУ «СОШ № 7» подведены итоги/);
    expect(news).not.toMatch(/@|Кузнецова|Орлов/);
  });

  it("makes nothing twice, and with --again --out makes both again elsewhere", async () => {
    const second = await nastavnik("report", book, "--documents");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Уже были сформированы раньше (не повторяются): 2");
    const out = join(folder, "другая папка");
    const again = await nastavnik("report", book, "--documents", "--again", "--out", out);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Сформировано документов: 2");
    expect(existsSync(join(out, "Отчёты", `${REPORT}.docx`))).toBe(true);
    expect(again.stdout).toContain(`Текст новости для сайта: ${join(out, "Отчёты", NEWS)}`);
  });

  it("refuses --pdf without --documents in one Russian line", async () => {
    const result = await nastavnik("report", book, "--pdf");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Параметр --pdf указывается вместе с --documents.");
  });
});
