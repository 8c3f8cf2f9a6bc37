import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import type { Cell } from "../../src/core/cell";
import { responseFromNamedValues } from "../../src/core/intake/event";
import { FORM_KEYS, FORM_SETTINGS } from "../../src/core/intake/formSettings";
import { formIdFromUrl, formOfTitles, formOfUrl, isFormUrl } from "../../src/core/intake/identify";
import { importResponses } from "../../src/core/intake/importResponses";
import { readFormsRegistry, recordForms } from "../../src/core/intake/registry";
import { changeBlocks } from "../../src/core/intake/rowWrites";
import { monitoringQuestionnaire } from "../../src/core/questionnaires/forms";
import type { FormResponse } from "../../src/core/questionnaires/types";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { LOG, MENTEES, MENTORS, SETTINGS_SHEET } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { locateSheets } from "../../src/core/setup/locateSheets";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { CONTEXT, MENTEE_FORM, MENTOR_FORM, mentorAnswers, response } from "../questionnaires/fixtures";
import { MemoryWorkbook } from "../support/memoryWorkbook";
import { knownPerson, label, people, random } from "./support";

const NOW = { now: new Date(2025, 8, 30, 9, 0, 0), user: "тест" };
const at = (minute: number) => new Date(2025, 8, 10, 12, minute, 0);

function workbook(): MemoryWorkbook {
  const port = new MemoryWorkbook();
  setupWorkbook(port, NOW);
  port.writes = 0;
  return port;
}

function records(port: MemoryWorkbook, schema: typeof MENTORS) {
  return readRecords(schema, port.grid(schema.name)).records.map((entry) => entry.record);
}

describe("changeBlocks", () => {
  const row = (r: number, changedColumns: number[]) => ({
    row: r,
    values: Array.from({ length: 8 }, (_, c) => `${r}:${c}`),
    changedColumns,
  });

  it("writes each run of changed columns, stacked over consecutive rows, and no unchanged cell", () => {
    expect(changeBlocks([row(5, [4]), row(2, [1, 3]), row(3, [3, 1]), row(4, [1]), row(9, [])])).toEqual([
      { row: 2, column: 1, values: [["2:1"], ["3:1"], ["4:1"]] },
      { row: 2, column: 3, values: [["2:3"], ["3:3"]] },
      { row: 5, column: 4, values: [["5:4"]] },
    ]);
    expect(changeBlocks([row(1, [0, 1, 2, 6]), row(2, [0, 1, 2]), row(4, [0, 1, 2])])).toEqual([
      {
        row: 1,
        column: 0,
        values: [
          ["1:0", "1:1", "1:2"],
          ["2:0", "2:1", "2:2"],
        ],
      },
      { row: 1, column: 6, values: [["1:6"]] },
      { row: 4, column: 0, values: [["4:0", "4:1", "4:2"]] },
    ]);
  });

  it("stacks columns instead when that takes fewer writes", () => {
    // One column changed in three rows, and the middle row also has two more cells changed.
    expect(changeBlocks([row(1, [2]), row(2, [2, 3, 4]), row(3, [2])])).toEqual([
      { row: 1, column: 2, values: [["1:2"], ["2:2"], ["3:2"]] },
      { row: 2, column: 3, values: [["2:3", "2:4"]] },
    ]);
  });

  it("covers exactly the changed cells, each once, with fewer writes than rows times runs", () => {
    const changes = fc.uniqueArray(
      fc.record({
        row: fc.integer({ min: 1, max: 12 }),
        changedColumns: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 8 }),
      }),
      { selector: (change) => change.row, maxLength: 10 },
    );
    fc.assert(
      fc.property(changes, (list) => {
        const input = list.map((change) => row(change.row, change.changedColumns));
        const blocks = changeBlocks(input);
        const written = new Map<string, Cell>();
        for (const block of blocks) {
          for (const [r, cells] of block.values.entries()) {
            for (const [c, value] of cells.entries()) {
              const key = `${block.row + r}:${block.column + c}`;
              expect(written.has(key), key).toBe(false);
              written.set(key, value);
            }
          }
        }
        const changed = input.flatMap((change) => change.changedColumns.map((c) => `${change.row}:${c}`));
        expect([...written.keys()].sort()).toEqual([...changed].sort());
        for (const [key, value] of written) expect(value).toBe(key);
        const runs = input.reduce(
          (sum, change) =>
            sum +
            [...change.changedColumns]
              .sort((a, b) => a - b)
              .filter((c, i, sorted) => i === 0 || sorted[i - 1] !== c - 1).length,
          0,
        );
        expect(blocks.length).toBeLessThanOrEqual(runs);
      }),
      { numRuns: 300 },
    );
  });
});

