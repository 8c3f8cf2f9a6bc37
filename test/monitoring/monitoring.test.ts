import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell, Grid } from "../../src/core/cell";
import { formOfTitles } from "../../src/core/intake/identify";
import { importResponses } from "../../src/core/intake/importResponses";
import { allQuestionnaires } from "../../src/core/intake/questionnaireSet";
import { readFormsExport } from "../../src/core/questionnaires/exportFile";
import { monitoringQuestionnaire } from "../../src/core/questionnaires/forms";
import type { FormResponse } from "../../src/core/questionnaires/types";
import { summarize } from "../../src/core/results/summary";
import { MONITORING_STAGES } from "../../src/core/schema/enums";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { SETTINGS_SHEET } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { CONTEXT, response } from "../questionnaires/fixtures";
import { MemoryWorkbook } from "../support/memoryWorkbook";
import { OLD_MONITORING_HEADERS, OLD_MONITORING_TITLES } from "./oldForm";

const NOW = { now: new Date(2026, 4, 30, 9, 0, 0), user: "тест" };
const at = (minute: number) => new Date(2026, 4, 10, 12, minute, 0);
const [START, END] = MONITORING_STAGES;
const FORM = monitoringQuestionnaire(CONTEXT);

function workbook(): MemoryWorkbook {
  const port = new MemoryWorkbook();
  setupWorkbook(port, NOW);
  port.writes = 0;
  return port;
}

/** A full answer to the monitoring form: every scale `score`, the rest as given. */
function answer(
  email: string,
  minute: number,
  fields: { role?: string; stage?: string; overall?: number; score?: number; valuable?: string },
): FormResponse {
  const answers: Record<string, string> = {};
  for (const question of FORM.questions) {
    if (question.retired) continue;
    answers[question.title] =
      question.id === "role"
        ? (fields.role ?? "Наставляемый")
        : question.id === "stage"
          ? (fields.stage ?? "")
          : question.id === "overall"
            ? String(fields.overall ?? fields.score ?? 7)
            : question.type === "scale"
              ? String(fields.score ?? 7)
              : question.id === "valuable"
                ? (fields.valuable ?? "")
                : question.options
                  ? "Да"
                  : "";
  }
  return response(answers, email, at(minute));
}

/** The sheet's rows in a fixed order: rows are appended in the order their first answer arrives. */
function sortedRows(grid: Grid): string[] {
  return grid.map((row) => JSON.stringify(row)).sort();
}

function rows(port: MemoryWorkbook) {
  return readRecords(MONITORING, port.grid(MONITORING.name)).records.map((entry) => entry.record);
}

describe("the monitoring questionnaire", () => {
  it("asks role and stage first, the scales of the recommendations 1–10, open questions and continuing", () => {
    const asked = FORM.questions.filter((question) => !question.retired);
    expect(asked.slice(0, 2).map((question) => question.id)).toEqual(["role", "stage"]);
    expect(asked.find((question) => question.id === "stage")?.options).toEqual([...MONITORING_STAGES]);
    const scales = asked.filter((question) => question.type === "scale");
    expect(scales.map((question) => question.id)).toEqual([
      "organisation",
      "comfort",
      "individualMeetings",
      "groupMeetings",
      "planClarity",
      "curatorSupport",
      "expectations",
      "overall",
    ]);
    for (const scale of scales) {
      expect([scale.min, scale.max]).toEqual([1, 10]);
      expect(scale.lowLabel && scale.highLabel).toBeTruthy();
    }
    expect(asked.map((question) => question.id)).toEqual(
      expect.arrayContaining(["valuable", "missing", "becomeMentor", "continue"]),
    );
  });

  it("keeps every title of the first form, so that the form is updated in place and old exports read", () => {
    const titles = new Set(FORM.questions.map((question) => question.title));
    for (const title of OLD_MONITORING_TITLES) expect(titles.has(title), title).toBe(true);
    expect(formOfTitles(["Отметка времени", ...OLD_MONITORING_TITLES], allQuestionnaires(CONTEXT))).toBe(
      "monitoring",
    );
  });
});

