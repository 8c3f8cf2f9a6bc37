import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell, Grid } from "../../src/core/cell";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import { QuestionnaireError } from "../../src/core/questionnaires/errors";
import { personKey } from "../../src/core/questionnaires/names";
import { parseBankAnswer } from "../../src/core/questionnaires/parse";
import { unescapeFormula } from "../../src/core/questionnaires/text";
import type { FormResponse } from "../../src/core/questionnaires/types";
import { idGenerator, sameCell, upsertResponses } from "../../src/core/questionnaires/upsert";
import { headersOf } from "../../src/core/schema/columns";
import { FORM_PREFERENCES } from "../../src/core/schema/enums";
import { MENTORS } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import { MENTOR_FORM, mentorAnswers, response } from "./fixtures";

const USER_COLUMN = "Комментарий куратора";
/** The bank's header with a column of the coordinator's own between schema columns. */
const HEADER: Cell[] = (() => {
  const headers = headersOf(MENTORS);
  return [...headers.slice(0, 3), USER_COLUMN, ...headers.slice(3)];
})();
const MAP = mapColumns(MENTORS, HEADER);
const USER_INDEX = HEADER.indexOf(USER_COLUMN);
const OPTIONS = { source: "форма" as const, now: new Date(2025, 8, 30, 9, 0, 0) };

function row(values: Record<string, Cell>, user: Cell = ""): Cell[] {
  const out: Cell[] = HEADER.map(() => "");
  for (const [key, value] of Object.entries(values)) out[MAP.get(key)!] = value;
  out[USER_INDEX] = user;
  return out;
}

function cell(grid: Grid, r: number, key: string): Cell | undefined {
  return grid[r]?.[MAP.get(key)!];
}

/** What Google Sheets gives back after `setValues`: the text marker is gone, digits became numbers. */
function sheetsReadback(grid: Grid): Grid {
  return grid.map((cells) =>
    cells.map((value) => {
      if (typeof value !== "string") return value;
      const text = unescapeFormula(value);
      return /^\d+$/.test(text) ? Number(text) : text;
    }),
  );
}

const at = (minute: number) => new Date(2025, 8, 10, 12, minute, 0);

