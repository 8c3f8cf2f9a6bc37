import { describe, expect, it } from "vitest";
import { dayOf, toIsoDate } from "../../src/core/format/dates";
import { FORM_KEYS, FORM_NAMES, idSpec, urlSpec } from "../../src/core/intake/formSettings";
import { LOG, MENTEES, MENTORS, PAIRS, SETTINGS_SHEET } from "../../src/core/schema/sheets";
import { mapColumns, readRecords, type SheetRecord } from "../../src/core/schema/table";
import { MEETINGS } from "../../src/core/schema/yearSheets";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import type { FakeAnswers, FakeForm } from "../fakes/forms";
import type { FakeSpreadsheet } from "../fakes/spreadsheet";
import { fillBank, type LoadedBundle, loadBundle } from "../support/bundle";

const TITLE = "Отчёт о встрече";

function records(spreadsheet: FakeSpreadsheet, schema: typeof PAIRS): SheetRecord[] {
  return readRecords(schema, spreadsheet.sheet(schema.name).getDataRange().getValues() as never).records.map(
    ({ record }) => record,
  );
}

/** The demo banks, matched, every proposal approved from the menu, then «Создать анкеты». */
function school(): { bundle: LoadedBundle; form: FakeForm } {
  const bundle = loadBundle();
  const { spreadsheet } = bundle.world;
  bundle.call("menuSetup");
  fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
  fillBank(spreadsheet, MENTEES, DEMO_MENTEES);
  bundle.call("menuMatch");
  const proposed = records(spreadsheet, PAIRS).filter((record) => record.status === "Предложена").length;
  spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 1 + proposed]] };
  bundle.call("menuApprove");
  bundle.call("menuCreateForms");
  return { bundle, form: bundle.world.formApp.byTitle(TITLE) };
}

function approved(spreadsheet: FakeSpreadsheet) {
  const emails = new Map(records(spreadsheet, MENTORS).map((record) => [record.id, String(record.email)]));
  return records(spreadsheet, PAIRS)
    .filter((record) => record.status === "Утверждена")
    .map((record) => ({ record, email: emails.get(record.mentorId)! }));
}

function pairList(form: FakeForm): string[] {
  return form.items.find((item) => item.title === "Наставляемый")!.choices;
}

function answers(choice: string, done = "Разобрали урок"): FakeAnswers {
  return {
    Наставляемый: choice,
    Дата: "20.10.2026",
    "Вид встречи": "Регулярная",
    Формат: "Очно",
    "Тема или пункт плана": "п. 2",
    "Что сделано": done,
    "Результат и договорённости": "Переделать технологическую карту",
    "Следующий шаг": "Посещение урока",
    Часы: "1,5",
  };
}

function logText(spreadsheet: FakeSpreadsheet): string {
  return spreadsheet
    .sheet(LOG.name)
    .getDataRange()
    .getValues()
    .map((row) => row.join(" | "))
    .join("\n");
}

