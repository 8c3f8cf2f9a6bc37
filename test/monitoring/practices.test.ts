import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cell";
import { importResponses } from "../../src/core/intake/importResponses";
import { refreshPracticeTotals } from "../../src/core/practices/importPractices";
import { readPractices } from "../../src/core/practices/readPractices";
import { PRACTICE_CRITERIA, PRACTICE_MAX_SCORE, PRACTICES } from "../../src/core/practices/sheet";
import type { FormResponse } from "../../src/core/questionnaires/types";
import { summarize } from "../../src/core/results/summary";
import { mapColumns, readRecords } from "../../src/core/schema/table";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { MemoryWorkbook } from "../support/memoryWorkbook";

const NOW = { now: new Date(2026, 4, 30, 9, 0, 0), user: "тест" };
const at = (minute: number) => new Date(2026, 4, 20, 12, minute, 0);

function workbook(): MemoryWorkbook {
  const port = new MemoryWorkbook();
  setupWorkbook(port, NOW);
  port.writes = 0;
  return port;
}

function practice(email: string, minute: number, title: string, description = "как проводим"): FormResponse {
  return {
    timestamp: at(minute),
    email,
    answers: {
      "Название практики": title,
      "Автор или пара": "Иванова М. П. и Петров С. А.",
      "Форма практики": "взаимопосещение уроков",
      "Описание практики": description,
      "Результаты практики": "уроки без замечаний",
      "Ссылки на материалы": "https://school.example/p1",
    },
  };
}

function rows(port: MemoryWorkbook) {
  return readRecords(PRACTICES, port.grid(PRACTICES.name)).records.map((entry) => entry.record);
}

/** The expert fills a row's card (and optionally «Статус») by hand. */
function assess(port: MemoryWorkbook, row: number, scores: readonly Cell[], status = ""): void {
  const grid = port.sheets.find((sheet) => sheet.name === PRACTICES.name)!.grid;
  const map = mapColumns(PRACTICES, grid[0] ?? []);
  PRACTICE_CRITERIA.forEach(({ key }, index) => {
    grid[row]![map.get(key)!] = scores[index] ?? "";
  });
  grid[row]![map.get("expert")!] = "Сидорова Е. В.";
  grid[row]![map.get("status")!] = status;
}

describe("«Методическая копилка»", () => {
  it("takes a practice per e-mail and title; a resubmission corrects it and keeps the expert's card", () => {
    const port = workbook();
    importResponses(port, NOW, "practice", [
      practice("a@school.ru", 1, "Урок вдвоём"),
      practice("b@school.ru", 2, "Клуб молодого педагога"),
    ]);
    assess(port, 1, [8, 9, 7, 10, 6]);
    importResponses(port, NOW, "practice", [practice("A@school.ru", 5, "урок  вдвоём", "уточнили описание")]);
    const [first, second] = rows(port);
    expect(rows(port)).toHaveLength(2);
    expect(first).toMatchObject({
      title: "урок вдвоём",
      description: "уточнили описание",
      effectiveness: 8,
      expert: "Сидорова Е. В.",
      total: 40,
    });
    expect(second).toMatchObject({ title: "Клуб молодого педагога", total: "" });
  });

  it("lists practices for the final report by score, unassessed last, rejected left out; «Сводка» counts them", () => {
    const port = workbook();
    importResponses(port, NOW, "practice", [
      practice("a@school.ru", 1, "Бета"),
      practice("a@school.ru", 2, "Альфа"),
      practice("b@school.ru", 3, "Гамма"),
      practice("c@school.ru", 4, "Дельта"),
    ]);
    assess(port, 1, [5, 5, 5, 5, 5]);
    assess(port, 3, [10, 10, 10, 10, 10]);
    assess(port, 4, [10, 10, 10, 10, 10], "Отклонена");
    // A wrong criterion (11, text) leaves the total open rather than counting a wrong score.
    assess(port, 2, [10, "много", 10, 10, 11]);
    const list = readPractices(port.grid(PRACTICES.name));
    expect(list.map((entry) => [entry.title, entry.score])).toEqual([
      ["Гамма", PRACTICE_MAX_SCORE],
      ["Бета", 25],
      ["Альфа", null],
    ]);
    expect(list[0]).toEqual({
      title: "Гамма",
      author: "Иванова М. П. и Петров С. А.",
      form: "взаимопосещение уроков",
      description: "как проводим",
      results: "уроки без замечаний",
      links: "https://school.example/p1",
      score: 50,
    });
    expect(summarize(port, NOW).practices).toBe(3);
    expect(refreshPracticeTotals(port)).toBe(true);
    expect(rows(port).map((row) => row.total)).toEqual([25, "", 50, 50]);
    port.writes = 0;
    expect(refreshPracticeTotals(port)).toBe(false);
    expect(port.writes).toBe(0);
  });

  it("lands each submission once whatever the order, re-deliveries and batches (property)", () => {
    const pool = [
      practice("a@school.ru", 1, "Урок вдвоём"),
      practice("a@school.ru", 2, "Урок вдвоём", "второй вариант"),
      practice("a@school.ru", 3, "Клуб"),
      practice("b@school.ru", 4, "Урок вдвоём"),
      practice("", 5, "Без адреса"),
    ];
    const sorted = (port: MemoryWorkbook) =>
      port
        .grid(PRACTICES.name)
        .map((row) => JSON.stringify(row))
        .sort();
    const whole = workbook();
    importResponses(whole, NOW, "practice", pool);
    expect(rows(whole)).toHaveLength(4);
    const expected = sorted(whole);
    fc.assert(
      fc.property(fc.array(fc.nat(pool.length - 1), { maxLength: 25 }), fc.nat(25), (deliveries, cut) => {
        const port = workbook();
        const delivered = deliveries.map((index) => pool[index]!);
        importResponses(port, NOW, "practice", delivered.slice(0, cut));
        importResponses(port, NOW, "practice", delivered.slice(cut));
        importResponses(port, NOW, "practice", pool);
        expect(sorted(port)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
