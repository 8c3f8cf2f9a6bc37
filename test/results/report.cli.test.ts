import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { INDICATOR_COLUMNS } from "../../src/core/results/indicators";
import { SUMMARY } from "../../src/core/results/summarySheet";
import { initWorkbook, nastavnik, readSheet } from "../support/cli";

let folder: string;
let book: string;
let demoOutput: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "nastavnik-report-"));
  const demo = await nastavnik("demo", folder);
  expect(demo.code).toBe(0);
  demoOutput = demo.stdout;
  book = join(folder, "школа-демо.xlsx");
}, 120_000);

describe("nastavnik report", () => {
  it("finds the demo school's year already summed up: «Сводка» in the book, the charts beside it", async () => {
    const charts = join(folder, "Сводка — графики");
    expect(demoOutput).toContain(
      `Итоги года: лист «Сводка» с данными графиков, графики (4) в папке «${charts}»`,
    );
    expect(readdirSync(charts).filter((name) => name.endsWith(".png"))).toHaveLength(4);
    const sheet = await readSheet(book, SUMMARY.name);
    expect(sheet.map((row) => row[3])).toContain("Пары и группы по формам наставничества");
  });

  it("writes «Сводка» into the book, prints it and writes the indicators file", async () => {
    const csvPath = join(folder, "показатели.csv");
    const result = await nastavnik("report", book, "--indicators", csvPath);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Лист «Сводка» обновлён.");
    expect(result.stdout).toMatch(/^Педагогов всего \(.*\): \d+$/m);
    expect(result.stdout).toMatch(/^Встреч проведено: [1-9]\d*$/m);
    expect(result.stdout).toContain(`Показатели записаны в «${csvPath}».`);

    const sheet = await readSheet(book, SUMMARY.name);
    expect(sheet[0]!.slice(0, 2)).toEqual(["Показатель", "Значение"]);
    const printed = result.stdout.split("\n").filter((line) => line.startsWith("Педагогов всего"));
    expect(`${sheet[1]![0]}: ${sheet[1]![1]}`).toBe(printed[0]);

    const bytes = readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]!.split(";")).toEqual(INDICATOR_COLUMNS.map((column) => column.header));
    expect(lines[1]!.split(";")).toHaveLength(INDICATOR_COLUMNS.length);
    expect(lines[1]).toMatch(/^0000000007;МБОУ «СОШ № 7»;\d{4}–\d{4};\d{4}-\d\d-\d\d;/);
  });

  it("draws the four charts beside the book and keeps their data on «Сводка» from column D", async () => {
    const result = await nastavnik("report", book);
    expect(result.code).toBe(0);
    const charts = join(folder, "Сводка — графики");
    expect(result.stdout).toContain(`Графики (4) сохранены в папке «${charts}».`);
    const files = readdirSync(charts).sort();
    expect(files.filter((name) => name.endsWith(".png"))).toHaveLength(4);
    expect(files.filter((name) => name.endsWith(".svg"))).toHaveLength(4);
    expect(files.some((name) => name.endsWith(".tmp"))).toBe(false);
    expect(files).toContain("3. Встречи по месяцам.png");
    const png = readFileSync(join(charts, "3. Встречи по месяцам.png"));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    const sheet = await readSheet(book, SUMMARY.name);
    const titles = sheet.map((row) => row[3]);
    expect(titles).toContain("Встречи по месяцам");
    expect(titles).toContain("Удовлетворённость программой: начало и завершение");
  });

  it("on an empty book says «нет данных» and reminds to fill the organisation's code", async () => {
    const { dir, book: empty } = await initWorkbook("nastavnik-report-empty-");
    const result = await nastavnik("report", empty, "--indicators", join(dir, "п.csv"));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Выполнение планов в среднем, %: нет данных$/m);
    expect(result.stdout).toContain("не заполнен параметр «ИНН/код организации»");
  });

  it("says in one Russian line when a file stands where the charts' folder should be", async () => {
    const { dir, book: empty } = await initWorkbook("nastavnik-report-charts-");
    writeFileSync(join(dir, "Сводка — графики"), "");
    const result = await nastavnik("report", empty);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("Графики не записаны.");
    expect(result.stderr).toContain("Сводка — графики");
    expect(result.stderr).not.toMatch(/EEXIST|Error/);
  });

  it("refuses a missing book and an unknown flag in one Russian line", async () => {
    const missing = await nastavnik("report", join(folder, "нет.xlsx"));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const flag = await nastavnik("report", book, "--csv", "x.csv");
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Неизвестный параметр «--csv»");
  });
});