describe("upsertResponses", () => {
  it("appends a new person with the next ID, the form's source and time, consents «нет»", () => {
    const bank = [HEADER, row({ id: "Н-007", lastName: "Старая", firstName: "Запись" })];
    const result = upsertResponses(
      bank,
      MENTOR_FORM,
      [response(mentorAnswers(), "ivanova@school.ru", at(1))],
      OPTIONS,
    );
    expect(result.updates).toEqual([]);
    expect(result.append.startRow).toBe(2);
    expect(result.append.rows).toHaveLength(1);
    const added = result.grid[2]!;
    expect(added).toBe(result.append.rows[0]);
    expect(cell(result.grid, 2, "id")).toBe("Н-008");
    expect(cell(result.grid, 2, "pdConsent")).toBe("нет");
    expect(cell(result.grid, 2, "mentoringConsent")).toBe("нет");
    expect(cell(result.grid, 2, "pdConsentDate")).toBe("");
    expect(cell(result.grid, 2, "source")).toBe("форма");
    expect(cell(result.grid, 2, "updated")).toEqual(at(1));
    expect(cell(result.grid, 2, "status")).toBe("Активен");
    expect(cell(result.grid, 2, "experience")).toBe(12);
    expect(result.counts).toMatchObject({
      responses: 1,
      added: 1,
      updated: 0,
      applied: 1,
      unchanged: 0,
      rejected: 0,
    });
    expect(result.log[0]?.result).toBe(
      "Ответов: 1; добавлено человек: 1; обновлено: 0; без изменений: 0; отклонено: 0; требуют проверки: 0",
    );
  });

  it("updates only form-owned cells, keeping consents, the ID, user columns and what a blank answer left out", () => {
    const consentDate = new Date(2025, 8, 1);
    const bank = [
      HEADER,
      row(
        {
          id: "Н-003",
          lastName: "Иванова",
          firstName: "Мария",
          middleName: "Петровна",
          email: "IVANOVA@school.ru",
          unit: "Корпус 2",
          experience: 10,
          pdConsent: "получено",
          pdConsentDate: consentDate,
          mentoringConsent: "получено",
          status: "Активен",
          source: "вручную",
        },
        "+7 999 000-00-00",
      ),
    ];
    const result = upsertResponses(
      bank,
      MENTOR_FORM,
      [response(mentorAnswers(), "ivanova@school.ru", at(1))],
      OPTIONS,
    );
    expect(result.append.rows).toEqual([]);
    expect(result.updates).toHaveLength(1);
    const update = result.updates[0]!;
    expect(update.row).toBe(1);
    expect(cell(result.grid, 1, "id")).toBe("Н-003");
    expect(cell(result.grid, 1, "unit")).toBe("Корпус 2");
    expect(cell(result.grid, 1, "pdConsent")).toBe("получено");
    expect(cell(result.grid, 1, "pdConsentDate")).toBe(consentDate);
    expect(cell(result.grid, 1, "experience")).toBe(12);
    expect(cell(result.grid, 1, "email")).toBe("ivanova@school.ru");
    expect(cell(result.grid, 1, "source")).toBe("форма");
    // The user's phone number is kept, and escaped so that rewriting the row does not make it a formula.
    expect(update.values[USER_INDEX]).toBe("'+7 999 000-00-00");
    const changed = update.changedColumns.map((index) => HEADER[index]);
    expect(changed).not.toContain(USER_COLUMN);
    expect(changed).not.toContain("Согласие на обработку ПДн");
    expect(changed).toEqual(
      expect.arrayContaining(["Педагогический стаж (лет)", "E-mail", "Источник", "Обновлено", "Пол"]),
    );
    expect(result.counts).toMatchObject({ added: 0, updated: 1 });
  });

  it("lets the newer answer win whatever the order, and never lets an older one overwrite it", () => {
    const older = response(mentorAnswers({ "Педагогический стаж (лет)": "5" }), "ivanova@school.ru", at(1));
    const newer = response(mentorAnswers({ "Педагогический стаж (лет)": "6" }), "IVANOVA@school.ru", at(2));
    const together = upsertResponses([HEADER], MENTOR_FORM, [newer, older], OPTIONS);
    expect(cell(together.grid, 1, "experience")).toBe(6);
    expect(together.counts).toMatchObject({ added: 1, applied: 2 });
    const first = upsertResponses([HEADER], MENTOR_FORM, [newer], OPTIONS);
    const late = upsertResponses(first.grid, MENTOR_FORM, [older], OPTIONS);
    expect(late.updates).toEqual([]);
    expect(late.append.rows).toEqual([]);
    expect(late.counts.unchanged).toBe(1);
    expect(cell(late.grid, 1, "experience")).toBe(6);
  });

  it("keeps «Выбыл» set by the coordinator, saying so in the remarks", () => {
    const bank = [
      HEADER,
      row({
        id: "Н-001",
        lastName: "Иванова",
        firstName: "Мария",
        email: "ivanova@school.ru",
        status: "Выбыл",
      }),
    ];
    const result = upsertResponses(
      bank,
      MENTOR_FORM,
      [response(mentorAnswers({ Пол: "?" }), "ivanova@school.ru", at(1))],
      OPTIONS,
    );
    expect(cell(result.grid, 1, "status")).toBe("Выбыл");
    expect(cell(result.grid, 1, "remarks")).toMatch(/«Пол»: «\?».*; Статус «Выбыл» установлен куратором/);
  });

  it("matches by name when the e-mail differs, asking to check", () => {
    const bank = [
      HEADER,
      row({ id: "Н-001", lastName: "Семёнова", firstName: "Алёна", email: "old@school.ru" }),
    ];
    const answers = mentorAnswers({ Фамилия: "СЕМЕНОВА", Имя: "алена", Отчество: "" });
    const result = upsertResponses(bank, MENTOR_FORM, [response(answers, "new@school.ru", at(1))], OPTIONS);
    expect(result.append.rows).toEqual([]);
    expect(cell(result.grid, 1, "email")).toBe("new@school.ru");
    expect(cell(result.grid, 1, "lastName")).toBe("Семенова");
    expect(cell(result.grid, 1, "status")).toBe("Требует проверки");
    expect(cell(result.grid, 1, "remarks")).toMatch(
      /сопоставлена по ФИО: в таблице был e-mail «old@school.ru»/,
    );
    expect(result.log.map((entry) => entry.result)).toContainEqual(
      expect.stringMatching(/^Н-001 Семенова Алена: анкета обновлена/),
    );
  });

  it("adds a separate, flagged row when several namesakes could be meant", () => {
    const bank = [
      HEADER,
      row({
        id: "Н-001",
        lastName: "Иванова",
        firstName: "Мария",
        middleName: "Петровна",
        email: "a@school.ru",
      }),
      row({
        id: "Н-002",
        lastName: "Иванова",
        firstName: "Мария",
        middleName: "Петровна",
        email: "b@school.ru",
      }),
    ];
    const result = upsertResponses(
      bank,
      MENTOR_FORM,
      [response(mentorAnswers(), "c@school.ru", at(1))],
      OPTIONS,
    );
    expect(result.append.rows).toHaveLength(1);
    expect(cell(result.grid, 3, "status")).toBe("Требует проверки");
    expect(cell(result.grid, 3, "remarks")).toMatch(/уже 2 человека с таким ФИО/);
  });

  it("rejects an answer that names nobody", () => {
    const answers = mentorAnswers({ Фамилия: "", Имя: "" });
    const result = upsertResponses([HEADER], MENTOR_FORM, [response(answers, "", at(1))], OPTIONS);
    expect(result.grid).toEqual([HEADER]);
    expect(result.counts.rejected).toBe(1);
    expect(result.log[1]?.result).toMatch(/не принята: не указаны ни e-mail, ни фамилия с именем/);
  });

  it("appends after the last filled row, over trailing blank rows", () => {
    const bank = [
      HEADER,
      row({ id: "Н-001", lastName: "А", firstName: "Б" }),
      HEADER.map(() => ""),
      HEADER.map(() => null),
    ];
    const result = upsertResponses(bank, MENTOR_FORM, [response(mentorAnswers(), "x@y.ru", at(1))], OPTIONS);
    expect(result.append.startRow).toBe(2);
    expect(result.grid).toHaveLength(4);
    expect(cell(result.grid, 2, "id")).toBe("Н-002");
  });

  it("refuses a bank whose header lost a needed column", () => {
    const header = HEADER.filter((title) => title !== "Обновлено");
    expect(() => upsertResponses([header], MENTOR_FORM, [], OPTIONS)).toThrow(QuestionnaireError);
    expect(() => upsertResponses([header], MENTOR_FORM, [], OPTIONS)).toThrow(/нет столбцов «Обновлено»/);
    expect(() => upsertResponses([], MENTOR_FORM, [], OPTIONS)).toThrow(/нет строки заголовков/);
  });

  it("orders responses with the same time the same way whatever the delivery order", () => {
    const a = response(mentorAnswers({ "Педагогический стаж (лет)": "5" }), "ivanova@school.ru", at(1));
    const b = response(mentorAnswers({ "Педагогический стаж (лет)": "7" }), "ivanova@school.ru", at(1));
    const ab = upsertResponses([HEADER], MENTOR_FORM, [a, b], OPTIONS);
    const ba = upsertResponses([HEADER], MENTOR_FORM, [b, a], OPTIONS);
    expect(ab.grid).toEqual(ba.grid);
    expect(ab.counts).toMatchObject({ added: 1, applied: 1, unchanged: 1 });
  });

  it("is idempotent, also after the sheet has turned the written values back into plain ones", () => {
    const responses = [
      response(
        mentorAnswers({ Пожелания: '=HYPERLINK("x")', "Удобное время для встреч": "+7 999" }),
        "a@b.ru",
        at(1),
      ),
      response(mentorAnswers({ Фамилия: "Петрова" }), "c@d.ru", at(2)),
    ];
    const first = upsertResponses([HEADER], MENTOR_FORM, responses, OPTIONS);
    expect(cell(first.grid, 1, "wishes")).toBe('\'=HYPERLINK("x")');
    for (const grid of [first.grid, sheetsReadback(first.grid)]) {
      const again = upsertResponses(grid, MENTOR_FORM, responses, OPTIONS);
      expect(again.updates).toEqual([]);
      expect(again.append.rows).toEqual([]);
      expect(again.counts).toMatchObject({ applied: 0, unchanged: 2 });
    }
  });

  it("gives IDs after the largest taken, padded to three digits", () => {
    const next = idGenerator("П", ["П-009", "П-1000", "Н-2000", " П-010 ", "П-abc"]);
    expect([next(), next()]).toEqual(["П-1001", "П-1002"]);
    expect(idGenerator("Н", [])()).toBe("Н-001");
  });

  it("compares cells as a person sees them", () => {
    expect(sameCell("'=A1", "=A1")).toBe(true);
    expect(sameCell(2, "2")).toBe(true);
    expect(sameCell(null, "")).toBe(true);
    expect(sameCell(new Date(2025, 0, 1), new Date(2025, 0, 1))).toBe(true);
    expect(sameCell(new Date(2025, 0, 1), "")).toBe(false);
    expect(sameCell("a", "b")).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Property: many submissions, shuffled, duplicated and re-submitted, give exactly the expected bank.

const LAST = ["Иванова", "Петрова", "Семенова", "Кузнецова", "Смирнов", "Фёдоров", "Орлова-Жукова", "Белов"];
const FIRST = ["Мария", "Алёна", "Ольга", "Сергей", "Пётр", "Анна", "Елена"];
const MIDDLE = ["Петровна", "Ивановна", "", "Сергеевич", "Алексеевна"];
const PEOPLE = 60;

interface Person {
  readonly last: string;
  readonly first: string;
  readonly middle: string;
  readonly email: string;
}

const people: Person[] = Array.from({ length: PEOPLE }, (_, i) => ({
  last: LAST[i % LAST.length]!,
  first: FIRST[Math.floor(i / LAST.length) % FIRST.length]!,
  middle: MIDDLE[i % MIDDLE.length]!,
  email: `teacher${i}@school.ru`,
}));

const submission = fc.record({
  person: fc.nat({ max: PEOPLE - 1 }),
  emailStyle: fc.constantFrom("lower", "upper", "blank"),
  nameStyle: fc.constantFrom("plain", "lower", "upper", "spaces", "yo"),
  experience: fc.integer({ min: 0, max: 40 }),
  capacity: fc.constantFrom("1", "2", "3"),
  strengths: fc.uniqueArray(fc.constantFrom(...COMPETENCES), { minLength: 1, maxLength: 4 }),
  joined: fc.boolean(),
  unit: fc.constantFrom("", "Корпус 1", "Филиал"),
  wishes: fc.constantFrom("", '=HYPERLINK("x")', "+7 999", "в пару с коллегой, из своего корпуса"),
  form: fc.constantFrom(...FORM_PREFERENCES),
});
type Submission = typeof submission extends fc.Arbitrary<infer T> ? T : never;

function styleName(name: string, style: string): string {
  if (style === "lower") return name.toLowerCase();
  if (style === "upper") return name.toUpperCase();
  if (style === "spaces") return `  ${name.replace("-", " - ")}  `;
  if (style === "yo") return name.includes("ё") ? name.replace("ё", "е") : name.replace("е", "ё");
  return name;
}

function toResponse(item: Submission, minute: number): FormResponse {
  const person = people[item.person]!;
  const email =
    item.emailStyle === "blank"
      ? ""
      : item.emailStyle === "upper"
        ? person.email.toUpperCase()
        : person.email;
  return {
    timestamp: new Date(2025, 8, 1, 8, minute, 0),
    email,
    answers: mentorAnswers({
      Фамилия: styleName(person.last, item.nameStyle),
      Имя: styleName(person.first, item.nameStyle),
      Отчество: styleName(person.middle, item.nameStyle),
      "Педагогический стаж (лет)": String(item.experience),
      "Сколько наставляемых вы готовы взять?": item.capacity,
      "Сильные стороны": item.joined ? item.strengths.join(", ") : item.strengths,
      "Структурное подразделение": item.unit,
      Пожелания: item.wishes,
      "Предпочитаемая форма наставничества": item.form,
    }),
  };
}

/** The bank before the submissions: person 0 entered by hand, person 1 marked «Выбыл», someone else. */
function initialBank(): Grid {
  return [
    HEADER,
    row(
      {
        id: "Н-002",
        lastName: "Иванова",
        firstName: "Мария",
        middleName: "Петровна",
        email: people[0]!.email,
        unit: "Корпус 2",
        pdConsent: "получено",
        source: "вручную",
      },
      "заметка",
    ),
    row({
      id: "Н-010",
      lastName: "Другая",
      firstName: "Учительница",
      email: "other@school.ru",
      status: "Активен",
    }),
    row({
      id: "Н-004",
      lastName: people[1]!.last,
      firstName: people[1]!.first,
      middleName: people[1]!.middle,
      email: people[1]!.email,
      status: "Выбыл",
    }),
  ];
}

const INITIAL_ROW: Record<number, number> = { 0: 1, 1: 3 };

/** The model: each person's cells are their answers folded oldest first, a blank answer keeping the cell. */
function expectedRows(
  responses: readonly { person: number; response: FormResponse }[],
): Map<number, Record<string, Cell>> {
  const bank = initialBank();
  const expected = new Map<number, Record<string, Cell>>();
  const ordered = [...responses].sort(
    (a, b) => a.response.timestamp.getTime() - b.response.timestamp.getTime(),
  );
  let nextNumber = 11;
  for (const { person, response: item } of ordered) {
    let record = expected.get(person);
    if (!record) {
      const initialRow = INITIAL_ROW[person];
      record = {};
      if (initialRow !== undefined) {
        for (const [key, index] of MAP) record[key] = bank[initialRow]![index] ?? "";
      } else {
        record.id = `Н-${String(nextNumber++).padStart(3, "0")}`;
        record.pdConsent = "нет";
      }
      expected.set(person, record);
    }
    const answer = parseBankAnswer(MENTOR_FORM, item);
    for (const [key, value] of Object.entries(answer.record)) {
      if (key !== "status" && key !== "remarks" && value !== "") record[key] = value;
    }
    const left = person === 1;
    record.status = left ? "Выбыл" : "Активен";
    record.remarks = [
      ...answer.remarks.split("; ").filter(Boolean),
      ...(left ? ["Статус «Выбыл» установлен куратором — анкета учтена, статус не изменён"] : []),
    ].join("; ");
    record.source = "форма";
  }
  return expected;
}

function shuffle<T>(items: readonly T[], seeds: readonly number[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = (seeds[i % seeds.length] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("upsertResponses: 500 shuffled submissions with duplicates and re-submissions", () => {
  it("give exactly the expected bank, in any order, idempotently", () => {
    const scenario = fc.record({
      items: fc.array(submission, { minLength: 450, maxLength: 450 }),
      duplicates: fc.array(fc.nat({ max: 449 }), { minLength: 50, maxLength: 50 }),
      seeds: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: 499 }), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(scenario, ({ items, duplicates, seeds, cuts }) => {
        const unique = items.map((item, i) => ({ person: item.person, response: toResponse(item, i) }));
        const all = [...unique, ...duplicates.map((i) => unique[i]!)];
        const delivered = shuffle(all, seeds);
        const responses = delivered.map((entry) => entry.response);
        const result = upsertResponses(initialBank(), MENTOR_FORM, responses, OPTIONS);

        // Exactly one row per person, with the expected cells.
        const expected = expectedRows(unique);
        const dataRows = result.grid.slice(1);
        const touchedInitial = [0, 1].filter((person) => expected.has(person)).length;
        expect(dataRows).toHaveLength(3 + expected.size - touchedInitial);
        const ids = dataRows.map((cells) => cells[MAP.get("id")!]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const [person, record] of expected) {
          const r =
            INITIAL_ROW[person] ?? result.grid.findIndex((cells) => cells[MAP.get("id")!] === record.id);
          expect(r).toBeGreaterThan(0);
          for (const [key, value] of Object.entries(record)) {
            const actual = cell(result.grid, r, key);
            if (!sameCell(actual, value))
              expect({ person, key, actual }).toEqual({ person, key, actual: value });
          }
        }
        // The untouched row and the coordinator's cells stay as they were.
        expect(result.grid[2]).toEqual(initialBank()[2]);
        expect(result.grid[1]![USER_INDEX]).toBe("заметка");
        expect(cell(result.grid, 1, "pdConsent")).toBe("получено");
        expect(result.counts.added).toBe(expected.size - touchedInitial);
        expect(result.counts.unchanged).toBe(responses.length - result.counts.applied);

        // Any other delivery order gives the same sheet.
        const reordered = upsertResponses(initialBank(), MENTOR_FORM, responses.slice().reverse(), OPTIONS);
        expect(reordered.grid).toEqual(result.grid);

        // Delivering them again changes nothing, even after a round trip through the sheet.
        const again = upsertResponses(sheetsReadback(result.grid), MENTOR_FORM, responses, OPTIONS);
        expect(again.updates).toEqual([]);
        expect(again.append.rows).toEqual([]);

        // Delivered in chronological batches (as a trigger does), the result is the same.
        const chronological = [...unique].sort(
          (a, b) => a.response.timestamp.getTime() - b.response.timestamp.getTime(),
        );
        const bounds = [
          0,
          ...cuts.sort((a, b) => a - b).filter((cut) => cut < chronological.length),
          chronological.length,
        ];
        let grid = initialBank();
        for (let i = 0; i + 1 < bounds.length; i++) {
          const batch = chronological.slice(bounds[i], bounds[i + 1]).map((entry) => entry.response);
          grid = sheetsReadback(upsertResponses(grid, MENTOR_FORM, batch, OPTIONS).grid);
        }
        expect(grid).toEqual(sheetsReadback(result.grid));

        // Batches in random order lose nobody and duplicate nobody; the newest required answers win.
        let scrambled = initialBank();
        const batches = shuffle(
          bounds.slice(1).map((end, i) => chronological.slice(bounds[i], end)),
          seeds.slice().reverse(),
        );
        for (const batch of batches) {
          scrambled = upsertResponses(
            scrambled,
            MENTOR_FORM,
            batch.map((entry) => entry.response),
            OPTIONS,
          ).grid;
        }
        expect(scrambled).toHaveLength(result.grid.length);
        for (const [person, record] of expected) {
          const { last, first, middle } = people[person]!;
          const key = personKey(last, first, middle);
          const r = scrambled.findIndex(
            (cells, index) =>
              index > 0 &&
              personKey(
                String(cells[MAP.get("lastName")!]),
                String(cells[MAP.get("firstName")!]),
                String(cells[MAP.get("middleName")!]),
              ) === key,
          );
          expect(r).toBeGreaterThan(0);
          for (const key of ["experience", "capacity", "strengths", "preferredForm", "updated", "lastName"]) {
            expect(sameCell(cell(scrambled, r, key), record[key] ?? "")).toBe(true);
          }
        }
      }),
      { numRuns: 10, endOnFailure: true },
    );
  });
});