describe("bank import over the port", () => {
  it("reads the bank once and writes only changed cells in few blocks, new people in one, the log in one append", () => {
    const port = workbook();
    const first = ["a", "b", "c", "d", "e"].map((name, i) =>
      response(mentorAnswers({ Фамилия: `Иванова${"абвгд"[i]}` }), `${name}@school.ru`, at(i)),
    );
    importResponses(port, NOW, "mentor", first, { source: "форма", log: "changes" });
    expect(port.writes).toBe(2); // one block of five new people, one log append
    port.writes = 0;
    const before = port.readAll(MENTORS.name);
    const written: { row: number; column: number; value: Cell }[] = [];
    const write = port.write.bind(port);
    port.write = (sheet, row, column, values) => {
      if (sheet === MENTORS.name) {
        for (const [r, cells] of values.entries())
          for (const [c, value] of cells.entries()) written.push({ row: row + r, column: column + c, value });
      }
      write(sheet, row, column, values);
    };
    const later = [
      response(mentorAnswers({ Фамилия: "Ивановаа", Пожелания: "новое" }), "a@school.ru", at(10)),
      response(mentorAnswers({ Фамилия: "Ивановаб", Пожелания: "новое" }), "b@school.ru", at(11)),
      response(mentorAnswers({ Фамилия: "Ивановаг", Пожелания: "новое" }), "d@school.ru", at(12)),
      response(mentorAnswers({ Фамилия: "Новая" }), "new@school.ru", at(13)),
    ];
    const report = importResponses(port, NOW, "mentor", later, { source: "форма", log: "changes" });
    expect(report.counts).toMatchObject({ responses: 4, applied: 4, added: 1, updated: 3 });
    // Rows 1, 2 and 4 change only «Пожелания» and «Обновлено», which are not side by side: each column of
    // rows 1–2 is one block, each cell of row 4 another; then the new row, and the log.
    expect(port.writes).toBe(6);
    const header = before[0]!.map(String);
    const existing = written.filter((cell) => cell.row < before.length);
    expect([...new Set(existing.map((cell) => header[cell.column]))].sort()).toEqual([
      "Обновлено",
      "Пожелания",
    ]);
    expect(existing.map((cell) => cell.row).sort()).toEqual([1, 1, 2, 2, 4, 4]);
    for (const cell of existing) expect(cell.value).not.toEqual(before[cell.row]![cell.column]);
    port.writes = 0;
    const again = importResponses(port, NOW, "mentor", [...first, ...later], {
      source: "форма",
      log: "changes",
    });
    expect(again.changed).toBe(false);
    expect(again.summary).toMatch(/учтено 0 \(добавлено строк 0, изменено 0\), без изменений 9/);
    expect(port.writes).toBe(0);
  });
});