describe("«Мониторинг»: one row per e-mail and stage", () => {
  it("keeps the start and the end answers of a person apart; the newest of a stage wins; no stage is the end", () => {
    const port = workbook();
    const answers = [
      answer("a@school.ru", 1, { stage: START, overall: 5 }),
      answer("a@school.ru", 2, { stage: END, overall: 8 }),
      answer("A@School.ru", 3, { stage: START, overall: 6, valuable: "наставник" }),
      answer("a@school.ru", 4, { overall: 9 }),
      answer("b@school.ru", 5, { role: "Наставник", stage: START, overall: 4 }),
    ];
    const report = importResponses(port, NOW, "monitoring", answers.slice().reverse());
    expect(report.counts).toMatchObject({ responses: 5, added: 3 });
    expect(rows(port).map((row) => [row.email, row.stage, row.overall, row.valuable])).toEqual([
      ["a@school.ru", START, 6, "наставник"],
      ["a@school.ru", "", 9, ""],
      ["b@school.ru", START, 4, ""],
    ]);
    const summary = summarize(port, NOW);
    expect(summary.satisfactionByStage.mentee).toEqual({
      start: { average: 6, answers: 1 },
      end: { average: 9, answers: 1 },
    });
    port.writes = 0;
    expect(importResponses(port, NOW, "monitoring", answers).changed).toBe(false);
    expect(port.writes).toBe(0);
  });

  it("lands each answer once whatever the order, re-deliveries and batches (property)", () => {
    const pool = ["a@school.ru", "b@school.ru", "c@school.ru"].flatMap((email, e) =>
      [START, END, ""].flatMap((stage, s) =>
        [0, 1].map((k) => answer(email, e * 10 + s * 3 + k, { stage, overall: 1 + ((e + s + k) % 10) })),
      ),
    );
    const expected = (() => {
      const port = workbook();
      importResponses(port, NOW, "monitoring", pool);
      return sortedRows(port.grid(MONITORING.name));
    })();
    // Whatever answers arrive in whatever batches, the sheet holds one row per e-mail and stage (a blank
    // stage and «Завершение программы» being the same), the newest: the same as importing all at once.
    fc.assert(
      fc.property(
        fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(3), { maxLength: 40 }),
        (deliveries, cuts) => {
          const port = workbook();
          const delivered = deliveries.map((index) => pool[index]!);
          let start = 0;
          for (const cut of cuts) {
            importResponses(port, NOW, "monitoring", delivered.slice(start, start + cut + 1));
            start += cut + 1;
          }
          importResponses(port, NOW, "monitoring", delivered.slice(start));
          importResponses(port, NOW, "monitoring", pool);
          expect(sortedRows(port.grid(MONITORING.name))).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("migration of the first «Мониторинг»", () => {
  const oldRow = (email: string, overall: number, useful: number, plan: number): Cell[] => [
    new Date(2025, 11, 20, 10, 0, 0),
    email,
    "Наставляемый",
    "",
    overall,
    useful,
    7,
    plan,
    6,
    "встречи",
    "времени",
    "Да",
    "",
  ];

  function oldWorkbook(): MemoryWorkbook {
    const port = workbook();
    const sheet = port.sheets.find((candidate) => candidate.name === MONITORING.name)!;
    sheet.grid = [
      [...OLD_MONITORING_HEADERS],
      oldRow("a@school.ru", 9, 8, 5),
      oldRow("b@school.ru", 6, 4, 3),
    ];
    return port;
  }

  it("setup keeps every old value and column in place, appending only the new columns", () => {
    const port = oldWorkbook();
    const before: Grid = port.grid(MONITORING.name);
    setupWorkbook(port, NOW);
    const after = port.grid(MONITORING.name);
    for (const [r, row] of before.entries())
      for (const [c, cell] of row.entries()) expect(after[r]?.[c], `${r}:${c}`).toEqual(cell);
    const added = after[0]!.slice(OLD_MONITORING_HEADERS.length);
    expect(added).toEqual([
      "Организация программы",
      "Польза индивидуальных встреч",
      "Польза групповых встреч",
      "Ясность плана",
      "Оправдались ожидания",
      "Стать наставником",
    ]);
    // The old columns mean the same as the new ones: «Программа в целом» is the overall satisfaction.
    expect(
      rows(port).map((row) => [
        row.overall,
        row.comfort,
        row.curatorSupport,
        row.usefulness,
        row.planProgress,
      ]),
    ).toEqual([
      [9, 7, 6, 8, 5],
      [6, 7, 6, 4, 3],
    ]);
    expect(summarize(port, NOW).menteeSatisfaction).toEqual({ average: 7.5, answers: 2 });
  });

  it("takes answers of the new form next to the old ones: an old end answer and a new start answer are two rows", () => {
    const port = oldWorkbook();
    importResponses(port, NOW, "monitoring", [answer("a@school.ru", 1, { stage: START, overall: 4 })]);
    const found = rows(port).filter((row) => row.email === "a@school.ru");
    expect(found.map((row) => [row.stage, row.overall, row.usefulness])).toEqual([
      ["", 9, 8],
      [START, 4, ""],
    ]);
  });

  it("imports an export of the first form without loss: retired questions land in their kept columns", () => {
    const port = workbook();
    const header = ["Отметка времени", "Адрес электронной почты", ...OLD_MONITORING_TITLES];
    const read = readFormsExport(FORM, header, [
      ["20.12.2025 10:00:00", "c@school.ru", "Наставник", "8", "7", "6", "5", "4", "опыт", "", "Да"],
    ]);
    expect(read.missingQuestions).not.toContain("Насколько полезным было наставничество лично для вас?");
    const report = importResponses(port, NOW, "monitoring", read.responses);
    expect(report.counts.added).toBe(1);
    const [row] = rows(port);
    expect(row).toMatchObject({
      email: "c@school.ru",
      role: "Наставник",
      stage: "",
      overall: 8,
      usefulness: 7,
      comfort: 6,
      planProgress: 5,
      curatorSupport: 4,
      valuable: "опыт",
      continue: "Да",
      remarks: "",
    });
  });
});

it("lists «Мониторинг» before «Настройки» in a new workbook", () => {
  const names = workbook().sheetNames();
  expect(names.indexOf(MONITORING.name)).toBeLessThan(names.indexOf(SETTINGS_SHEET.name));
});
