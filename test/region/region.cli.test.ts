import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { beforeAll, describe, expect, it } from "vitest";
import { INDICATOR_HEADERS, indicatorIndex, indicatorsCsv } from "../../src/core/results/indicators";
import { neighbourSchoolRow, writeNeighbourSchools } from "../../src/node/demo/neighbourSchools";
import { initWorkbook, nastavnik, readSheet } from "../support/cli";

let folder: string;
let book: string;
let demoOutput: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "nastavnik-region-"));
  const demo = await nastavnik("demo", join(folder, "демо"));
  expect(demo.code).toBe(0);
  demoOutput = demo.stdout;
  book = join(folder, "демо", "школа-демо.xlsx");
}, 120_000);

describe("nastavnik report --indicators .xlsx", () => {
  it("writes the layout on the sheet «Показатели» with numbers as numbers, the same row as the .csv", async () => {
    const xlsx = join(folder, "показатели.xlsx");
    const csv = join(folder, "показатели.csv");
    expect((await nastavnik("report", book, "--indicators", xlsx)).code).toBe(0);
    expect((await nastavnik("report", book, "--indicators", csv)).code).toBe(0);
    const sheet = await readSheet(xlsx, "Показатели");
    expect(sheet).toHaveLength(2);
    expect(sheet[0]).toEqual(INDICATOR_HEADERS);
    expect(typeof sheet[1]![indicatorIndex("teachers")]).toBe("number");
    expect(typeof sheet[1]![indicatorIndex("meetingsPerPair")]).toBe("number");
    expect(sheet[1]![0]).toBe("0000000007");
    const csvRow = readFileSync(csv, "utf8").split("\r\n")[1];
    expect(
      indicatorsCsv([sheet[1]!.map((value) => (value === "" ? null : (value as string | number)))]).split(
        "\r\n",
      )[1],
    ).toBe(csvRow);
  });

  it("refuses another extension before touching the book", async () => {
    const result = await nastavnik("report", book, "--indicators", join(folder, "п.txt"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Файл показателей — .csv или .xlsx");
  });
});

describe("nastavnik region", () => {
  it("is part of the demo: the demo school and its neighbours in «Регион/свод.xlsx», one inconsistent file listed", async () => {
    expect(demoOutput).toMatch(
      /12\. Свод показателей по району: .*свод\.xlsx: организаций 6, на листе «Проблемы» — 1/,
    );
    const out = join(folder, "демо", "Регион", "свод.xlsx");
    const rollup = await readSheet(out, "Свод");
    expect(rollup.slice(1, 7).map((row) => row.at(-1))).toContain("школа-демо.xlsx");
    const problems = await readSheet(out, "Проблемы");
    expect(problems[1]![0]).toBe("Регион/Показатели/школа-с-ошибкой.csv");
  });

  it("rolls up a workbook, generated schools and lists the broken and the inconsistent with their reasons", async () => {
    const region = join(folder, "регион");
    mkdirSync(join(region, "Город"), { recursive: true });
    copyFileSync(book, join(region, "Город", "школа-демо.xlsx"));
    await writeNeighbourSchools(region, 4, 5);
    writeFileSync(join(region, "сломанный.xlsx"), readFileSync(book).subarray(0, 2_000));
    const wrong = neighbourSchoolRow(50, 5);
    wrong[indicatorIndex("pairs")] = (wrong[indicatorIndex("pairs")] as number) + 3;
    writeFileSync(join(region, "несходится.csv"), indicatorsCsv([wrong]));
    writeFileSync(join(region, "прочтите.txt"), "не показатели");
    writeFileSync(join(region, "~$школа-0001.csv"), "файл блокировки Excel");
    const partial = new ExcelJS.Workbook();
    partial.addWorksheet("Настройки").addRow(["Параметр", "Значение"]);
    await partial.xlsx.writeFile(join(region, "неполная.xlsx"));
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Лист1").addRow(["что-то"]);
    await other.xlsx.writeFile(join(region, "другая.xlsx"));
    const { book: withoutCode } = await initWorkbook("nastavnik-region-init-");
    copyFileSync(withoutCode, join(region, "без-кода.xlsx"));
    const out = join(region, "свод.xlsx");

    const result = await nastavnik("region", region, "--out", out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Свод записан в «${out}»: организаций 5, файлов прочитано 10.`);
    expect(result.stdout).toContain("Других файлов в папке (не показатели, пропущены): 1.");
    expect(result.stdout).toContain("Не вошло в свод или требует проверки: 5");

    const rollup = await readSheet(out, "Свод");
    const codes = rollup.slice(1, 6).map((row) => row[0]);
    expect(codes).toContain("0000000007");
    expect(codes).toEqual([...codes].sort());
    expect(rollup[1]!.at(-1)).toBe("Город/школа-демо.xlsx");
    const totals = rollup.find((row) => row[0] === "Итого")!;
    const teachers = indicatorIndex("teachers");
    expect(totals[teachers]).toBe(
      rollup.slice(1, 6).reduce((sum, row) => sum + (row[teachers] as number), 0),
    );
    expect(rollup.find((row) => row[0] === "Среднее")).toBeDefined();

    const problems = await readSheet(out, "Проблемы");
    expect(problems[0]).toEqual(["Файл", "Организация", "Причина"]);
    const reasons = new Map(problems.slice(1).map((row) => [row[0], String(row[2])]));
    expect([...reasons.keys()]).toEqual([
      "без-кода.xlsx",
      "другая.xlsx",
      "неполная.xlsx",
      "несходится.csv",
      "сломанный.xlsx",
    ]);
    expect(reasons.get("без-кода.xlsx")).toBe(
      "в «Настройках» книги не заполнен параметр «ИНН/код организации» — без него организацию не с чем сопоставить",
    );
    expect(reasons.get("несходится.csv")).toContain("показатели не сходятся: пар и групп всего");
    expect(reasons.get("сломанный.xlsx")).toMatch(/повреждён/);
    expect(reasons.get("неполная.xlsx")).toMatch(/^книга Наставника неполная: .*Нет листа/);
    expect(reasons.get("другая.xlsx")).toContain(
      "нет ни листа «Показатели», ни листа «Настройки», ни «Свод»",
    );

    const charts = await readSheet(out, "Диаграммы");
    expect(charts[0]![0]).toBe("Организации по охвату молодых специалистов наставничеством");
    const pictures = Object.keys(new PizZip(readFileSync(out)).files).filter((name) =>
      name.startsWith("xl/media/"),
    );
    expect(pictures.filter((name) => name.endsWith(".png"))).toHaveLength(2);

    // A second run does not read its own summary as a school.
    const again = await nastavnik("region", region, "--out", out);
    expect(again.stdout).toContain("организаций 5, файлов прочитано 10.");

    // The district's summary goes on to the region: its schools count, its totals do not.
    const upper = join(folder, "область");
    mkdirSync(upper);
    copyFileSync(out, join(upper, "район.xlsx"));
    writeFileSync(join(upper, "ещё-школа.csv"), indicatorsCsv([neighbourSchoolRow(70, 5)]));
    const regional = await nastavnik("region", upper, "--out", join(upper, "свод.xlsx"));
    expect(regional.stdout).toContain("организаций 6, файлов прочитано 2.");
    expect(regional.stdout).toContain("Все файлы прочитаны без замечаний");
  }, 60_000);

  it("refuses an empty folder and a missing one in one Russian line, exit 1", async () => {
    const empty = mkdtempSync(join(tmpdir(), "nastavnik-region-empty-"));
    const result = await nastavnik("region", empty, "--out", join(empty, "свод.xlsx"));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("нет файлов показателей (.csv, .xlsx)");
    const missing = await nastavnik("region", join(empty, "нет"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Ошибка: Папки «.*нет» нет\./);
    const usage = await nastavnik("region");
    expect(usage.code).toBe(2);
  });
});
