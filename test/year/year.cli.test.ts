import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PAIRS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { docxText } from "../../src/node/docx";
import { nastavnik, readSheet } from "../support/cli";

let book: string;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), "nastavnik-year-"));
  const demo = await nastavnik("demo", folder);
  expect(demo.code).toBe(0);
  book = join(folder, "школа-демо.xlsx");
}, 120_000);

async function pairStatus(id: string): Promise<string> {
  const { records } = readRecords(PAIRS, await readSheet(book, PAIRS.name));
  return String(records.find(({ record }) => record.id === id)?.record.status ?? "");
}

describe("nastavnik status, end and complete", () => {
  it("shows each pair's meetings and what needs attention, and a second run leaves the book as it is", async () => {
    const first = await nastavnik("status", book);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ПР-001 .*встреч \d+ \(последняя \d\d\.\d\d\.\d{4}\)/);
    expect(first.stdout).toContain("Требует внимания:");
    expect(first.stdout).toMatch(/(день|дня|дней) с последней встречи/);
    const bytes = readFileSync(book);
    const second = await nastavnik("status", book);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(book).equals(bytes)).toBe(true);
  });

  it("refuses an ending inside the notice term and leaves the book untouched", async () => {
    const bytes = readFileSync(book);
    const early = await nastavnik(
      "end",
      book,
      "пр-001",
      "--by",
      "работодатель",
      "--notice",
      "30.12.2026",
      "--date",
      "31.12.2026",
    );
    expect(early.code).toBe(1);
    expect(early.stderr).toContain("не раньше 13.01.2027");
    expect(readFileSync(book).equals(bytes)).toBe(true);
    const usage = await nastavnik("end", book, "ПР-001");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--by наставник");
  });

  it("ends a pair early and says the mentee returns to matching", async () => {
    const ended = await nastavnik("end", book, "ПР-001", "--by", "наставник", "--notice", "01.12.2026");
    expect(ended.code).toBe(0);
    expect(ended.stdout).toContain("прекращена досрочно с 04.12.2026");
    expect(ended.stdout).toContain("nastavnik match");
    expect(ended.stdout).toContain("--doc 9");
    expect(await pairStatus("ПР-001")).toBe("Прекращена досрочно");
  });

  it("completes only pairs whose term is over", async () => {
    const named = await nastavnik("complete", book, "--ids", "ПР-004");
    expect(named.stdout).toContain("срок программы ещё не истёк");
    expect(await pairStatus("ПР-004")).toBe("Утверждена");
  });
});

describe("nastavnik import --form meeting", () => {
  it("lands a mentor's reports in «Встречи» once, and says why a row was refused", async () => {
    const folder = mkdtempSync(join(tmpdir(), "nastavnik-meetings-"));
    const file = join(folder, "Отчёт о встрече.csv");
    const { records } = readRecords(PAIRS, await readSheet(book, PAIRS.name));
    const pair = records.find(({ record }) => record.status === "Утверждена")!.record;
    writeFileSync(
      file,
      [
        "Наставляемый;Дата;Вид встречи;Тема или пункт плана",
        `${pair.id};28.11.2026;Консультация;Анализ урока`,
        `ПР-999;28.11.2026;Консультация;Анализ урока`,
      ].join("\r\n"),
      "utf8",
    );
    const first = await nastavnik("import", book, file, "--form", "встречи");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("добавлено 1");
    expect(first.stdout).toContain("строка 3: не найдена утверждённая пара «ПР-999»");
    const bytes = readFileSync(book);
    const again = await nastavnik("import", book, file, "--form", "meeting");
    expect(again.stdout).toContain("добавлено 0; уже были 1");
    expect(readFileSync(book).equals(bytes)).toBe(true);
  });
});

describe("nastavnik generate --doc 9 after an early ending", () => {
  it("issues the order ending the pair once, and makes a deleted file again under its number", async () => {
    // ПР-003 was ended by the demo (its order is made there); ПР-001 by «ends a pair early» above.
    const out = join(book, "..", "Документы");
    const first = await nastavnik("generate", book, "--doc", "досрочное", "--date", "02.12.2026");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Сформировано документов: 1");
    expect(first.stdout).toContain("Приказ о досрочном прекращении наставничества: 1");
    expect(first.stdout).toContain("Уже были сформированы раньше (не повторяются): 1");
    const name = readdirSync(join(out, "Приказы")).find((file) =>
      file.includes("от 02.12.2026 — О досрочном прекращении наставничества"),
    )!;
    expect(name).toMatch(/^Приказ № \d+ от 02\.12\.2026 — /);
    expect(docxText(readFileSync(join(out, "Приказы", name)))).toMatch(/с 4\sдекабря\s2026\sг\.;/);

    const again = await nastavnik("generate", book, "--doc", "9");
    expect(again.stdout).toContain("Уже были сформированы раньше (не повторяются): 2");
    expect(again.stdout).toContain("Сформировано документов: 0");

    rmSync(join(out, "Приказы", name));
    const remade = await nastavnik("generate", book, "--doc", "9", "--date", "10.12.2026");
    expect(remade.stdout).toContain("Сформировано документов: 1");
    expect(existsSync(join(out, "Приказы", name))).toBe(true);
  });
});
