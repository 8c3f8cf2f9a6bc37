import { describe, expect, it } from "vitest";
import { SETTINGS } from "../../src/core/schema/settings";
import { LOG, MENTEES, MENTORS, ROADMAP, SETTINGS_SHEET, WORKBOOK } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { MemoryWorkbook } from "../support/memoryWorkbook";

const context = { now: new Date(2026, 10, 21, 10, 0), user: "zam@school.example" };

function freshWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  setupWorkbook(workbook, context);
  return workbook;
}

describe("setupWorkbook on an empty workbook", () => {
  const workbook = freshWorkbook();

  it("creates the six sheets in order, each with its schema's headers", () => {
    expect(workbook.sheetNames()).toEqual(WORKBOOK.map((schema) => schema.name));
    for (const schema of WORKBOOK)
      expect(workbook.grid(schema.name)[0]).toEqual(schema.columns.map((column) => column.header));
  });

  it("prefills the roadmap with the seven standard stages and their activities", () => {
    const rows = workbook.grid(ROADMAP.name).slice(1);
    const stages = new Set(rows.map((row) => row[1]));
    expect(stages.size).toBe(7);
    expect([...stages][0]).toBe("1. Подготовка условий для реализации системы наставничества");
    expect([...stages][6]).toBe("7. Информационная поддержка системы наставничества");
    expect(rows.every((row) => row[6] === "Не начато" && String(row[3]).length > 0)).toBe(true);
    expect(rows.some((row) => String(row[3]).includes("2026"))).toBe(true);
    expect(rows.some((row) => String(row[3]).includes("2027"))).toBe(true);
  });

  it("lists every setting with its default", () => {
    const rows = workbook.grid(SETTINGS_SHEET.name).slice(1);
    expect(rows.map((row) => row[0])).toEqual(SETTINGS.map((spec) => spec.label));
    const cap = rows.find((row) => row[0] === "Максимум наставляемых у одного наставника");
    expect(cap?.[1]).toBe(2);
    expect(rows.find((row) => row[0] === "Учебный год")?.[1]).toBe("2026–2027");
  });

  it("logs what it created", () => {
    const log = workbook.grid(LOG.name);
    expect(log).toHaveLength(2);
    expect(log[1]?.slice(1, 3)).toEqual(["zam@school.example", "Настройка таблицы"]);
    expect(String(log[1]?.[3])).toContain("Созданы листы «Наставники»");
  });

  it("lays out dropdowns for enumerations and widths for new columns", () => {
    const layout = workbook.sheets.find((sheet) => sheet.name === MENTORS.name)?.layout;
    expect(layout?.frozenRows).toBe(1);
    const gender = layout?.columns.find((column) => column.key === "gender");
    expect(gender?.options).toEqual(["Ж", "М"]);
    expect(layout?.columns.every((column) => column.width !== undefined)).toBe(true);
    expect(layout?.columns.find((column) => column.key === "id")?.generated).toBe(true);
  });
});

describe("setupWorkbook on an existing workbook", () => {
  it("changes nothing the second time", () => {
    const workbook = freshWorkbook();
    const before = structuredClone(workbook.sheets.map((sheet) => [sheet.name, sheet.grid]));
    const writes = workbook.writes;
    const report = setupWorkbook(workbook, context);
    expect(report.changed).toBe(false);
    expect(report.summary).toBe("Таблица уже настроена, изменений нет");
    expect(workbook.writes).toBe(writes);
    expect(workbook.sheets.map((sheet) => [sheet.name, sheet.grid])).toEqual(before);
  });

  it("restores a deleted column at the end without moving the data", () => {
    const workbook = freshWorkbook();
    const grid = workbook.grid(MENTORS.name);
    grid.push(["Н-001", "Иванова", "Мария", "Петровна", "Ж", "ivanova@school.example"]);
    for (const row of grid) row.splice(5, 1); // the coordinator deletes «E-mail»
    const report = setupWorkbook(workbook, context);
    const after = workbook.grid(MENTORS.name);
    expect(report.restoredColumns).toEqual([{ sheet: "Наставники", headers: ["E-mail"] }]);
    expect(after[0]?.at(-1)).toBe("E-mail");
    expect(after[1]?.slice(0, 5)).toEqual(["Н-001", "Иванова", "Мария", "Петровна", "Ж"]);
    expect(mapColumns(MENTORS, after[0] ?? []).size).toBe(MENTORS.columns.length);
    expect(String(workbook.grid(LOG.name).at(-1)?.[3])).toContain("восстановлены столбцы «E-mail»");
  });

  it("gives a renamed bank its name back instead of creating an empty one", () => {
    const workbook = freshWorkbook();
    workbook.grid(MENTEES.name).push(["П-001", "Смирнов", "Олег"]);
    workbook.renameSheet(MENTEES.name, "Молодые педагоги");
    workbook.sheets.splice(
      workbook.sheets.findIndex((sheet) => sheet.name === MENTORS.name),
      1,
    ); // and deletes the mentors' sheet altogether
    const report = setupWorkbook(workbook, context);
    expect(report.renamed).toEqual([{ from: "Молодые педагоги", to: "Наставляемые" }]);
    expect(report.created).toEqual(["Наставники"]);
    expect(workbook.grid(MENTEES.name)[1]?.slice(0, 3)).toEqual(["П-001", "Смирнов", "Олег"]);
  });

  it("keeps a coordinator's setting and restores a deleted parameter", () => {
    const workbook = freshWorkbook();
    const grid = workbook.grid(SETTINGS_SHEET.name);
    const city = grid.findIndex((row) => row[0] === "Город");
    grid[city]![1] = "г. Заречный";
    const removed = grid.findIndex((row) => row[0] === "Префикс номера приказа");
    grid.splice(removed, 1);
    setupWorkbook(workbook, context);
    const after = workbook.grid(SETTINGS_SHEET.name);
    expect(after.find((row) => row[0] === "Город")?.[1]).toBe("г. Заречный");
    expect(after.at(-1)?.[0]).toBe("Префикс номера приказа");
  });

  it("does not bring back roadmap activities the coordinator removed", () => {
    const workbook = freshWorkbook();
    const grid = workbook.grid(ROADMAP.name);
    grid.splice(2, grid.length - 2);
    setupWorkbook(workbook, context);
    expect(workbook.grid(ROADMAP.name)).toHaveLength(2);
  });
});