describe("«Отчёт о встрече» through the uploaded script", () => {
  it("is the fifth form, created with the others, recorded in «Настройки», listing the approved pairs; a re-run makes no copy", () => {
    const { bundle, form } = school();
    const { formApp, spreadsheet } = bundle.world;
    expect(formApp.forms).toHaveLength(FORM_KEYS.length);
    expect(form.collectsEmail()).toBe(true);
    expect(form.items.map((item) => [item.title, item.type])).toEqual([
      ["Наставляемый", "LIST"],
      ["Дата", "DATE"],
      ["Вид встречи", "MULTIPLE_CHOICE"],
      ["Формат", "MULTIPLE_CHOICE"],
      ["Тема или пункт плана", "TEXT"],
      ["Что сделано", "PARAGRAPH_TEXT"],
      ["Результат и договорённости", "PARAGRAPH_TEXT"],
      ["Следующий шаг", "TEXT"],
      ["Часы", "TEXT"],
    ]);
    expect(form.isPublished()).toBe(true);
    const pairs = approved(spreadsheet);
    expect([...pairList(form)].sort()).toEqual(
      pairs.map(({ record }) => `${record.mentees} (${record.id})`).sort(),
    );
    const settings = spreadsheet.sheet(SETTINGS_SHEET.name).getDataRange().getValues();
    const value = (label: string) => settings.find((row) => row[0] === label)?.[1];
    expect(value(idSpec("meeting").label)).toBe(form.getId());
    expect(value(urlSpec("meeting").label)).toBe(form.getPublishedUrl());
    expect(FORM_NAMES.meeting).toBe(TITLE);
    expect(FORM_KEYS.indexOf("meeting")).toBe(4);

    bundle.call("menuCreateForms");
    expect(formApp.forms).toHaveLength(FORM_KEYS.length);
    expect(bundle.world.ui.alerts.at(-1)).toContain(`${TITLE}: ${form.getPublishedUrl()}`);
  });

  it("lands a mentor's report in «Встречи» once, however often it is delivered; the response sheet stays", () => {
    const { bundle, form } = school();
    const { spreadsheet } = bundle.world;
    const [{ record, email }] = approved(spreadsheet) as [ReturnType<typeof approved>[number]];
    const choice = pairList(form).find((option) => option.endsWith(`(${record.id})`))!;
    const event = form.submit(answers(choice, "=1+1"), {
      email: email.toUpperCase(),
      timestamp: new Date(2026, 9, 20, 15, 4, 11),
    });
    const responses = form.responses!.snapshot();

    bundle.call("onFormSubmit", event);
    bundle.call("onFormSubmit", event); // Apps Script may deliver a submission twice
    bundle.call("menuImportResponses");
    const meetings = records(spreadsheet, MEETINGS);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      id: "ВС-001",
      pairId: record.id,
      mentor: record.mentor,
      mentees: record.mentees,
      kind: "Регулярная",
      format: "Очно",
      topic: "п. 2",
      done: "=1+1",
      result: "Переделать технологическую карту",
      nextStep: "Посещение урока",
      hours: "1,5",
    });
    expect(toIsoDate(dayOf(meetings[0]!.date)!)).toBe("2026-10-20");
    // Written as text: the sheet holds no formula.
    expect(spreadsheet.sheet(MEETINGS.name).formulas.size).toBe(0);
    expect(form.responses!.snapshot()).toEqual(responses);
    expect(logText(spreadsheet)).toMatch(/Отчёт о встрече: ответов 1 — учтено 1/);
  });

  it("refuses a report about a pair that is not the respondent's, with a Russian reason, writing nothing", () => {
    const { bundle, form } = school();
    const { spreadsheet } = bundle.world;
    const pairs = approved(spreadsheet);
    const own = pairs[0]!;
    const other = pairs.find((pair) => pair.record.mentorId !== own.record.mentorId)!;
    const choice = pairList(form).find((option) => option.endsWith(`(${own.record.id})`))!;
    const before = spreadsheet.sheet(MEETINGS.name).snapshot();

    bundle.call(
      "onFormSubmit",
      form.submit(answers(choice), { email: other.email, timestamp: new Date(2026, 9, 21, 9) }),
    );
    bundle.call(
      "onFormSubmit",
      form.submit(answers(choice), { email: "chuzhoy@school.example", timestamp: new Date(2026, 9, 21, 10) }),
    );
    expect(spreadsheet.sheet(MEETINGS.name).snapshot()).toEqual(before);
    const log = logText(spreadsheet);
    expect(log).toContain(`не принят: ${other.email} — не наставник пары ${own.record.id}`);
    expect(log).toContain("не принят: chuzhoy@school.example нет в банке наставников");
    expect(log).not.toMatch(/[A-Za-z]{6,} (is|was|not|the) /);
  });

  it("drops an ended pair from the list with one setChoiceValues, and takes one approved in the panel", () => {
    const { bundle, form } = school();
    const { spreadsheet, ui, formApp } = bundle.world;
    const list = form.items.find((item) => item.title === "Наставляемый")!;
    const items = [...form.items];
    let refreshed = 0;
    const setChoiceValues = list.setChoiceValues.bind(list);
    list.setChoiceValues = (values: string[]) => {
      refreshed++;
      return setChoiceValues(values);
    };
    const [{ record }] = approved(spreadsheet) as [ReturnType<typeof approved>[number]];

    ui.answers.push(`${record.id}; работодатель; ; ; сокращение объёма работы`);
    bundle.call("menuEndPair");
    expect(records(spreadsheet, PAIRS).find((pair) => pair.id === record.id)!.status).toBe(
      "Прекращена досрочно",
    );
    expect(refreshed).toBe(1);
    expect(list.choices).not.toContain(`${record.mentees} (${record.id})`);
    expect([...list.choices].sort()).toEqual(
      approved(spreadsheet)
        .map(({ record: pair }) => `${pair.mentees} (${pair.id})`)
        .sort(),
    );
    expect(form.items).toEqual(items);
    expect(formApp.forms).toHaveLength(FORM_KEYS.length);

    // The mentee goes back to matching: the new pair, once approved, is in the list.
    bundle.call("menuMatch");
    const proposed = readRecords(
      PAIRS,
      spreadsheet.sheet(PAIRS.name).getDataRange().getValues() as never,
    ).records.filter(({ record: pair }) => pair.status === "Предложена");
    expect(proposed.length).toBeGreaterThan(0);
    // Approved from the panel this time: the same refresh follows.
    bundle.call("panelDecide", { approve: proposed.map(({ record: pair }) => pair.id) });
    expect(refreshed).toBe(2);
    for (const { record: pair } of proposed) expect(list.choices).toContain(`${pair.mentees} (${pair.id})`);

    // Nothing changed: the list is left alone.
    spreadsheet.selection = { sheet: PAIRS.name, rows: proposed.map(({ row }) => [row + 1, row + 1]) };
    bundle.call("menuApprove");
    expect(refreshed).toBe(2);
  });

  it("keeps the form and its list when every pair has ended, and says so on «Создать анкеты»", () => {
    const { bundle, form } = school();
    const { spreadsheet, ui, formApp } = bundle.world;
    const list = [...pairList(form)];
    const sheet = spreadsheet.sheet(PAIRS.name);
    const grid = sheet.getDataRange().getValues();
    const status = mapColumns(PAIRS, grid[0] as never).get("status")!;
    sheet
      .getRange(2, status + 1, grid.length - 1, 1)
      .setValues(
        grid.slice(1).map((row) => [row[status] === "Утверждена" ? "Завершена" : row[status]]) as never,
      );

    bundle.call("menuCreateForms");
    expect(ui.alerts.at(-1)).toContain("Форма «Отчёт о встрече» не обновлена: Не из чего выбирать");
    expect(formApp.forms).toHaveLength(FORM_KEYS.length);
    expect(pairList(form)).toEqual(list);
  });

  it("a report sent while another action holds the spreadsheet waits, then lands once", () => {
    const { bundle, form } = school();
    const { world } = bundle;
    const { spreadsheet } = world;
    const [{ record, email }] = approved(spreadsheet) as [ReturnType<typeof approved>[number]];
    const choice = pairList(form).find((option) => option.endsWith(`(${record.id})`))!;
    world.lock.holdElsewhere(10 * 60_000); // e.g. documents being generated
    const event = form.submit(answers(choice), { email, timestamp: new Date(2026, 9, 20, 15, 4, 11) });
    world.asTrigger(() => bundle.call("onFormSubmit", event));
    expect(records(spreadsheet, MEETINGS)).toHaveLength(0);
    expect(world.scriptApp.handlers("catchUpResponses")).toHaveLength(1);

    world.lock.advance(10 * 60_000);
    world.asTrigger(() => bundle.call("catchUpResponses"));
    world.asTrigger(() => bundle.call("onFormSubmit", event)); // a late re-delivery
    expect(records(spreadsheet, MEETINGS).map((meeting) => meeting.pairId)).toEqual([record.id]);
  });
});
