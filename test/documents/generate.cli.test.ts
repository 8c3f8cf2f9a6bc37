import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { MENTEES, MENTORS } from "../../src/core/schema/sheets";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { findSoffice } from "../../src/node/documents/pdf";
import { docxText } from "../../src/node/docx";
import { openWorkbook, saveWorkbook } from "../../src/node/xlsx/xlsxFile";
import { context } from "./approvedDemo";
import { documentsCells } from "./sheets";

const run = promisify(execFile);
const CLI = join(__dirname, "../../build/cli.cjs");

async function nastavnik(args: string[], env: NodeJS.ProcessEnv = process.env) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { encoding: "utf8", env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The demo school as an .xlsx with its pairs approved, built in-process (not with `demo`). */
async function demoXlsx(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "nastavnik-cli-")), "школа.xlsx");
  const port = await openWorkbook(path, { mustExist: false });
  setupWorkbook(port, context);
  updateSettings(port, { ...DEMO_SETTINGS, orderNumberPrefix: "ОД-", nextOrderNumber: 12 });
  appendRecords(port, MENTORS, DEMO_MENTORS);
  appendRecords(port, MENTEES, DEMO_MENTEES);
  proposePairs(port, context);
  approvePairs(port, context, { all: true });
  await saveWorkbook(port, path);
  return path;
}

describe("nastavnik generate", () => {
  let workbook: string;
  beforeAll(async () => {
    workbook = await demoXlsx();
  });

  it("makes every document into the folder, records them in the workbook, and a second run adds none", async () => {
    const out = join(dirname(workbook), "документы");
    const first = await nastavnik([
      "generate",
      workbook,
      "--doc",
      "all",
      "--out",
      out,
      "--date",
      "15.10.2026",
      "--same-day",
    ]);
    expect(first.stderr).toContain("Документы: 40/40 Приказ № ОД-15 от 15.10.2026");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Сформировано документов: 40");
    expect(first.stdout).toContain("Персонализированная программа наставничества: 9");
    expect(first.stdout).toContain("Положение о системе наставничества педагогических работников: 1");
    expect(first.stdout).toContain(
      "Внимание: «Приказ о поощрении наставников» издан той же датой (15.10.2026)",
    );
    expect(first.stdout).toContain(
      "Романов Денис Валерьевич (П-011) — нет согласия на обработку персональных данных",
    );

    expect(readdirSync(join(out, "Приказы"))).toHaveLength(5);
    const order = readdirSync(join(out, "Приказы")).find((name) => name.startsWith("Приказ № ОД-13 "))!;
    expect(order).toMatch(
      /^Приказ № ОД-13 от 15\.10\.2026 — О закреплении наставнических пар \(групп\)\.docx$/,
    );
    const text = docxText(new Uint8Array(readFileSync(join(out, "Приказы", order))));
    expect(text).toContain("Назначить Кузнецову Елену Сергеевну, учителя математики, наставником Смирновой");
    expect(text).toContain("«15» октября 2026\u00a0г.\t№\u00a0ОД-13\n");
    const program = join(
      out,
      "Программы наставничества",
      "Программа наставничества — Смирнова А. Д. — ПР-004.docx",
    );
    expect(docxText(new Uint8Array(readFileSync(program)))).toContain(
      "Наставник\tКузнецова Елена Сергеевна\t",
    );

    const port = await openWorkbook(workbook, { mustExist: true });
    const cells = documentsCells(port);
    expect(cells.get("ПР-004")).toContain(`Программа наставничества (`);
    expect(cells.get("ПР-004")).toContain(program);

    const second = await nastavnik(["generate", workbook, "--doc", "программа,пдн", "--out", out]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Сформировано документов: 0");
    expect(second.stdout).toContain("Уже были сформированы раньше (не повторяются): 28");

    const blanks = await nastavnik(["generate", workbook, "--doc", "4,5", "--blanks", "--out", out]);
    expect(blanks.code).toBe(0);
    expect(readdirSync(join(out, "Бланки на подпись"))).toEqual([
      "Бланк согласия на обработку ПДн — Романов Д. В. — П-011.docx",
    ]);
    const blank = docxText(
      new Uint8Array(
        readFileSync(join(out, "Бланки на подпись", readdirSync(join(out, "Бланки на подпись"))[0]!)),
      ),
    );
    expect(blank).toContain("Я, Романов Денис Валерьевич,");
    expect(blank).toContain("«___» ____________ 20___ г.\t______________\tД.\u00a0В.\u00a0Романов");
  });

  it("refuses a date it cannot read, saying how to write it", async () => {
    const result = await nastavnik(["generate", workbook, "--doc", "1", "--date", "2026-10-15"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Дата «2026-10-15» не распознана: укажите её как дд.мм.гггг");
  });

  it("makes the documents without PDF copies, saying so, when LibreOffice is not on PATH", async () => {
    const out = join(dirname(workbook), "без-pdf");
    const result = await nastavnik(["generate", workbook, "--doc", "1", "--out", out, "--pdf", "--again"], {
      ...process.env,
      PATH: mkdtempSync(join(tmpdir(), "nastavnik-empty-path-")),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("LibreOffice не найден");
    expect(readdirSync(join(out, "Приказы"))).toHaveLength(1);
    expect(existsSync(join(out, "Шаблоны"))).toBe(true);
  });

  it.skipIf(findSoffice() === null)("makes PDF copies with --pdf when LibreOffice is installed", async () => {
    const out = join(dirname(workbook), "с-pdf");
    const result = await nastavnik([
      "generate",
      workbook,
      "--doc",
      "поощрение",
      "--out",
      out,
      "--pdf",
      "--again",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("PDF-копий: 1");
    expect(readdirSync(join(out, "Приказы")).filter((name) => name.endsWith(".pdf"))).toHaveLength(1);
  });

  it("refuses an unknown kind and a missing --doc, listing the kinds", async () => {
    const unknown = await nastavnik(["generate", workbook, "--doc", "приказ"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Неизвестный вид документа «приказ»");
    expect(unknown.stderr).toContain("3 программа (program) — Персонализированная программа наставничества");
    const missing = await nastavnik(["generate", workbook]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--doc all");
  });
});
