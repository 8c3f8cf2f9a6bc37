import { describe, expect, it } from "vitest";
import type { Cell, Grid } from "../../src/core/cell";
import { finalReportQuestionnaire } from "../../src/core/finalReports/form";
import { FORM_KEYS, FORM_SETTINGS } from "../../src/core/intake/formSettings";
import { practiceQuestionnaire } from "../../src/core/practices/form";
import {
  groupMeetingQuestionnaire,
  menteeQuestionnaire,
  mentorQuestionnaire,
  monitoringQuestionnaire,
  questionnaireContext,
} from "../../src/core/questionnaires/forms";
import { meetingQuestionnaire } from "../../src/core/questionnaires/meetingForm";
import { partnerChoices } from "../../src/core/questionnaires/partners";
import type { Questionnaire } from "../../src/core/questionnaires/types";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { readSettings } from "../../src/core/schema/settings";
import { LOG, MENTEES, MENTORS, PAIRS, SETTINGS_SHEET } from "../../src/core/schema/sheets";
import { meetingChoices } from "../../src/core/year/meetingChoices";
import type { AppsScriptWorld } from "../fakes/appsScript";
import type { FakeAnswers, FakeForm } from "../fakes/forms";
import {
  type BankAnswer,
  bankAnswer,
  knownPerson,
  label,
  type Person,
  pasteRecords,
  people,
  type Random,
  random,
  sheetRecords,
} from "../intake/support";
import { type LoadedBundle, loadBundle } from "../support/bundle";

type SubmitEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;

