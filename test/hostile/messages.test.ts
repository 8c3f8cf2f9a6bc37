import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { version } from "../../package.json";
import { appendRecords } from "../../src/core/appendRecords";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import type { SheetRecord } from "../../src/core/schema/table";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { openWorkbook, saveWorkbook } from "../../src/node/xlsx/xlsxFile";
import { context } from "../support/demoWorkbook";
import { CLI, englishIn, freshFolder, inProcess, mentorCsv } from "./support";

/** The demo school's banks as an .xlsx, with the given changes to people and settings. */
async function schoolBook(
  options: { mentees?: readonly SheetRecord[]; mentors?: readonly SheetRecord[]; settings?: boolean } = {},
): Promise<string> {
  const book = join(freshFolder(), "школа.xlsx");
  const port = await openWorkbook(book, { mustExist: false });
  setupWorkbook(port, context);
  if (options.settings !== false) updateSettings(port, DEMO_SETTINGS);
  appendRecords(port, MENTORS, options.mentors ?? DEMO_MENTORS);
  appendRecords(port, MENTEES, options.mentees ?? DEMO_MENTEES);
  await saveWorkbook(port, book);
  return book;
}

const withoutConsents = (people: readonly SheetRecord[]) =>
  people.map((person) => ({ ...person, pdConsent: "", mentoringConsent: "" }));

function expectRussian(text: string, book: string) {
  expect(englishIn(text.replaceAll(join(book, ".."), ""))).toEqual([]);
}

describe("messages", () => {
  it("prints the version", async () => {
    expect(await inProcess(["--version"])).toEqual({ code: 0, stdout: `nastavnik ${version}\n`, stderr: "" });
  });

  it("says «не подобрана» of a woman and «не подобран» of a man", async () => {
    const woman = DEMO_MENTEES.find((person) => person.gender === "Ж")!;
    const mentees = DEMO_MENTEES.map((person) => (person === woman ? { ...person, pdConsent: "" } : person));
    const result = await inProcess(["match", await schoolBook({ mentees })]);
    expect(result.stdout).toContain(
      `${woman.lastName} ${woman.firstName} ${woman.middleName}: не подобрана — нет согласия`,
    );
    expect(result.stdout).toMatch(/Романов Денис Валерьевич: не подобран — нет согласия/);
  });

  it("takes pair IDs in any case, and refuses an unknown one without approving anything", async () => {
    const book = await schoolBook();
    expect((await inProcess(["match", book])).code).toBe(0);
    const bytes = readFileSync(book);
    const unknown = await inProcess(["approve", book, "--ids", "ПР-001,пр-099"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^Ошибка: На листе «Пары» нет пары «пр-099»: проверьте ID/);
    expect(unknown.stderr).toContain("Ничего не утверждено, книга не изменена.");
    expect(readFileSync(book).equals(bytes)).toBe(true);
    const lower = await inProcess(["approve", book, "--ids", "пр-001"]);
    expect(lower.stdout).toMatch(/^Утверждено пар: 1 \(ПР-001\)/);
  });

  it("accepts --form in Russian, like --doc, and names a wrong one", async () => {
    const book = await schoolBook();
    const file = join(book, "..", "ответы.csv");
    writeFileSync(file, mentorCsv(1, 0, 0).csv, "utf8");
    for (const name of ["наставник", "Наставника", "1", "MENTOR"])
      expect((await inProcess(["import", book, file, "--form", name])).stdout, name).toContain(
        "Анкета наставника: ответов 0",
      );
    const wrong = await inProcess(["import", book, file, "--form", "учитель"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Неизвестная форма «учитель»");
  });

  it("names who was not taken after an import, and why", async () => {
    const book = await schoolBook();
    const file = join(book, "..", "ответы.csv");
    const header = mentorCsv(1, 0, 0).csv.split(/\r?\n/)[0]!;
    const blanks = ",".repeat(header.split(",").length - 1);
    writeFileSync(file, `${header}\r\n2025/09/10 10:00:00 AM GMT+3${blanks}\r\n`, "utf8");
    const result = await inProcess(["import", book, file, "--form", "mentor"]);
    expect(result.stdout).toMatch(/не принято 1/);
    expect(result.stdout).toMatch(
      /\n {2}Анкета от 10\.09\.2025 \d\d:\d\d не принята: не указаны ни e-mail, ни фамилия с именем/,
    );
  });

  it("says what to fill when match can propose nobody for want of consents", async () => {
    const book = await schoolBook({
      mentees: withoutConsents(DEMO_MENTEES),
      mentors: withoutConsents(DEMO_MENTORS),
    });
    const result = await inProcess(["match", book]);
    expect(result.stdout).toMatch(
      /^Пары не подобраны: ни у одного наставляемого не отмечено согласие — по подписанным бумагам поставьте «получено» в столбце «Согласие на обработку ПДн» на листе «Наставляемые»; ни у одного наставника не отмечены согласия — .*«Согласие на обработку ПДн» и «Согласие на наставничество» на листе «Наставники»\. Затем подберите пары снова\.\n$/,
    );
  });

  it("says what to fill when generate can make nothing for want of settings", async () => {
    const book = await schoolBook({ settings: false });
    const result = await inProcess(["generate", book, "--doc", "all"]);
    expect(result.stdout).toMatch(
      /^Ни один документ не сформирован\.\nНа листе «Настройки» заполните: «Полное наименование организации», .*\.\n/,
    );
    expect(result.stdout).not.toContain("Пропущено");
  });

  it("names the offline command, not the Google menu, when a sheet is missing", async () => {
    const book = await schoolBook();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    workbook.removeWorksheet(workbook.getWorksheet(PAIRS.name)!.id);
    await workbook.xlsx.writeFile(book);
    const result = await inProcess(["match", book]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `Ошибка: Нет листа «Пары». Восстановите книгу командой «nastavnik init ${book}». Книга не изменена.\n`,
    );
  });

  it("turns a file-system error into one Russian line", async () => {
    const book = await schoolBook();
    const result = await inProcess(["generate", book, "--doc", "положение", "--out", join(book, "папка")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Ошибка: В пути «.*» файл стоит на месте папки\. Проверьте путь\./);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expectRussian(result.stderr, book);
  });

  it("finishes its work and says nothing in English when its output is cut short by head", async () => {
    const folder = freshFolder();
    const { stderr, code } = await new Promise<{ stderr: string; code: string }>((resolve) =>
      execFile(
        "bash",
        [
          "-c",
          `"${process.execPath}" "${CLI}" demo "${folder}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
        ],
        { encoding: "utf8" },
        (_, stdout, stderr) => resolve({ stderr, code: stdout.trim() }),
      ),
    );
    expect(code).toBe("0");
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expectRussian(stderr, join(folder, "x"));
    expect(existsSync(join(folder, "Документы", "Шаблоны"))).toBe(true);
  });
});