describe("group-meeting choices", () => {
  function meeting() {
    const port = workbook();
    const rng = random(5);
    const mentors = people(rng, "mentor", 3);
    const mentees = people(rng, "mentee", 3, 10);
    appendRecords(
      port,
      MENTORS,
      mentors.map((person, i) => knownPerson(person, `Н-00${i + 1}`)),
    );
    appendRecords(
      port,
      MENTEES,
      mentees.map((person, i) => knownPerson(person, `П-00${i + 1}`)),
    );
    port.writes = 0;
    const choose = (who: (typeof mentors)[number], chosen: string[], minute: number, email = who.email) =>
      response(
        {
          "Выберите себя в списке": label(who),
          "Первый выбор: с кем вы хотели бы работать?": chosen[0] ?? "",
          "Второй выбор: с кем вы хотели бы работать?": chosen[1] ?? "",
          "Третий выбор: с кем вы хотели бы работать?": chosen[2] ?? "",
        },
        email,
        at(minute),
      );
    return { port, mentors, mentees, choose };
  }

  it("keeps the newest answer of each respondent, whatever order the answers come in", () => {
    const { mentors, mentees, choose } = meeting();
    const answers = [
      choose(mentees[0]!, [label(mentors[2]!)], 1),
      choose(mentees[0]!, [label(mentors[1]!), label(mentors[0]!)], 5),
      choose(mentees[0]!, [label(mentors[0]!)], 3),
      choose(mentors[1]!, [label(mentees[2]!), label(mentees[2]!), label(mentors[0]!)], 2),
      choose(mentees[1]!, ["Кто-то неизвестный"], 4),
    ];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(answers, { minLength: answers.length }),
        fc.boolean(),
        (shuffled, split) => {
          const { port } = meeting();
          const options = { source: "форма" as const, log: "changes" as const };
          if (split) importResponses(port, NOW, "groupMeeting", shuffled.slice(0, 2), options);
          importResponses(port, NOW, "groupMeeting", shuffled, options);
          expect(records(port, MENTEES).map((record) => record.choices ?? "")).toEqual([
            "Н-002, Н-001",
            "",
            "",
          ]);
          expect(records(port, MENTORS).map((record) => record.choices ?? "")).toEqual(["", "П-003", ""]);
          port.writes = 0;
          const again = importResponses(port, NOW, "groupMeeting", shuffled, options);
          expect(again.changed).toBe(false);
          expect(port.writes).toBe(0);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("logs why part of an answer was not used", () => {
    const { port, mentors, mentees, choose } = meeting();
    const report = importResponses(
      port,
      NOW,
      "groupMeeting",
      [choose(mentees[0]!, [label(mentees[1]!), label(mentors[0]!)], 1), choose(mentees[1]!, ["Кто-то"], 2)],
      { source: "импорт", log: "changes" },
    );
    expect(report.counts).toMatchObject({ responses: 2, applied: 1, rejected: 1 });
    const log = port.grid(LOG.name).map((row) => String(row[3]));
    expect(log.some((line) => line.includes("наставляемые выбирают наставников, выбор не учтён"))).toBe(true);
    expect(log.some((line) => line.includes("«Кто-то» нет в списке участников"))).toBe(true);
  });
});

describe("monitoring answers", () => {
  const questions = monitoringQuestionnaire(CONTEXT).questions.filter((question) => !question.retired);
  const answer = (email: string, minute: number, overall: string, valuable = ""): FormResponse =>
    response(
      Object.fromEntries(
        questions.map((question) => [
          question.title,
          question.id === "role"
            ? "Наставник"
            : question.id === "stage"
              ? "Завершение программы"
              : question.id === "overall"
                ? overall
                : question.id === "valuable"
                  ? valuable
                  : question.type === "scale"
                    ? "8"
                    : question.options
                      ? "Да"
                      : "",
        ]),
      ),
      email,
      at(minute),
    );

  it("creates «Мониторинг» before «Настройки», keeps one row per e-mail, the newest, and is idempotent", () => {
    const port = workbook();
    const answers = [
      answer("a@school.ru", 1, "5", "много"),
      answer("A@School.ru", 3, "9"),
      answer("b@school.ru", 2, "7"),
      answer("", 4, "6"),
      answer("", 5, "4"),
    ];
    const report = importResponses(port, NOW, "monitoring", answers.slice().reverse());
    expect(port.sheetNames().indexOf(MONITORING.name)).toBeLessThan(
      port.sheetNames().indexOf(SETTINGS_SHEET.name),
    );
    expect(report.counts).toMatchObject({ responses: 5, added: 4, applied: 5 });
    const rows = readRecords(MONITORING, port.grid(MONITORING.name)).records.map((entry) => entry.record);
    expect(rows.map((row) => [row.email, row.overall, row.valuable])).toEqual([
      ["a@school.ru", 9, ""],
      ["b@school.ru", 7, ""],
      ["", 6, ""],
      ["", 4, ""],
    ]);
    port.writes = 0;
    expect(importResponses(port, NOW, "monitoring", answers).changed).toBe(false);
    expect(port.writes).toBe(0);
  });

  it("has a column for every question, with the same options and headers unlike the titles", () => {
    const questionnaire = monitoringQuestionnaire(CONTEXT);
    for (const question of questionnaire.questions) {
      const column = MONITORING.columns.find((candidate) => candidate.key === question.id);
      expect(column, question.id).toBeDefined();
      if (question.options) expect(column?.options).toEqual([...question.options]);
    }
    // Setup must never take the form's own response sheet for a renamed «Мониторинг».
    const header = [
      "Отметка времени",
      "Адрес электронной почты",
      ...questionnaire.questions.map((q) => q.title),
    ];
    const [placement] = locateSheets([MONITORING], ["Ответы на форму (1)"], () => header);
    expect(placement?.existing).toBeUndefined();
  });
});

describe("the forms registry in «Настройки»", () => {
  it("appends its rows once, rewrites only changed values, and reads them back", () => {
    const port = workbook();
    expect(readFormsRegistry(port, NOW)).toEqual({});
    recordForms(port, { mentor: { id: "1abcDEF_ghij", url: "https://forms.example/m" } });
    expect(port.writes).toBe(1);
    recordForms(port, {
      mentor: { id: "1abcDEF_ghij", url: "https://forms.example/m" },
      monitoring: { id: "1xyz0123456", url: "https://forms.example/x" },
    });
    expect(port.writes).toBe(2);
    port.writes = 0;
    recordForms(port, { mentor: { id: "1abcDEF_ghij", url: "https://forms.example/m2" } });
    expect(port.writes).toBe(1);
    expect(readFormsRegistry(port, NOW)).toEqual({
      mentor: { id: "1abcDEF_ghij", url: "https://forms.example/m2" },
      monitoring: { id: "1xyz0123456", url: "https://forms.example/x" },
    });
    const labels = port.grid(SETTINGS_SHEET.name).map((row) => row[0]);
    for (const spec of FORM_SETTINGS.filter((spec) => /наставника|мониторинга/.test(spec.label)))
      expect(labels.filter((label) => label === spec.label)).toHaveLength(1);
    expect(new Set(FORM_SETTINGS.map((spec) => spec.key)).size).toBe(FORM_KEYS.length * 2);
  });
});

describe("identifying the form of a response", () => {
  const registry = {
    mentor: { id: "1MentorForm_abc", url: "https://docs.google.com/forms/d/e/1FAIpQLSx/viewform" },
  };

  it("by the response sheet's form address", () => {
    expect(formIdFromUrl("https://docs.google.com/forms/d/1MentorForm_abc/viewform")).toBe("1MentorForm_abc");
    expect(formIdFromUrl("https://docs.google.com/forms/d/e/1FAIpQLSx/viewform")).toBeUndefined();
    expect(formOfUrl("https://docs.google.com/forms/d/1MentorForm_abc/edit#responses", registry)).toBe(
      "mentor",
    );
    expect(
      isFormUrl("https://docs.google.com/forms/d/e/1FAIpQLSx/viewform?usp=sf_link", registry.mentor),
    ).toBe(true);
    expect(formOfUrl("https://docs.google.com/forms/d/1OtherForm_xyz/edit", registry)).toBeUndefined();
    expect(formOfUrl(null, registry)).toBeUndefined();
  });

  it("by its question titles when the form is not registered", () => {
    const monitoring = monitoringQuestionnaire(CONTEXT);
    const all = [MENTOR_FORM, MENTEE_FORM, monitoring];
    const titles = (form: typeof MENTOR_FORM) => [
      "Отметка времени",
      "Адрес электронной почты",
      ...form.questions.map((q) => q.title),
    ];
    expect(formOfTitles(titles(MENTOR_FORM), all)).toBe("mentor");
    expect(formOfTitles(titles(MENTEE_FORM), all)).toBe("mentee");
    expect(formOfTitles(titles(monitoring), all)).toBe("monitoring");
    expect(formOfTitles(["Отметка времени", "Фамилия", "Имя"], all)).toBeUndefined();
  });

  it("reads namedValues like a sheet row: joined checkbox answers split against the options", () => {
    const named: Record<string, string[]> = {
      "Отметка времени": ["10.09.2025 12:00:00"],
      "Адрес электронной почты": ["ivanova@school.ru"],
    };
    for (const [title, value] of Object.entries(mentorAnswers()))
      named[title] = [typeof value === "string" ? value : value.join(", ")];
    const parsed = responseFromNamedValues(MENTOR_FORM, named);
    expect(parsed?.timestamp).toEqual(new Date(2025, 8, 10, 12, 0, 0));
    const exact = new Date(2025, 8, 10, 12, 0, 7);
    const withTime = responseFromNamedValues(MENTOR_FORM, named, exact);
    expect(withTime?.timestamp).toBe(exact);
    const port = workbook();
    importResponses(port, NOW, "mentor", [withTime!]);
    const strengths: Cell | undefined = records(port, MENTORS)[0]?.strengths;
    expect(strengths).toBe(
      "Методика проведения урока (занятия), Работа с детьми с ОВЗ, инклюзивное образование",
    );
  });
});
