import { describe, expect, it } from "vitest";
import {
  COMPETENCES,
  competenceList,
  EXTRA_COMPETENCES_SETTING,
} from "../../src/core/questionnaires/competences";
import { QuestionnaireError } from "../../src/core/questionnaires/errors";
import {
  groupMeetingQuestionnaire,
  monitoringQuestionnaire,
  questionnaireContext,
} from "../../src/core/questionnaires/forms";
import { parsePartnerPreferences, partnerChoices } from "../../src/core/questionnaires/partners";
import type { Questionnaire } from "../../src/core/questionnaires/types";
import { COORDINATOR_COLUMNS, formOwnedColumns } from "../../src/core/questionnaires/upsert";
import { MENTEES, MENTORS } from "../../src/core/schema/sheets";
import { CONTEXT, MENTEE_FORM, MENTOR_FORM, settingsValues } from "./fixtures";

const ALL: Questionnaire[] = [
  MENTOR_FORM,
  MENTEE_FORM,
  monitoringQuestionnaire(CONTEXT),
  groupMeetingQuestionnaire(CONTEXT, [
    { id: "Н-001", role: "mentor", label: "Иванова Мария Петровна", email: "" },
  ]),
];

describe("questionnaire schemas", () => {
  it.each(ALL.map((form) => [form.title, form] as const))(
    "«%s» has unique ids and titles",
    (_title, form) => {
      const ids = form.questions.map((question) => question.id);
      const titles = form.questions.map((question) => question.title.toLowerCase());
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(titles).size).toBe(titles.length);
      for (const question of form.questions) {
        if (["choice", "list", "checkbox"].includes(question.type))
          expect(question.options?.length).toBeGreaterThan(0);
        if (question.type === "scale") expect([question.min, question.max]).toEqual([1, 10]);
      }
      expect(form.collectsEmail).toBe(true);
      expect(form.description).toContain("152-ФЗ");
      expect(form.description).toContain("Оператор персональных данных — МБОУ «СОШ № 1»");
    },
  );

  it.each([
    [MENTOR_FORM, MENTORS],
    [MENTEE_FORM, MENTEES],
  ] as const)(
    "%s maps every question to a column of its bank, with stored values the column accepts",
    (form, schema) => {
      expect(form.bank?.schema).toBe(schema);
      for (const question of form.questions) {
        const column = schema.columns.find((candidate) => candidate.key === question.column);
        expect(column, question.title).toBeDefined();
        if (column?.type === "enum" && question.options) {
          for (const option of question.options) {
            expect(column.options).toContain(question.stored?.[option] ?? option);
          }
        }
      }
    },
  );

  it("form-owned and coordinator columns never overlap, and consents are the coordinator's", () => {
    for (const form of [MENTOR_FORM, MENTEE_FORM]) {
      const owned = formOwnedColumns(form);
      expect(owned.filter((key) => COORDINATOR_COLUMNS.includes(key))).toEqual([]);
      expect(owned).not.toContain("pdConsent");
      for (const key of owned)
        expect(form.bank?.schema.columns.some((column) => column.key === key)).toBe(true);
    }
  });

  it("names a generic operator when the organisation is not set yet", () => {
    const context = questionnaireContext(settingsValues({ orgShortName: "", orgFullName: "" }));
    expect(monitoringQuestionnaire(context).description).toContain(
      "Оператор персональных данных — образовательная организация, в которой вы работаете.",
    );
  });

  it("refuses a group-meeting form with nobody to choose", () => {
    expect(() => groupMeetingQuestionnaire(CONTEXT, [])).toThrow(QuestionnaireError);
  });
});

describe("competences", () => {
  it("appends the coordinator's extra competences once each", () => {
    const list = competenceList(
      settingsValues({
        extraCompetences:
          " Шахматы в школе ;театральная педагогика\nсамообразование и ПРОФЕССИОНАЛЬНОЕ развитие;; ",
      }),
    );
    expect(list).toEqual([...COMPETENCES, "Шахматы в школе", "театральная педагогика"]);
    expect(EXTRA_COMPETENCES_SETTING).toMatchObject({
      key: "extraCompetences",
      label: "Дополнительные компетенции (через точку с запятой)",
      type: "text",
    });
  });

  it("both bank forms offer the same list, extras included", () => {
    const context = questionnaireContext(settingsValues({ extraCompetences: "Шахматы в школе" }));
    expect(context.competences).toContain("Шахматы в школе");
    expect(COMPETENCES.some((competence) => competence.includes(","))).toBe(true);
  });
});

describe("partner choices", () => {
  const mentor = (id: string, last: string, first: string, middle: string, position: string, extra = {}) => ({
    id,
    lastName: last,
    firstName: first,
    middleName: middle,
    position,
    pdConsent: "получено",
    status: "Активен",
    email: `${id}@school.ru`,
    ...extra,
  });
  const mentors = [
    mentor("Н-001", "Иванова", "Мария", "Петровна", "учитель математики"),
    mentor("Н-002", "Иванова", "Мария", "Петровна", "учитель математики"),
    mentor("Н-003", "Борисова", "Анна", "", ""),
    mentor("Н-004", "Без", "Согласия", "", "учитель", { pdConsent: "нет" }),
    mentor("Н-005", "Выбыла", "Совсем", "", "учитель", { status: "Выбыл" }),
  ];
  const mentees = [mentor("П-001", "Алексеев", "Олег", "Ильич", "учитель физики")];

  it("lists consenting, active people with unique labels, sorted", () => {
    expect(partnerChoices(mentors, mentees).map((choice) => [choice.id, choice.label])).toEqual([
      ["П-001", "Алексеев Олег Ильич (учитель физики)"],
      ["Н-003", "Борисова Анна"],
      ["Н-001", "Иванова Мария Петровна (учитель математики, Н-001)"],
      ["Н-002", "Иванова Мария Петровна (учитель математики, Н-002)"],
    ]);
  });

  it("reads preferences in order, skipping repeats, self and same-role choices", () => {
    const choices = partnerChoices(mentors, mentees);
    const form = groupMeetingQuestionnaire(CONTEXT, choices);
    const [self, first, second, third] = form.questions.map((question) => question.title);
    const result = parsePartnerPreferences(
      form,
      {
        timestamp: new Date(),
        email: "",
        answers: {
          [self!]: "Алексеев Олег Ильич (учитель физики)",
          [first!]: "Борисова Анна",
          [second!]: "борисова анна",
          [third!]: "Иванова Мария Петровна (учитель математики, Н-002)",
        },
      },
      choices,
    );
    expect(result.respondent?.id).toBe("П-001");
    expect(result.preferences.map((choice) => choice.id)).toEqual(["Н-003", "Н-002"]);
    expect(result.problems).toEqual([
      "«Второй выбор: с кем вы хотели бы работать?»: Борисова Анна уже выбран(а) выше — повтор не учтён",
    ]);
  });

  it("identifies the respondent by e-mail and refuses a mentor choosing a mentor", () => {
    const choices = partnerChoices(mentors, mentees);
    const form = groupMeetingQuestionnaire(CONTEXT, choices);
    const first = form.questions[1]!.title;
    const result = parsePartnerPreferences(
      form,
      {
        timestamp: new Date(),
        email: "Н-003@School.ru",
        answers: { [first]: "Иванова Мария Петровна (учитель математики, Н-001)" },
      },
      choices,
    );
    expect(result.respondent?.id).toBe("Н-003");
    expect(result.preferences).toEqual([]);
    expect(result.problems[0]).toMatch(/наставники выбирают наставляемых/);
  });
});
