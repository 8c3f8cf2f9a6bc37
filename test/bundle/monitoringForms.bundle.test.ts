import { describe, expect, it } from "vitest";
import { FINAL_REPORTS } from "../../src/core/finalReports/sheet";
import { FORM_KEYS } from "../../src/core/intake/formSettings";
import { PRACTICES } from "../../src/core/practices/sheet";
import { monitoringQuestionnaire } from "../../src/core/questionnaires/forms";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { MENTEES, MENTORS, PAIRS, SETTINGS_SHEET } from "../../src/core/schema/sheets";
import { DestinationType, type FakeForm } from "../fakes/forms";
import { knownPerson, label, pasteRecords, people, random, sheetRecords } from "../intake/support";
import { OLD_MONITORING_TITLES } from "../monitoring/oldForm";
import { loadBundle } from "../support/bundle";

const MONITORING_TITLE = "Мониторинг программы наставничества";
const ASKED = monitoringQuestionnaire({ organisation: "", competences: [] }).questions.filter(
  (question) => !question.retired,
);

/** The monitoring form as the first version of «Создать анкеты» made it, linked and with one answer. */
function oldMonitoringForm(bundle: ReturnType<typeof loadBundle>): FakeForm {
  const { formApp, spreadsheet } = bundle.world;
  const form = formApp.create(MONITORING_TITLE) as unknown as FakeForm;
  form.setCollectEmail(true);
  form
    .addMultipleChoiceItem()
    .setTitle(OLD_MONITORING_TITLES[0])
    .setChoiceValues(["Наставник", "Наставляемый"])
    .setRequired(true);
  for (const title of OLD_MONITORING_TITLES.slice(1, 6))
    form.addScaleItem().setTitle(title).setBounds(1, 10).setRequired(true);
  form.addParagraphTextItem().setTitle(OLD_MONITORING_TITLES[6]);
  form.addParagraphTextItem().setTitle(OLD_MONITORING_TITLES[7]);
  form
    .addMultipleChoiceItem()
    .setTitle(OLD_MONITORING_TITLES[8])
    .setChoiceValues(["Да", "Нет", "Затрудняюсь ответить"])
    .setRequired(true);
  form.setDestination(
    DestinationType.SPREADSHEET as unknown as GoogleAppsScript.Forms.DestinationType,
    spreadsheet.getId(),
  );
  form.setPublished(true);
  const settings = spreadsheet.sheet(SETTINGS_SHEET.name);
  const labels = settings
    .getDataRange()
    .getValues()
    .map((row) => row[0]);
  const put = (labelText: string, value: string) =>
    settings.getRange(labels.indexOf(labelText) + 1, 2).setValue(value);
  put("Анкета мониторинга: ID формы", form.getId());
  put("Анкета мониторинга: ссылка для участников", form.getPublishedUrl());
  return form;
}

