import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell, Grid } from "../../src/core/cell";
import { pluralForm } from "../../src/core/format/numbers";
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

/** A bank with two people of the same full name and different e-mails. */
function twoNamesakes(): Grid {
  const namesake = { lastName: "Иванова", firstName: "Мария", middleName: "Петровна" };
  return [
    HEADER,
    row({ id: "Н-001", ...namesake, email: "a@school.ru" }),
    row({ id: "Н-002", ...namesake, email: "b@school.ru" }),
  ];
}

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

  it("adds a separate, flagged row for a new e-mail with a namesake's name, leaving that row and consent alone", () => {
    const bank = [
      HEADER,
      row({
        id: "Н-001",
        lastName: "Семёнова",
        firstName: "Алёна",
        email: "old@school.ru",
        pdConsent: "получено",
        status: "Активен",
      }),
    ];
    const answers = mentorAnswers({ Фамилия: "СЕМЕНОВА", Имя: "алена", Отчество: "" });
    const result = upsertResponses(bank, MENTOR_FORM, [response(answers, "new@school.ru", at(1))], OPTIONS);
    expect(result.updates).toEqual([]);
    expect(result.grid[1]).toEqual(bank[1]);
    expect(result.append.rows).toHaveLength(1);
    expect(cell(result.grid, 2, "id")).toBe("Н-002");
    expect(cell(result.grid, 2, "email")).toBe("new@school.ru");
    expect(cell(result.grid, 2, "pdConsent")).toBe("нет");
    expect(cell(result.grid, 2, "status")).toBe("Требует проверки");
    expect(cell(result.grid, 2, "remarks")).toMatch(
      /^В таблице уже есть Н-001 с таким ФИО и e-mail «old@school.ru» — добавлен\(а\) отдельной строкой/,
    );
    expect(result.counts).toMatchObject({ added: 1, updated: 0, needsReview: 1 });
    // The new person's later answers find their own row by e-mail.
    const later = upsertResponses(
      result.grid,
      MENTOR_FORM,
      [response(answers, "new@school.ru", at(2))],
      OPTIONS,
    );
    expect(later.append.rows).toEqual([]);
    expect(later.updates.map((update) => update.row)).toEqual([2]);
  });

  it("matches by name a row that has no e-mail yet, and fills the e-mail in", () => {
    const bank = [
      HEADER,
      row({
        id: "Н-001",
        lastName: "Семёнова",
        firstName: "Алёна",
        pdConsent: "получено",
        source: "вручную",
      }),
    ];
    const answers = mentorAnswers({ Фамилия: "Семенова", Имя: "Алена", Отчество: "" });
    const result = upsertResponses(bank, MENTOR_FORM, [response(answers, "new@school.ru", at(1))], OPTIONS);
    expect(result.append.rows).toEqual([]);
    expect(cell(result.grid, 1, "email")).toBe("new@school.ru");
    expect(cell(result.grid, 1, "pdConsent")).toBe("получено");
    expect(cell(result.grid, 1, "status")).toBe("Активен");
  });

  it("matches by name an answer without an e-mail when one row has the name, keeping its e-mail", () => {
    const bank = [
      HEADER,
      row({ id: "Н-001", lastName: "Иванова", firstName: "Мария", email: "m@school.ru" }),
    ];
    const answers = mentorAnswers({ Отчество: "", "Педагогический стаж (лет)": "20" });
    const result = upsertResponses(bank, MENTOR_FORM, [response(answers, "", at(1))], OPTIONS);
    expect(result.append.rows).toEqual([]);
    expect(cell(result.grid, 1, "email")).toBe("m@school.ru");
    expect(cell(result.grid, 1, "experience")).toBe(20);
  });

  it("adds an answer without an e-mail that several namesakes could have given only once", () => {
    const bank = twoNamesakes();
    const responses = [response(mentorAnswers(), "", at(1))];
    const first = upsertResponses(bank, MENTOR_FORM, responses, OPTIONS);
    expect(first.append.rows).toHaveLength(1);
    expect(cell(first.grid, 3, "status")).toBe("Требует проверки");
    expect(cell(first.grid, 3, "remarks")).toMatch(
      /^В таблице уже 2 человека с таким ФИО, а в анкете нет e-mail/,
    );
    for (const grid of [first.grid, sheetsReadback(first.grid)]) {
      const again = upsertResponses(grid, MENTOR_FORM, responses, OPTIONS);
      expect(again.updates).toEqual([]);
      expect(again.append.rows).toEqual([]);
      expect(again.counts).toMatchObject({ applied: 0, unchanged: 1 });
    }
  });

  it("changes nothing on re-import after an answer without an e-mail was matched by name and its name became shared", () => {
    const bank = [
      HEADER,
      row({
        id: "Н-001",
        lastName: "Иванова",
        firstName: "Мария",
        middleName: "Петровна",
        email: "a@school.ru",
      }),
    ];
    const responses = [
      response(mentorAnswers({ "Педагогический стаж (лет)": "11" }), "", at(1)),
      response(mentorAnswers({ "Педагогический стаж (лет)": "12" }), "b@school.ru", at(2)),
      response(mentorAnswers({ "Педагогический стаж (лет)": "13" }), "a@school.ru", at(3)),
    ];
    const first = upsertResponses(bank, MENTOR_FORM, responses, OPTIONS);
    expect(
      first.grid.slice(1).map((cells) => [cells[MAP.get("email")!], cells[MAP.get("experience")!]]),
    ).toEqual([
      ["a@school.ru", 13],
      ["b@school.ru", 12],
    ]);
    const again = upsertResponses(first.grid, MENTOR_FORM, responses, OPTIONS);
    expect(again.updates).toEqual([]);
    expect(again.append.rows).toEqual([]);
    expect(again.counts.unchanged).toBe(3);
  });

  it("does not apply an answer without an e-mail older than what the namesakes' rows hold", () => {
    const bank = [
      HEADER,
      row({
        id: "Н-001",
        lastName: "Иванова",
        firstName: "Мария",
        middleName: "Петровна",
        email: "a@school.ru",
        updated: at(5),
      }),
      row({
        id: "Н-002",
        lastName: "Иванова",
        firstName: "Мария",
        middleName: "Петровна",
        email: "b@school.ru",
        updated: at(2),
      }),
    ];
    const older = upsertResponses(bank, MENTOR_FORM, [response(mentorAnswers(), "", at(4))], OPTIONS);
    expect(older.append.rows).toEqual([]);
    expect(older.counts.unchanged).toBe(1);
    const newer = upsertResponses(bank, MENTOR_FORM, [response(mentorAnswers(), "", at(6))], OPTIONS);
    expect(newer.append.rows).toHaveLength(1);
  });

  it("adds a separate, flagged row when several namesakes could be meant", () => {
    const bank = twoNamesakes();
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
/** People 0–59 have names of their own. */
const PEOPLE = 60;
/**
 * Two namesakes with e-mails of their own: `TWIN_A` is in the bank from the start and sometimes answers
 * without an e-mail; `TWIN_B` is not, and always gives an e-mail.
 */
const TWIN_A = 60;
const TWIN_B = 61;

interface Person {
  readonly last: string;
  readonly first: string;
  readonly middle: string;
  readonly email: string;
}

const twin = (i: number): Person => ({
  last: "Кузнецова",
  first: "Анна",
  middle: "Сергеевна",
  email: `teacher${i}@school.ru`,
});
const people: Person[] = [
  ...Array.from({ length: PEOPLE }, (_, i) => ({
    last: LAST[i % LAST.length]!,
    first: FIRST[Math.floor(i / LAST.length) % FIRST.length]!,
    middle: MIDDLE[i % MIDDLE.length]!,
    email: `teacher${i}@school.ru`,
  })),
  twin(TWIN_A),
  twin(TWIN_B),
];
const isTwin = (person: number) => person === TWIN_A || person === TWIN_B;

const submission = fc.record({
  person: fc.oneof(
    { arbitrary: fc.nat({ max: PEOPLE - 1 }), weight: 4 },
    { arbitrary: fc.constantFrom(TWIN_A, TWIN_B), weight: 1 },
  ),
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
  const style = item.person === TWIN_B && item.emailStyle === "blank" ? "lower" : item.emailStyle;
  const email = style === "blank" ? "" : style === "upper" ? person.email.toUpperCase() : person.email;
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

/**
 * The bank before the submissions: person 0 entered by hand, someone else, person 1 marked «Выбыл», and
 * `TWIN_A` with consent received.
 */
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
    row({
      id: "Н-005",
      lastName: people[TWIN_A]!.last,
      firstName: people[TWIN_A]!.first,
      middleName: people[TWIN_A]!.middle,
      email: people[TWIN_A]!.email,
      pdConsent: "получено",
      status: "Активен",
    }),
  ];
}

const INITIAL_ROW: Record<number, number> = { 0: 1, 1: 3, [TWIN_A]: 4 };
const INITIAL_ROWS = 4;

/**
 * The model: each person's cells are their answers folded oldest first, a blank answer keeping the cell.
 * The namesakes: `TWIN_B`'s first answer adds a flagged row of their own (it is not merged into `TWIN_A`'s,
 * which has another e-mail); once that row exists, each answer of `TWIN_A` without an e-mail could be
 * either's, and is added as a flagged row of its own (keyed from 1000 on), being newer than both rows.
 */
function expectedRows(
  responses: readonly { person: number; response: FormResponse }[],
): Map<number, Record<string, Cell>> {
  const bank = initialBank();
  const expected = new Map<number, Record<string, Cell>>();
  const ordered = [...responses].sort(
    (a, b) => a.response.timestamp.getTime() - b.response.timestamp.getTime(),
  );
  let nextNumber = 11;
  let namesakeRows = 1;
  for (const { person, response: item } of ordered) {
    const answer = parseBankAnswer(MENTOR_FORM, item);
    const ambiguous = person === TWIN_A && item.email === "" && expected.has(TWIN_B);
    const key = ambiguous ? 1000 + namesakeRows : person;
    let record = expected.get(key);
    let flag = "";
    if (!record) {
      const initialRow = ambiguous ? undefined : INITIAL_ROW[person];
      record = {};
      if (initialRow !== undefined) {
        for (const [column, index] of MAP) record[column] = bank[initialRow]![index] ?? "";
      } else {
        record.id = `Н-${String(nextNumber++).padStart(3, "0")}`;
        record.pdConsent = "нет";
      }
      if (person === TWIN_B) {
        flag = `В таблице уже есть Н-005 с таким ФИО и e-mail «${people[TWIN_A]!.email}» — добавлен(а) отдельной строкой; проверьте, не один ли это человек`;
      }
      if (ambiguous) {
        flag = `В таблице уже ${namesakeRows} ${pluralForm(namesakeRows, ["человек", "человека", "человек"])} с таким ФИО, а в анкете нет e-mail — добавлен(а) отдельной строкой; проверьте, чья это анкета`;
      }
      if (isTwin(person) && initialRow === undefined) namesakeRows++;
      expected.set(key, record);
    }
    for (const [column, value] of Object.entries(answer.record)) {
      if (column !== "status" && column !== "remarks" && value !== "") record[column] = value;
    }
    const left = person === 1;
    record.status = left ? "Выбыл" : flag ? "Требует проверки" : "Активен";
    record.remarks = [
      flag,
      ...answer.remarks.split("; "),
      ...(left ? ["Статус «Выбыл» установлен куратором — анкета учтена, статус не изменён"] : []),
    ]
      .filter(Boolean)
      .join("; ");
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

const TWIN_KEY = personKey(people[TWIN_A]!.last, people[TWIN_A]!.first, people[TWIN_A]!.middle);

function nameKeyOf(cells: readonly Cell[]): string {
  return personKey(
    String(cells[MAP.get("lastName")!]),
    String(cells[MAP.get("firstName")!]),
    String(cells[MAP.get("middleName")!]),
  );
}

describe("upsertResponses: 500 shuffled submissions with duplicates and re-submissions", () => {
  it("give exactly the expected bank, in any order, idempotently", () => {
    const scenario = fc.record({
      items: fc.array(submission, { minLength: 450, maxLength: 450 }),
      duplicates: fc.array(fc.nat({ max: 449 }), { minLength: 50, maxLength: 50 }),
      seeds: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: 499 }), { maxLength: 6 }),
    });
    let ambiguousRows = 0;
    fc.assert(
      fc.property(scenario, ({ items, duplicates, seeds, cuts }) => {
        const unique = items.map((item, i) => ({ person: item.person, response: toResponse(item, i) }));
        const all = [...unique, ...duplicates.map((i) => unique[i]!)];
        const delivered = shuffle(all, seeds);
        const responses = delivered.map((entry) => entry.response);
        const result = upsertResponses(initialBank(), MENTOR_FORM, responses, OPTIONS);

        // Exactly one row per person (and per answer no one can be told by), with the expected cells.
        const expected = expectedRows(unique);
        const dataRows = result.grid.slice(1);
        const initialTouched = Object.keys(INITIAL_ROW).filter((person) =>
          expected.has(Number(person)),
        ).length;
        const added = expected.size - initialTouched;
        expect(dataRows).toHaveLength(INITIAL_ROWS + added);
        const ids = dataRows.map((cells) => cells[MAP.get("id")!]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const [person, record] of expected) {
          if (person >= 1000) ambiguousRows++;
          const r =
            INITIAL_ROW[person] ?? result.grid.findIndex((cells) => cells[MAP.get("id")!] === record.id);
          expect(r).toBeGreaterThan(0);
          for (const [key, value] of Object.entries(record)) {
            const actual = cell(result.grid, r, key);
            if (!sameCell(actual, value))
              expect({ person, key, actual }).toEqual({ person, key, actual: value });
          }
        }
        // The untouched row and the coordinator's cells stay as they were; no namesake inherits a consent.
        expect(result.grid[2]).toEqual(initialBank()[2]);
        expect(result.grid[1]![USER_INDEX]).toBe("заметка");
        expect(cell(result.grid, 1, "pdConsent")).toBe("получено");
        expect(cell(result.grid, 4, "pdConsent")).toBe("получено");
        expect(cell(result.grid, 4, "email")).toBe(people[TWIN_A]!.email);
        for (const cells of dataRows.slice(INITIAL_ROWS)) expect(cells[MAP.get("pdConsent")!]).toBe("нет");
        expect(result.counts.added).toBe(added);
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

        // Batches in random order lose nobody and duplicate nobody; the newest required answers win. (An
        // answer without an e-mail that either namesake could have given is added only if newer than both
        // rows, so for them only the rows found by e-mail are checked.)
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
        const others = (rows: Grid) =>
          rows.filter((cells, index) => index > 0 && nameKeyOf(cells) !== TWIN_KEY);
        expect(others(scrambled)).toHaveLength(others(result.grid).length);
        for (const [person, record] of expected) {
          if (person >= 1000) continue;
          const { last, first, middle, email } = people[person]!;
          const key = personKey(last, first, middle);
          const r = scrambled.findIndex(
            (cells, index) =>
              index > 0 &&
              nameKeyOf(cells) === key &&
              (!isTwin(person) || cells[MAP.get("email")!] === email),
          );
          expect(r).toBeGreaterThan(0);
          if (isTwin(person)) {
            expect(scrambled.filter((cells) => cells[MAP.get("email")!] === email)).toHaveLength(1);
            continue;
          }
          for (const key of ["experience", "capacity", "strengths", "preferredForm", "updated", "lastName"]) {
            expect(sameCell(cell(scrambled, r, key), record[key] ?? "")).toBe(true);
          }
        }
      }),
      { numRuns: 10, endOnFailure: true },
    );
    // The namesakes' branches ran.
    expect(ambiguousRows).toBeGreaterThan(0);
  });
});
