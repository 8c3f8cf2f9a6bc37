import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/cell";
import { finalReportQuestionnaire } from "../../src/core/finalReports/form";
import { readFinalReports } from "../../src/core/finalReports/readFinalReports";
import { FINAL_REPORTS } from "../../src/core/finalReports/sheet";
import { importResponses } from "../../src/core/intake/importResponses";
import { practiceQuestionnaire } from "../../src/core/practices/form";
import { PRACTICES } from "../../src/core/practices/sheet";
import type { FormResponse } from "../../src/core/questionnaires/types";
import { FINAL_RECOMMENDATIONS } from "../../src/core/schema/enums";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { locateSheets } from "../../src/core/setup/locateSheets";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { knownPerson, label, type Person, people, random } from "../intake/support";
import { CONTEXT } from "../questionnaires/fixtures";
import { bankGrid } from "../support/bankGrid";
import { MemoryWorkbook } from "../support/memoryWorkbook";

const NOW = { now: new Date(2026, 4, 30, 9, 0, 0), user: "тест" };
const at = (minute: number) => new Date(2026, 4, 25, 12, minute, 0);
const [FINISH, EXTEND, CHANGE] = FINAL_RECOMMENDATIONS;

const rng = random(11);
const MENTOR_PEOPLE = people(rng, "mentor", 2);
const MENTEE_PEOPLE = people(rng, "mentee", 3, 100);

/** Two mentors, three mentees: ПР-001 Н-001 → П-001; group ПР-002 Н-002 → П-002, П-003. */
function workbook(): MemoryWorkbook {
  const port = new MemoryWorkbook();
  setupWorkbook(port, NOW);
  const set = (name: string, grid: Grid) => {
    port.sheets.find((sheet) => sheet.name === name)!.grid = grid;
  };
  set(
    MENTORS.name,
    bankGrid(
      MENTORS,
      MENTOR_PEOPLE.map((p, i) => knownPerson(p, `Н-00${i + 1}`)),
    ),
  );
  set(
    MENTEES.name,
    bankGrid(
      MENTEES,
      MENTEE_PEOPLE.map((p, i) => knownPerson(p, `П-00${i + 1}`)),
    ),
  );
  set(
    PAIRS.name,
    bankGrid(PAIRS, [
      { id: "ПР-001", mentorId: "Н-001", menteeIds: "П-001", status: "Утверждена" },
      { id: "ПР-002", mentorId: "Н-002", menteeIds: "П-002, П-003", status: "Утверждена" },
    ]),
  );
  port.writes = 0;
  return port;
}

function report(
  mentor: Person,
  mentee: Person,
  minute: number,
  score: number,
  recommendation: string,
): FormResponse {
  return {
    timestamp: at(minute),
    email: mentor.email,
    answers: {
      Наставляемый: label(mentee),
      "Запросы наставляемого в начале программы": "классное руководство",
      "Что сделано за время программы": "шесть встреч, два открытых урока",
      "Результаты наставляемого": "ведёт родительские собрания сам",
      "Оцените результат работы в паре": String(score),
      "Ваша рекомендация": recommendation,
    },
  };
}

function rows(port: MemoryWorkbook) {
  return readRecords(FINAL_REPORTS, port.grid(FINAL_REPORTS.name)).records.map((entry) => entry.record);
}