describe("monitoring, final reports and practices through the uploaded script", () => {
  it("updates the first monitoring form in place, creates the two new forms once, and lands answers once", () => {
    const bundle = loadBundle();
    bundle.call("menuSetup");
    const { formApp, spreadsheet, calls } = bundle.world;
    const rng = random(3);
    const [mentor] = people(rng, "mentor", 1);
    const [mentee] = people(rng, "mentee", 1, 100);
    pasteRecords(spreadsheet, MENTORS, [knownPerson(mentor!, "Н-001")]);
    pasteRecords(spreadsheet, MENTEES, [knownPerson(mentee!, "П-001")]);
    pasteRecords(spreadsheet, PAIRS, [
      { id: "ПР-001", mentorId: "Н-001", menteeIds: "П-001", status: "Утверждена" },
    ]);

    const old = oldMonitoringForm(bundle);
    const oldAnswers = Object.fromEntries(
      OLD_MONITORING_TITLES.map((title, index) => [
        title,
        index === 0 ? "Наставляемый" : index <= 5 ? String(index + 3) : index === 8 ? "Да" : "",
      ]),
    );
    bundle.call(
      "onFormSubmit",
      old.submit(oldAnswers, { email: mentee!.email, timestamp: new Date(2026, 0, 20, 10) }),
    );
    expect(sheetRecords(spreadsheet, MONITORING).map((entry) => entry.record)).toMatchObject([
      {
        email: mentee!.email,
        stage: "",
        overall: 4,
        usefulness: 5,
        comfort: 6,
        planProgress: 7,
        curatorSupport: 8,
      },
    ]);

    bundle.call("menuCreateForms");
    bundle.call("menuCreateForms");
    expect(formApp.forms).toHaveLength(FORM_KEYS.length);
    expect(formApp.forms.filter((form) => form.getTitle() === MONITORING_TITLE)).toEqual([old]);
    // The asked questions in the questionnaire's order, the two retired ones kept (with their answers) after them, optional.
    expect(old.items.map((item) => item.title)).toEqual([
      ...ASKED.map((question) => question.title),
      OLD_MONITORING_TITLES[2],
      OLD_MONITORING_TITLES[4],
    ]);
    expect(old.items.slice(-2).map((item) => item.required)).toEqual([false, false]);
    expect(spreadsheet.sheets.filter((sheet) => sheet.getFormUrl()?.includes(old.getId()))).toHaveLength(1);

    // A start answer on the updated form: a second row for the same person, the old one untouched.
    const startAnswer = Object.fromEntries(
      ASKED.map((question) => [
        question.title,
        question.id === "role"
          ? "Наставляемый"
          : question.id === "stage"
            ? "Начало программы"
            : question.type === "scale"
              ? "9"
              : question.options
                ? "Да"
                : "",
      ]),
    );
    const startEvent = old.submit(startAnswer, {
      email: mentee!.email,
      timestamp: new Date(2026, 8, 20, 10),
    });
    bundle.call("onFormSubmit", startEvent);
    bundle.call("onFormSubmit", startEvent);
    expect(
      sheetRecords(spreadsheet, MONITORING).map(({ record }) => [
        record.stage,
        record.overall,
        record.usefulness,
      ]),
    ).toEqual([
      ["", 4, 5],
      ["Начало программы", 9, ""],
    ]);

    const report = formApp.byTitle("Итоговый отчёт наставника");
    expect(report.items[0]?.choices).toEqual([label(mentee!)]);
    const reportEvent = report.submit(
      {
        Наставляемый: label(mentee!),
        "Запросы наставляемого в начале программы": "оценивание",
        "Что сделано за время программы": "встречи",
        "Результаты наставляемого": "критерии оценивания",
        "Оцените результат работы в паре": "8",
        "Ваша рекомендация": "Продлить наставничество",
      },
      { email: mentor!.email, timestamp: new Date(2027, 4, 20, 10) },
    );
    bundle.call("onFormSubmit", reportEvent);
    bundle.call("onFormSubmit", reportEvent);
    expect(sheetRecords(spreadsheet, FINAL_REPORTS).map(({ record }) => record)).toMatchObject([
      { pairId: "ПР-001", score: 8, recommendation: "Продлить наставничество" },
    ]);

    const practiceEvent = formApp.byTitle("Практика наставничества").submit(
      {
        "Название практики": "Урок вдвоём",
        "Автор или пара": "ПР-001",
        "Форма практики": "взаимопосещение",
        "Описание практики": "как",
        "Результаты практики": "что",
      },
      { email: mentor!.email, timestamp: new Date(2027, 2, 1, 9) },
    );
    bundle.call("onFormSubmit", practiceEvent);
    bundle.call("onFormSubmit", practiceEvent);
    expect(sheetRecords(spreadsheet, PRACTICES).map(({ record }) => record.title)).toEqual(["Урок вдвоём"]);

    // Everything is in: «Перенести ответы» writes nothing.
    calls.reset();
    bundle.call("menuImportResponses");
    expect(calls.count("Range.setValues")).toBe(0);
  });
});
