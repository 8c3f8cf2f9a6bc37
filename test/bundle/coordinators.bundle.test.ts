import { describe, expect, it } from "vitest";
import { ALL_KINDS, YEAR_END_KINDS } from "../../src/core/documents/kinds";
import { FORM_KEYS } from "../../src/core/intake/formSettings";
import { MENTEES, MENTORS, PAIRS, SETTINGS_SHEET } from "../../src/core/schema/sheets";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { SheetsPort } from "../../src/gas/sheetsPort";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { createAppsScript } from "../fakes/appsScript";
import { bankAnswer, people, random, sheetRecords } from "../intake/support";
import { fillBank, loadBundle } from "../support/bundle";
import { editTemplate, withDocuments } from "../support/documentsWorld";

const A = "zam@school.example";
const B = "metodist@school.example";
const CUSTOM = "Согласовано с методическим советом школы";

/** Coordinator A sets the school up: forms, pairs, the first order and its template, customised. */
function setUpByA() {
  const world = createAppsScript({ user: A });
  world.spreadsheet.editors.push(B); // B may edit the spreadsheet
  const documents = withDocuments(world);
  const bundle = loadBundle(world);
  const { spreadsheet } = world;
  bundle.call("menuSetup");
  updateSettings(
    new SheetsPort(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet),
    DEMO_SETTINGS,
  );
  fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
  fillBank(spreadsheet, MENTEES, DEMO_MENTEES);
  bundle.call("menuCreateForms");
  bundle.call("menuMatch");
  spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 6]] };
  bundle.call("menuApprove");
  bundle.call("menuCreateForms"); // «Отчёт о встрече» lists approved pairs: it is made once there are some
  world.ui.answers.push("3");
  bundle.call("menuGenerateDocuments");
  const programs = documents.documentsIn("Программы наставничества").size;
  const template = documents.drive.files.find(
    (file) =>
      !file.trashed && file.getName() === "Шаблон — Персонализированная программа наставничества.docx",
  );
  editTemplate(template!, (xml) =>
    xml.replace("<w:body>", `<w:body><w:p><w:r><w:t>${CUSTOM}</w:t></w:r></w:p>`),
  );
  return { world, documents, bundle, programs };
}

/** The forms recorded in «Настройки»: IDs and links. */
function settingsValues(world: ReturnType<typeof setUpByA>["world"]) {
  const rows = world.spreadsheet.sheet(SETTINGS_SHEET.name).getDataRange().getValues();
  return JSON.stringify(rows.filter((row) => /ID формы|ссылка для участников/.test(String(row[0]))));
}

describe("two coordinators", () => {
  it("A sets up, B runs every action: nothing duplicated, nothing lost", () => {
    const { world, documents, bundle, programs } = setUpByA();
    const { spreadsheet, formApp, scriptApp, ui } = world;
    const madeByA = new Set(documents.documentsIn("Программы наставничества").keys());
    const settings = settingsValues(world);
    const folders = documents.drive.folders.map((folder) => folder.name).sort();
    const alerts = ui.alerts.length;

    world.actAs(B);
    bundle.call("menuSetup");
    bundle.call("menuCreateForms");
    expect(spreadsheet.toasts.at(-1)?.message).toMatch(`триггер у ${A}`);
    const newcomer = bankAnswer(people(random(5), "mentor", 1, 700)[0]!, random(6));
    const event = formApp
      .byTitle("Анкета наставника")
      .submit(newcomer.answers, { email: newcomer.email, timestamp: new Date(Date.UTC(2026, 8, 20, 7)) });
    world.actAs(A); // the trigger runs as its owner
    world.asTrigger(() => bundle.call("onFormSubmit", event));
    world.actAs(B);
    bundle.call("menuImportResponses");
    bundle.call("menuMatch");
    spreadsheet.selection = { sheet: PAIRS.name, rows: [[7, 12]] };
    bundle.call("menuApprove");
    ui.answers.push("все");
    bundle.call("menuGenerateDocuments");

    expect(ui.alerts.slice(alerts).filter((alert) => !alert.includes("ссылки на анкеты"))).toEqual([]);
    expect(formApp.forms).toHaveLength(FORM_KEYS.length);
    expect(scriptApp.triggers.map((trigger) => [trigger.handler, trigger.owner])).toEqual([
      ["onFormSubmit", A],
    ]);
    expect(settingsValues(world)).toBe(settings); // form IDs kept
    const folderNames = documents.drive.folders.map((folder) => folder.name);
    expect(new Set(folderNames).size).toBe(folderNames.length); // no second root, no second «Шаблоны»
    expect(folderNames).toEqual(expect.arrayContaining(folders));
    expect(documents.folderNamed("Шаблоны")!.liveFiles()).toHaveLength(
      ALL_KINDS.filter((kind) => !YEAR_END_KINDS.includes(kind.id)).length,
    ); // one per kind of «все», none twice
    const live = documents.drive.files.filter((file) => !file.trashed);
    const names = live.map((file) => `${file.folder.name}/${file.getName()}`);
    expect(new Set(names).size).toBe(names.length);
    // B's programs follow A's customised template; A's stay as they were made.
    const made = documents.documentsIn("Программы наставничества");
    expect(made.size).toBeGreaterThan(programs);
    for (const [name, program] of made)
      if (madeByA.has(name)) expect(program.text()).not.toContain(CUSTOM);
      else expect(program.text(), name).toContain(CUSTOM);
    expect(sheetRecords(spreadsheet, MENTORS).map((entry) => entry.record.email)).toContain(
      newcomer.person.email,
    );
  });

  it("stops with the owner's name when a form was never shared with B, and creates nothing", () => {
    const { world, bundle } = setUpByA();
    const form = world.formApp.byTitle("Анкета наставляемого");
    form.editors.splice(0); // shared before this version existed: not at all
    const settings = settingsValues(world);
    world.actAs(B);
    bundle.call("menuCreateForms");
    expect(world.ui.alerts.at(-1)).toMatch(`Анкета «Анкета наставляемого»: владелец ${A}`);
    expect(world.formApp.forms).toHaveLength(FORM_KEYS.length);
    expect(settingsValues(world)).toBe(settings);

    world.actAs(A); // A runs it once more: the form is shared again, and B can go on
    bundle.call("menuCreateForms");
    world.actAs(B);
    bundle.call("menuCreateForms");
    expect(world.formApp.forms).toHaveLength(FORM_KEYS.length);
    expect(world.ui.alerts.at(-1)).toMatch(/ссылки на анкеты/);
  });

  it("a deleted form of one's own is made anew", () => {
    const { world, bundle } = setUpByA();
    world.formApp.byTitle("Анкета наставляемого").trashed = true;
    bundle.call("menuCreateForms");
    expect(world.formApp.live()).toHaveLength(FORM_KEYS.length);
    expect(world.formApp.forms).toHaveLength(FORM_KEYS.length + 1);
  });
});