describe("«Итоговый отчёт наставника»", () => {
  const [m1, m2] = MENTOR_PEOPLE as [Person, Person];
  const [e1, e2, e3] = MENTEE_PEOPLE as [Person, Person, Person];

  it("lands one row per mentor and mentee with the pair found on «Пары»; the newest report wins", () => {
    const port = workbook();
    const reports = [
      report(m1, e1, 1, 7, EXTEND),
      report(m1, e1, 5, 9, FINISH),
      report(m2, e2, 2, 8, FINISH),
      report(m2, e3, 3, 5, CHANGE),
    ];
    const result = importResponses(port, NOW, "finalReport", reports.slice().reverse());
    expect(result.sheet).toBe("Итоговые отчёты");
    expect(result.counts).toMatchObject({ responses: 4, added: 3 });
    expect(
      rows(port).map((row) => [
        row.mentorId,
        row.menteeId,
        row.pairId,
        row.score,
        row.recommendation,
        row.remarks,
      ]),
    ).toEqual([
      ["Н-001", "П-001", "ПР-001", 9, FINISH, ""],
      ["Н-002", "П-002", "ПР-002", 8, FINISH, ""],
      ["Н-002", "П-003", "ПР-002", 5, CHANGE, ""],
    ]);
    expect(readFinalReports(port.grid(FINAL_REPORTS.name))).toEqual([
      { pairId: "ПР-001", score: 9, recommendation: FINISH, reports: 1 },
      // A group: the average of its reports, the newest report's recommendation.
      { pairId: "ПР-002", score: 6.5, recommendation: CHANGE, reports: 2 },
    ]);
    port.writes = 0;
    expect(importResponses(port, NOW, "finalReport", reports).changed).toBe(false);
    expect(port.writes).toBe(0);
  });

  it("says in «Замечания» when the mentor or the pair cannot be found, and keeps the report", () => {
    const port = workbook();
    const stranger = { ...m1, email: "stranger@school.ru" };
    importResponses(port, NOW, "finalReport", [report(stranger, e2, 1, 6, EXTEND)]);
    const [row] = rows(port);
    // Not led by a known mentor, but П-002 is in one pair only: that pair.
    expect(row).toMatchObject({ mentorId: "", menteeId: "П-002", pairId: "ПР-002", score: 6 });
    expect(String(row?.remarks)).toContain("stranger@school.ru не найден у наставников");
  });

  it("lands each report once whatever the order, re-deliveries and batches (property)", () => {
    const pool = [
      report(m1, e1, 1, 7, EXTEND),
      report(m1, e1, 2, 8, FINISH),
      report(m2, e2, 3, 8, FINISH),
      report(m2, e3, 4, 5, CHANGE),
      report(m2, e3, 6, 6, EXTEND),
    ];
    const sorted = (port: MemoryWorkbook) =>
      port
        .grid(FINAL_REPORTS.name)
        .map((row) => JSON.stringify(row))
        .sort();
    const whole = workbook();
    importResponses(whole, NOW, "finalReport", pool);
    const expected = sorted(whole);
    expect(readFinalReports(whole.grid(FINAL_REPORTS.name)).map((pair) => pair.score)).toEqual([8, 7]);
    fc.assert(
      fc.property(fc.array(fc.nat(pool.length - 1), { maxLength: 25 }), fc.nat(25), (deliveries, cut) => {
        const port = workbook();
        const delivered = deliveries.map((index) => pool[index]!);
        importResponses(port, NOW, "finalReport", delivered.slice(0, cut));
        importResponses(port, NOW, "finalReport", delivered.slice(cut));
        importResponses(port, NOW, "finalReport", pool.slice().reverse());
        expect(sorted(port)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("reads pair IDs typed by the coordinator and skips rows without one or with a wrong score", () => {
    const header = FINAL_REPORTS.columns.map((column) => column.header);
    const row = (pairId: string, score: unknown, recommendation: string) =>
      header.map((_, index) =>
        FINAL_REPORTS.columns[index]!.key === "pairId"
          ? pairId
          : FINAL_REPORTS.columns[index]!.key === "score"
            ? score
            : FINAL_REPORTS.columns[index]!.key === "recommendation"
              ? recommendation
              : "",
      );
    const grid = [
      header,
      row("пр-004", 11, "как-нибудь"),
      row("", 9, FINISH),
      row("ПР-004", "8", EXTEND),
    ] as Grid;
    expect(readFinalReports(grid)).toEqual([
      { pairId: "пр-004", score: 8, recommendation: EXTEND, reports: 2 },
    ]);
  });
});

it("setup never takes a response sheet of «Итоговый отчёт наставника» or «Практика наставничества» for its sheets", () => {
  const choice = { id: "П-001", role: "mentee" as const, label: "Иванова Анна (учитель)", email: "" };
  const forms = [finalReportQuestionnaire(CONTEXT, [choice]), practiceQuestionnaire(CONTEXT)];
  for (const schema of [FINAL_REPORTS, PRACTICES])
    for (const form of forms) {
      const header = ["Отметка времени", "Адрес электронной почты", ...form.questions.map((q) => q.title)];
      const [placement] = locateSheets([schema], ["Ответы на форму (1)"], () => header);
      expect(placement?.existing, `${schema.name} ← ${form.title}`).toBeUndefined();
    }
});