const TITLES = {
  mentor: "Анкета наставника",
  mentee: "Анкета наставляемого",
  groupMeeting: "Анкета после групповой встречи",
  monitoring: "Мониторинг программы наставничества",
} as const;
const BANKS = [MENTORS, MENTEES, MONITORING];
const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(3, "0")}`;

/**
 * A set-up workbook whose banks already hold people with received consents and three approved pairs (so
 * all five forms can be made).
 */
function workbook(seed: number) {
  const bundle = loadBundle();
  bundle.call("menuSetup");
  const rng = random(seed);
  const knownMentors = people(rng, "mentor", 8);
  const knownMentees = people(rng, "mentee", 12, 100);
  const { spreadsheet } = bundle.world;
  pasteRecords(
    spreadsheet,
    MENTORS,
    knownMentors.map((person, i) => knownPerson(person, id("Н", i + 1))),
  );
  pasteRecords(
    spreadsheet,
    MENTEES,
    knownMentees.map((person, i) => knownPerson(person, id("П", i + 1))),
  );
  pasteRecords(
    spreadsheet,
    PAIRS,
    [0, 1, 2].map((i) => approvedPair(i + 1, knownMentors[i]!, knownMentees[i]!)),
  );
  return { bundle, rng, knownMentors, knownMentees };
}

function fullName(person: Person): string {
  return [person.lastName, person.firstName, person.middleName].filter(Boolean).join(" ");
}

/** A row of «Пары» as «Утвердить выбранные пары» leaves it: the pair's IDs, names and status. */
function approvedPair(n: number, mentor: Person, mentee: Person, mentorN = n): Record<string, Cell> {
  return {
    id: id("ПР", n),
    mentorId: id("Н", mentorN),
    mentor: fullName(mentor),
    menteeIds: id("П", n),
    mentees: fullName(mentee),
    form: "Индивидуальная",
    status: "Утверждена",
  };
}

/** The questionnaires as the core builds them from this workbook. */
function questionnaires(world: AppsScriptWorld): Questionnaire[] {
  const settings = world.spreadsheet.sheet(SETTINGS_SHEET.name).getDataRange().getValues() as Grid;
  const context = questionnaireContext(readSettings(settings.slice(1), new Date()).values);
  const records = (schema: typeof MENTORS) =>
    sheetRecords(world.spreadsheet, schema).map((entry) => entry.record);
  const choices = partnerChoices(records(MENTORS), records(MENTEES));
  return [
    mentorQuestionnaire(context),
    menteeQuestionnaire(context),
    groupMeetingQuestionnaire(context, choices),
    monitoringQuestionnaire(context),
    meetingQuestionnaire(
      context,
      meetingChoices(world.spreadsheet.sheet(PAIRS.name).getDataRange().getValues() as Grid),
    ),
    finalReportQuestionnaire(context, choices),
    practiceQuestionnaire(context),
  ];
}

const ITEM_TYPES = {
  text: "TEXT",
  integer: "TEXT",
  paragraph: "PARAGRAPH_TEXT",
  choice: "MULTIPLE_CHOICE",
  list: "LIST",
  checkbox: "CHECKBOX",
  scale: "SCALE",
  date: "DATE",
} as const;

function expectItemsMatch(form: FakeForm, questionnaire: Questionnaire): void {
  expect(form.getTitle()).toBe(questionnaire.title);
  expect(form.getDescription()).toBe(questionnaire.description);
  expect(form.collectsEmail()).toBe(true);
  // A new form asks no retired question.
  const asked = questionnaire.questions.filter((question) => !question.retired);
  expect(form.items.map((item) => item.title)).toEqual(asked.map((q) => q.title));
  for (const [index, question] of asked.entries()) {
    const item = form.items[index]!;
    expect(item.type).toBe(ITEM_TYPES[question.type]);
    expect(item.required).toBe(question.required);
    expect(item.helpText).toBe(question.help ?? "");
    expect(item.choices).toEqual(question.options ? [...question.options] : []);
    if (question.type === "integer")
      expect(item.validation?.rule).toEqual({ kind: "numberBetween", min: question.min, max: question.max });
    else expect(item.validation).toBeUndefined();
    if (question.type === "scale") {
      expect(item.bounds).toEqual([1, 10]);
      expect(item.labels).toEqual([question.lowLabel, question.highLabel]);
    }
  }
  expect(form.responses?.getRange(1, 1, 1, asked.length + 2).getValues()[0]).toEqual([
    "Отметка времени",
    "Адрес электронной почты",
    ...asked.map((q) => q.title),
  ]);
}

describe("«Создать анкеты» through the uploaded script", () => {
  it("creates every linked form and one trigger; a second run reuses them all", () => {
    const { bundle } = workbook(1);
    const { formApp, scriptApp, spreadsheet, ui } = bundle.world;
    bundle.call("menuCreateForms");
    const links = ui.alerts.at(-1);
    bundle.call("menuCreateForms");

    expect(formApp.forms).toHaveLength(FORM_KEYS.length);
    expect(scriptApp.triggers).toHaveLength(1);
    expect(scriptApp.formSubmitTriggers("onFormSubmit", spreadsheet.getId())).toHaveLength(1);
    const responseSheets = spreadsheet.sheets.filter((sheet) => sheet.getFormUrl() !== null);
    expect(responseSheets).toHaveLength(FORM_KEYS.length);
    const expected = questionnaires(bundle.world);
    for (const questionnaire of expected) {
      const form = formApp.byTitle(questionnaire.title);
      expectItemsMatch(form, questionnaire);
      expect(form.responses?.getFormUrl()).toContain(form.getId());
      expect(links).toContain(form.getPublishedUrl());
      expect(form.isPublished(), questionnaire.title).toBe(true);
    }
    expect(ui.alerts.at(-1)).toBe(links);
    expect(spreadsheet.toasts.at(-1)?.message).toMatch(
      /новых анкет нет; автоматический перенос ответов уже включён/,
    );
    const settings = spreadsheet.sheet(SETTINGS_SHEET.name).getDataRange().getValues();
    for (const spec of FORM_SETTINGS)
      expect(settings.filter((row) => row[0] === spec.label).map((row) => String(row[1]))).toEqual([
        expect.stringMatching(/^1FakeForm|^https:\/\/docs\.google\.com\/forms\/d\/e\//),
      ]);
    expect(spreadsheet.sheet(MONITORING.name).getRange(1, 1, 1, 3).getValues()[0]).toEqual([
      "Отметка времени",
      "E-mail",
      "Роль",
    ]);
  });

  it("creates what it can while nobody can be chosen after the meeting, and the rest later", () => {
    const bundle = loadBundle();
    bundle.call("menuSetup");
    bundle.call("menuCreateForms");
    const { formApp, scriptApp, spreadsheet, ui } = bundle.world;
    expect(formApp.forms.map((form) => form.getTitle())).toEqual([
      TITLES.mentor,
      TITLES.mentee,
      TITLES.monitoring,
      "Практика наставничества",
    ]);
    expect(ui.alerts.at(-1)).toMatch(/«Анкета после групповой встречи» пока не создана: Не из кого выбирать/);

    const rng = random(2);
    pasteRecords(spreadsheet, MENTORS, [knownPerson(people(rng, "mentor", 1)[0]!, "Н-001")]);
    bundle.call("menuCreateForms");
    // «Итоговый отчёт наставника» still waits for a mentee to report on, «Отчёт о встрече» for a pair.
    expect(formApp.forms).toHaveLength(FORM_KEYS.length - 2);
    expect(ui.alerts.at(-1)).toMatch(/«Итоговый отчёт наставника» пока не создана: Некого выбрать/);
    expect(ui.alerts.at(-1)).toMatch(/«Отчёт о встрече» пока не создана: Не из чего выбирать/);
    expect(formApp.byTitle(TITLES.groupMeeting).items[0]?.choices).toHaveLength(1);
    expect(scriptApp.triggers).toHaveLength(1);
  });

  it("publishes the forms so that they take answers, and publishes again a form found unpublished", () => {
    const { bundle, knownMentors } = workbook(4);
    const { formApp } = bundle.world;
    bundle.call("menuCreateForms");
    const mentor = formApp.byTitle(TITLES.mentor);
    const answer = bankAnswer(knownMentors[0]!, random(5));
    bundle.call(
      "onFormSubmit",
      mentor.submit(answer.answers, { email: answer.email, timestamp: new Date() }),
    );
    mentor.setPublished(false);
    expect(() => mentor.submit(answer.answers, { email: answer.email, timestamp: new Date() })).toThrow(
      /not published/,
    );
    bundle.call("menuCreateForms");
    expect(formApp.forms).toHaveLength(FORM_KEYS.length);
    expect(formApp.forms.every((form) => form.isPublished())).toBe(true);
  });

  it("refuses an answer that would be written into merged cells of a bank, leaving the bank as it was", () => {
    const { bundle, knownMentors } = workbook(9);
    const { formApp, spreadsheet } = bundle.world;
    bundle.call("menuCreateForms");
    const bank = spreadsheet.sheet(MENTORS.name);
    expect(bank.getRange("J1").getValue()).toBe("Структурное подразделение");
    bank.getRange("J2").setValue("Корпус 1");
    bank.getRange("J2:J4").merge(); // «Структурное подразделение» of the first three mentors
    const before = bank.snapshot();
    const answer = bankAnswer(knownMentors[1]!, random(9));
    const answers = { ...answer.answers, "Структурное подразделение": "Корпус 3" };
    const event = formApp
      .byTitle(TITLES.mentor)
      .submit(answers, { email: answer.email, timestamp: new Date(2026, 8, 1) });
    // The trigger fails (Apps Script lists the failed execution) after writing why to «Журнал».
    expect(() => bundle.call("onFormSubmit", event)).toThrow("объединены ячейки J2:J4");
    expect(bank.snapshot()).toEqual(before);
    const log = spreadsheet
      .sheet(LOG.name)
      .getDataRange()
      .getValues()
      .map((row) => row.join(" | "));
    expect(log.at(-1)).toContain("На листе «Наставники» объединены ячейки J2:J4");
  });

  it("keeps answers that Sheets would take for a time, a date, a number or a boolean as the text typed", () => {
    const { bundle, knownMentors } = workbook(7);
    const { formApp, spreadsheet, calls } = bundle.world;
    bundle.call("menuCreateForms");
    const mentor = formApp.byTitle(TITLES.mentor);
    const tricky = {
      "Удобное время для встреч": "14:00",
      Пожелания: "1.05",
      Должность: "TRUE",
      "Предмет или направление": "5%",
    };
    const answer = bankAnswer(knownMentors[0]!, random(8));
    const answers = { ...answer.answers, ...tricky };
    bundle.call(
      "onFormSubmit",
      mentor.submit(answers, { email: answer.email, timestamp: new Date(2026, 8, 1) }),
    );
    const record = sheetRecords(spreadsheet, MENTORS).find(
      (entry) => entry.record.email === answer.person.email,
    );
    // Forms writes answers as if typed, so the sheet holds a time, a date, a boolean and a percent; what it
    // shows (ru_RU) is what lands — text, never a Date or a boolean.
    expect(record?.record).toMatchObject({
      meetingTime: "14:00:00",
      wishes: `01.05.${new Date().getFullYear()}`,
      position: "ИСТИНА",
      subject: "5%",
    });

    bundle.call("menuImportResponses");
    // The answered form has its line; the forms nobody has answered are named together, not as zeros.
    const message = spreadsheet.toasts.at(-1)?.message ?? "";
    expect(message).toMatch(/Анкета наставника: ответов 1 /);
    expect(message).toMatch(/Пока без ответов: «Анкета наставляемого»/);
    expect(message).not.toContain("ответов 0");
    calls.reset();
    bundle.call("menuImportResponses");
    expect(calls.count("Range.setValues")).toBe(0);
  });

  it("records each form as soon as it exists: a run failing on the 3rd form is completed by the next", () => {
    const { bundle } = workbook(6);
    const { formApp, spreadsheet, ui } = bundle.world;
    const create = formApp.create.bind(formApp);
    let created = 0;
    formApp.create = (title: string) => {
      const form = create(title) as unknown as FakeForm;
      if (++created === 3) {
        // Forms fails once, on the second question of the third form.
        let added = 0;
        for (const method of [
          "addTextItem",
          "addListItem",
          "addMultipleChoiceItem",
          "addCheckboxItem",
        ] as const) {
          const original = form[method].bind(form) as () => never;
          (form as unknown as Record<string, () => unknown>)[method] = () => {
            if (++added === 2) throw new Error("Exception: Service Forms failed while accessing form.");
            return original();
          };
        }
      }
      return form as unknown as GoogleAppsScript.Forms.Form;
    };
    bundle.call("menuCreateForms");
    expect(ui.alerts.at(-1)).toMatch(/Service Forms failed/);
    expect(formApp.forms).toHaveLength(3);

    formApp.create = create;
    bundle.call("menuCreateForms");
    expect(formApp.forms).toHaveLength(FORM_KEYS.length);
    const expected = questionnaires(bundle.world);
    for (const questionnaire of expected)
      expectItemsMatch(formApp.byTitle(questionnaire.title), questionnaire);
    expect(spreadsheet.sheets.filter((sheet) => sheet.getFormUrl() !== null)).toHaveLength(FORM_KEYS.length);
    const settings = spreadsheet.sheet(SETTINGS_SHEET.name).getDataRange().getValues();
    const ids = FORM_SETTINGS.filter((spec) => spec.label.endsWith("ID формы")).map(
      (spec) => settings.find((row) => row[0] === spec.label)?.[1],
    );
    expect(ids.sort()).toEqual(formApp.forms.map((form) => form.getId()).sort());
  });

  it("refreshes the participants of the group-meeting form and recreates a deleted form", () => {
    const { bundle, rng } = workbook(3);
    const { formApp, spreadsheet } = bundle.world;
    bundle.call("menuCreateForms");
    const group = formApp.byTitle(TITLES.groupMeeting);
    const before = group.items[0]!.choices.length;
    const sheetsBefore = spreadsheet.sheets.length;
    pasteRecords(spreadsheet, MENTEES, [knownPerson(people(rng, "mentee", 1, 500)[0]!, "П-050")]);
    formApp.byTitle(TITLES.monitoring).trashed = true;

    bundle.call("menuCreateForms");
    expect(formApp.byTitle(TITLES.groupMeeting)).toBe(group);
    for (const item of group.items) expect(item.choices).toHaveLength(before + 1);
    expect(formApp.live()).toHaveLength(FORM_KEYS.length);
    expect(formApp.forms).toHaveLength(FORM_KEYS.length + 1);
    expect(spreadsheet.sheets.length).toBe(sheetsBefore + 1);
    expectItemsMatch(
      formApp.byTitle(TITLES.monitoring),
      questionnaires(bundle.world).find((questionnaire) => questionnaire.key === "monitoring")!,
    );
  });
});

/** What one submission should leave behind, computed from the generator, not by the code under test. */
interface Planned {
  readonly form: keyof typeof TITLES;
  readonly person: Person;
  readonly email: string;
  readonly answers: FakeAnswers;
  /** Bank / «Мониторинг» cells (bank forms, monitoring) or chosen IDs (group meeting). */
  readonly expected: Readonly<Record<string, Cell>>;
}

function monitoringAnswer(person: Person, rng: Random): Planned {
  const asked = monitoringQuestionnaire({ organisation: "", competences: [] }).questions.filter(
    (question) => !question.retired,
  );
  const role = person.role === "mentor" ? "Наставник" : "Наставляемый";
  const expected: Record<string, Cell> = { email: person.email, role, remarks: "" };
  const answers: Record<string, string> = {};
  for (const question of asked) {
    const value =
      question.id === "role"
        ? role
        : question.type === "scale"
          ? 1 + rng.int(10)
          : question.options
            ? rng.pick(question.options)
            : rng.chance(0.5)
              ? `${question.id} ${rng.int(100)}`
              : "";
    answers[question.title] = String(value);
    expected[question.id] = value;
  }
  return { form: "monitoring", person, email: person.email, answers, expected };
}

function groupAnswer(
  person: Person,
  others: readonly Person[],
  rng: Random,
  ids: Map<Person, string>,
): Planned {
  const chosen = rng.shuffle(rng.subset(others, 1, 3));
  const titles = ["Первый", "Второй", "Третий"].map(
    (ordinal) => `${ordinal} выбор: с кем вы хотели бы работать?`,
  );
  return {
    form: "groupMeeting",
    person,
    email: person.email,
    answers: {
      "Выберите себя в списке": label(person),
      ...Object.fromEntries(
        titles.map((title, index) => [title, chosen[index] ? label(chosen[index]!) : ""]),
      ),
    },
    expected: { choices: chosen.map((other) => ids.get(other)!).join(", ") },
  };
}

function bankPlanned(answer: BankAnswer): Planned {
  return {
    form: answer.person.role,
    person: answer.person,
    email: answer.email,
    answers: answer.answers,
    expected: answer.expected,
  };
}

/** Exactly `total` submissions: everyone answers once, then re-submissions and more monitoring answers. */
function plan(rng: Random, known: { mentors: Person[]; mentees: Person[] }, total: number): Planned[] {
  const newcomers = [...people(rng, "mentor", 40, 1000), ...people(rng, "mentee", 60, 2000)];
  const everyone = [...known.mentors, ...known.mentees, ...newcomers];
  const ids = new Map<Person, string>([
    ...known.mentors.map((person, i) => [person, id("Н", i + 1)] as const),
    ...known.mentees.map((person, i) => [person, id("П", i + 1)] as const),
  ]);
  const group = (person: Person) =>
    groupAnswer(person, person.role === "mentor" ? known.mentees : known.mentors, rng, ids);
  const planned: Planned[] = [
    ...everyone.map((person) => bankPlanned(bankAnswer(person, rng))),
    ...[...known.mentors, ...known.mentees].map(group),
    ...rng.subset(everyone, 40, 40).map((person) => monitoringAnswer(person, rng)),
  ];
  while (planned.length < total) {
    const kind = rng.next();
    if (kind < 0.55) planned.push(bankPlanned(bankAnswer(rng.pick(everyone), rng)));
    else if (kind < 0.8) planned.push(group(rng.pick([...known.mentors, ...known.mentees])));
    else planned.push(monitoringAnswer(rng.pick(everyone), rng));
  }
  return rng.shuffle(planned).slice(0, total);
}

function comparable(cell: unknown): unknown {
  return cell instanceof Date || Object.prototype.toString.call(cell) === "[object Date]"
    ? (cell as Date).getTime()
    : cell;
}

function grid(world: AppsScriptWorld, name: string): unknown[][] {
  return world.spreadsheet
    .sheet(name)
    .getDataRange()
    .getValues()
    .map((row) => row.map(comparable));
}

/**
 * Bounds on the writes that turn `before` into `after` when each write is one rectangle: at least one
 * per run of changed existing rows (plus one for new rows), at most one per changed cell (plus one).
 */
function writeBounds(before: unknown[][], after: unknown[][]): { fewest: number; most: number } {
  const differs = (a: unknown[] = [], b: unknown[] = []) => {
    let cells = 0;
    const width = Math.max(a.length, b.length);
    for (let i = 0; i < width; i++) if ((a[i] ?? "") !== (b[i] ?? "")) cells++;
    return cells;
  };
  let fewest = 0;
  let most = 0;
  let inRun = false;
  for (let r = 0; r < before.length; r++) {
    const cells = differs(before[r], after[r]);
    if (cells > 0 && !inRun) fewest++;
    most += cells;
    inRun = cells > 0;
  }
  const appended = after.length > before.length ? 1 : 0;
  return { fewest: fewest + appended, most: most + appended };
}

/** Every write batched: within `writeBounds` of the sheet's change. */
function expectBatched(writes: number, before: unknown[][], after: unknown[][], sheet: string): void {
  const { fewest, most } = writeBounds(before, after);
  expect(writes, sheet).toBeGreaterThanOrEqual(fewest);
  expect(writes, sheet).toBeLessThanOrEqual(most);
}

/** Delivers an event as Apps Script would, checking that every write was batched and the raw sheets only read. */
function deliverer(bundle: LoadedBundle, rawSheets: readonly string[]) {
  const { world } = bundle;
  const readOnly = new Set(["Range.getValues", "Range.getDisplayValues", "Sheet.getRange"]);
  return (event: SubmitEvent) => {
    const before = BANKS.map((schema) => grid(world, schema.name));
    world.calls.reset();
    bundle.call("onFormSubmit", event);
    BANKS.forEach((schema, index) => {
      expectBatched(
        world.calls.countOn(schema.name, "Range.setValues"),
        before[index]!,
        grid(world, schema.name),
        schema.name,
      );
    });
    expect(world.calls.countOn(LOG.name, "Range.setValues")).toBe(1);
    expect(world.calls.count("Range.setValue")).toBe(0);
    for (const [key] of world.calls.bySheet) {
      const [sheet = "", method = ""] = key.split(":");
      if (rawSheets.includes(sheet)) expect(readOnly.has(method), key).toBe(true);
    }
  };
}

function newestBy<T>(
  items: readonly { time: Date; item: T; key: string }[],
): Map<string, { time: Date; item: T }[]> {
  const byKey = new Map<string, { time: Date; item: T }[]>();
  for (const entry of items) byKey.set(entry.key, [...(byKey.get(entry.key) ?? []), entry]);
  for (const list of byKey.values()) list.sort((a, b) => a.time.getTime() - b.time.getTime());
  return byKey;
}

describe("answers through onFormSubmit and «Перенести ответы»", () => {
  it("lands 500 interleaved submissions — re-deliveries, re-submissions, lost triggers — exactly once", () => {
    const { bundle, rng, knownMentors, knownMentees } = workbook(42);
    const { formApp, spreadsheet, calls } = bundle.world;
    bundle.call("menuCreateForms");
    const forms = Object.fromEntries(
      Object.entries(TITLES).map(([key, title]) => [key, formApp.byTitle(title)]),
    ) as Record<keyof typeof TITLES, FakeForm>;
    const rawSheets = Object.values(forms).map((form) => form.responses!.getName());
    const deliver = deliverer(bundle, rawSheets);

    const planned = plan(rng, { mentors: knownMentors, mentees: knownMentees }, 500);
    const start = new Date(2025, 8, 10, 9, 0, 0).getTime();
    const submitted = planned.map((entry, index) => ({ ...entry, time: new Date(start + index * 37_000) }));
    const pending: SubmitEvent[] = [];
    let lost = 0;
    const take = () => {
      const [event] = pending.splice(rng.int(pending.length), 1);
      if (rng.chance(0.03)) lost++;
      else deliver(event!);
    };
    for (const entry of submitted) {
      const event = forms[entry.form].submit(entry.answers, { email: entry.email, timestamp: entry.time });
      pending.push(event);
      if (rng.chance(0.1)) pending.push(event); // Apps Script sometimes fires a trigger twice
      while (pending.length > 0 && rng.chance(0.55)) take();
    }
    const raw = JSON.stringify(rawSheets.map((name) => spreadsheet.sheet(name).snapshot()));
    while (pending.length > 0) take();
    expect(lost).toBeGreaterThan(0);

    const before = BANKS.map((schema) => grid(bundle.world, schema.name));
    calls.reset();
    bundle.call("menuImportResponses");
    BANKS.forEach((schema, index) => {
      expectBatched(
        calls.countOn(schema.name, "Range.setValues"),
        before[index]!,
        grid(bundle.world, schema.name),
        schema.name,
      );
    });
    expect(calls.count("Range.setValue")).toBe(0);
    expect(JSON.stringify(rawSheets.map((name) => spreadsheet.sheet(name).snapshot()))).toBe(raw);

    // The expectation, computed from what was submitted.
    const banks = { mentor: MENTORS, mentee: MENTEES } as const;
    for (const role of ["mentor", "mentee"] as const) {
      const answers = newestBy(
        submitted
          .filter((entry) => entry.form === role)
          .map((entry) => ({ time: entry.time, item: entry, key: entry.person.email })),
      );
      const records = sheetRecords(spreadsheet, banks[role]).map((entry) => entry.record);
      const known = role === "mentor" ? knownMentors : knownMentees;
      const everyone = new Set([...known.map((person) => person.email), ...answers.keys()]);
      expect(records.map((record) => record.email).sort()).toEqual([...everyone].sort());
      const prefix = role === "mentor" ? "Н" : "П";
      const ids = records.map((record) => String(record.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const value of ids) expect(value).toMatch(new RegExp(`^${prefix}-\\d{3}$`));
      for (const record of records) {
        const email = String(record.email);
        const knownIndex = known.findIndex((person) => person.email === email);
        if (knownIndex >= 0) {
          expect(record.id).toBe(id(prefix, knownIndex + 1));
          expect(record.pdConsent).toBe("получено");
        } else {
          expect(record.pdConsent).toBe("нет");
        }
        const history = answers.get(email);
        if (!history) continue;
        // A blank optional answer never erases what an older answer put in the bank.
        const wanted: Record<string, Cell> = {};
        for (const { item } of history)
          for (const [key, value] of Object.entries(item.expected))
            if (value !== "" || !(key in wanted)) wanted[key] = value;
        // «Сколько наставляемых…» is a list of the texts «1», «2», «3», and a text is written as text.
        if (wanted.capacity !== undefined) wanted.capacity = String(wanted.capacity);
        expect(record, email).toMatchObject({ ...wanted, source: "форма" });
        expect((record.updated as Date).getTime()).toBe(history.at(-1)!.time.getTime());
      }
      // Choices after the group meeting: the newest answer of each known person.
      const choices = newestBy(
        submitted
          .filter((entry) => entry.form === "groupMeeting" && entry.person.role === role)
          .map((entry) => ({ time: entry.time, item: entry, key: entry.person.email })),
      );
      for (const record of records) {
        const newest = choices.get(String(record.email))?.at(-1);
        expect(record.choices, String(record.email)).toBe(newest ? newest.item.expected.choices : "");
      }
    }
    const monitoring = newestBy(
      submitted
        .filter((entry) => entry.form === "monitoring")
        .map((entry) => ({
          time: entry.time,
          item: entry,
          key: `${entry.email}|${entry.expected.stage}`,
        })),
    );
    const rows = sheetRecords(spreadsheet, MONITORING).map((entry) => entry.record);
    // One row per respondent and stage: the start and the end answers of a person are two rows.
    expect(rows.map((row) => `${row.email}|${row.stage}`).sort()).toEqual([...monitoring.keys()].sort());
    for (const row of rows) {
      const newest = monitoring.get(`${row.email}|${row.stage}`)!.at(-1)!;
      expect(row).toMatchObject(newest.item.expected);
      expect((row.time as Date).getTime()).toBe(newest.time.getTime());
    }
    for (const schema of BANKS) expect(spreadsheet.sheet(schema.name).formulas.size).toBe(0);

    // Everything is in: importing again writes nothing anywhere.
    calls.reset();
    bundle.call("menuImportResponses");
    expect(calls.count("Range.setValues")).toBe(0);
    expect(spreadsheet.toasts.at(-1)?.message).toMatch(
      /Анкета наставника: ответов \d+ — учтено 0 \(добавлено строк 0, изменено 0\)/,
    );
  });
});
