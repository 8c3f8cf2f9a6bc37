import { describe, expect, it } from "vitest";
import { readExportForForm, WrongFormError } from "../../src/core/intake/exportForm";
import { allQuestionnaires } from "../../src/core/intake/questionnaireSet";
import { CONTEXT, MENTEE_FORM, MENTOR_FORM } from "../questionnaires/fixtures";

const ALL = allQuestionnaires(CONTEXT);
const titles = (form: typeof MENTOR_FORM) => [
  "Отметка времени",
  "Адрес электронной почты",
  ...form.questions.map((q) => q.title),
];
const monitoring = ALL.find((form) => form.key === "monitoring")!;

describe("readExportForForm: an export is read only as the form it answers", () => {
  it("reads a form's own export, reworded headers and all", () => {
    const header = titles(MENTOR_FORM).map((title) => title.toUpperCase());
    expect(() => readExportForForm(MENTOR_FORM, ALL, header, [])).not.toThrow();
    expect(() => readExportForForm(MENTEE_FORM, ALL, titles(MENTEE_FORM), [])).not.toThrow();
  });

  it("refuses a mentee export as mentors, and the mentors' as mentees, naming the form it looks like", () => {
    const attempt = () => readExportForForm(MENTOR_FORM, ALL, titles(MENTEE_FORM), []);
    expect(attempt).toThrow(WrongFormError);
    expect(attempt).toThrow(/нет столбцов обязательных вопросов «Сильные стороны», «Сколько наставляемых/);
    expect(attempt).toThrow(/Похоже, это ответы формы «Анкета наставляемого»/);
    try {
      readExportForForm(MENTEE_FORM, ALL, titles(MENTOR_FORM), []);
    } catch (error) {
      expect((error as WrongFormError).likely).toBe("mentor");
    }
    expect.assertions(4);
  });

  it("refuses the monitoring export as a bank form, and a bank export as monitoring", () => {
    expect(() => readExportForForm(MENTOR_FORM, ALL, titles(monitoring), [])).toThrow(
      /«Мониторинг программы наставничества»/,
    );
    expect(() => readExportForForm(monitoring, ALL, titles(MENTOR_FORM), [])).toThrow(
      /Похоже, это ответы формы «Анкета наставника»/,
    );
  });

  it("refuses an export without a required question's column even when no other form fits", () => {
    const header = titles(MENTOR_FORM).filter((title) => title !== "Фамилия");
    expect(() => readExportForForm(MENTOR_FORM, ALL, header, [])).toThrow(
      /нет столбца обязательного вопроса «Фамилия»/,
    );
  });
});
