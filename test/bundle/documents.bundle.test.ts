import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import { ALL_KINDS, DOCUMENT_KIND_IDS, YEAR_END_KINDS } from "../../src/core/documents";
import { generateDocuments } from "../../src/core/documents/generate";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { endPairEarly } from "../../src/core/year/earlyEnd";
import { SheetsPort } from "../../src/gas/sheetsPort";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { DocxDocuments } from "../../src/node/documents/docxDocuments";
import { docxText } from "../../src/node/docx";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";
import { createAppsScript } from "../fakes/appsScript";
import type { FakeDocument } from "../fakes/docs";
import type { FakeDriveFile } from "../fakes/drive";
import { confirmFirstPlaces, confirmTopAwards } from "../support/awards";
import { fillBank, loadBundle } from "../support/bundle";
import { editTemplate, withDocuments } from "../support/documentsWorld";

const FOLDERS = [...new Set(ALL_KINDS.map((kind) => kind.folder))];

/** The demo school in the fake spreadsheet with its pairs approved, ready for documents. */
function demoSchool(settings: Record<string, string> = {}) {
  const world = createAppsScript();
  const documents = withDocuments(world);
  const bundle = loadBundle(world);
  const { spreadsheet } = world;
  bundle.call("menuSetup");
  updateSettings(new SheetsPort(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet), {
    ...DEMO_SETTINGS,
    ...settings,
  });
  fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
  fillBank(spreadsheet, MENTEES, DEMO_MENTEES);
  bundle.call("menuMatch");
  spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 12]] };
  bundle.call("menuApprove");
  return { world, bundle, documents, spreadsheet };
}

function documentsColumn(school: ReturnType<typeof demoSchool>): string[] {
  const [header = [], ...rows] = school.spreadsheet.sheet(PAIRS.name).getDataRange().getValues();
  const column = mapColumns(PAIRS, header as string[]).get("documents")!;
  return rows.map((row) => String(row[column] ?? ""));
}

function allDocuments(school: ReturnType<typeof demoSchool>) {
  return new Map(FOLDERS.flatMap((folder) => [...school.documents.documentsIn(folder)]));
}

type School = ReturnType<typeof demoSchool>;

/** Stands in for the script's clock; returns a handle to move it. */
function fakeClock(school: School) {
  const clock = { now: Date.parse("2026-11-21T09:00:00Z") };
  school.bundle.script.hostNow = () => clock.now;
  school.bundle.evaluate("Date.now = () => hostNow();");
  return clock;
}

/** The coordinator takes `ms` to answer the next prompt. */
function slowPrompt(school: School, clock: { now: number }, ms: number) {
  const { ui } = school.world;
  const prompt = ui.prompt;
  ui.prompt = (...args: unknown[]) => {
    clock.now += ms;
    ui.prompt = prompt;
    return prompt.apply(ui, args);
  };
}

type Create = (...args: unknown[]) => { id: string };

/** Stands in for `Drive.Files.create`: `around` gets each call's number and the real call. */
function aroundUpload(
  school: School,
  around: (call: number, upload: () => { id: string }) => { id: string },
) {
  const files = (school.world.globals as unknown as { Drive: { Files: { create: Create } } }).Drive.Files;
  const create = files.create;
  let calls = 0;
  files.create = (...args: unknown[]) => around(++calls, () => create(...args));
  return () => {
    files.create = create;
  };
}

/** The .docx templates in «Шаблоны», by file name. */
function templateFiles(school: School): Map<string, FakeDriveFile> {
  const folder = school.documents.folderNamed("Шаблоны");
  return new Map((folder?.liveFiles() ?? []).map((file) => [file.getName(), file]));
}

function continuations(school: School) {
  return school.world.scriptApp.triggers.filter((trigger) => trigger.handler === "continueDocuments");
}

/**
 * The templates of `kinds` made in Drive, and nothing else: the coordinator answers the prompt so slowly
 * that the run has no time left for documents and leaves them to its continuation.
 */
function templatesOnly(school: School, kinds: string): Map<string, FakeDriveFile> {
  const clock = fakeClock(school);
  slowPrompt(school, clock, 300_000);
  school.world.ui.answers.push(kinds);
  school.bundle.call("menuGenerateDocuments");
  expect(allDocuments(school).size).toBe(0);
  expect(continuations(school)).toHaveLength(1);
  return templateFiles(school);
}

describe("documents through the uploaded script", () => {
  it("makes every document from the menu, filled, with its link in «Пары» right away", () => {
    const school = demoSchool();
    school.world.ui.answers.push("все");
    school.bundle.call("menuGenerateDocuments");
    expect(school.world.ui.alerts).toEqual([]);
    // Orders 6 and 7 are not issued the day pairs are assigned unless asked («одним днём»).
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(/^Сформировано документов: 38/);
    expect([...school.documents.documentsIn("Приказы").keys()]).toHaveLength(3);
    expect(school.documents.documentsIn("Программы наставничества").size).toBe(9);
    const documents = allDocuments(school);
    expect(documents.size).toBe(38);
    for (const [name, document] of documents) expect(document.text(), name).not.toContain("{{");
    const order = [...documents].find(([name]) => name.includes("О закреплении"))?.[1].text() ?? "";
    expect(order).toContain("Назначить Кузнецову Елену Сергеевну, учителя математики, наставником Смирновой");
    expect(order).toMatch(/«\d\d»\s[а-я]+\s\d{4}\sг\./);
    const links = documentsColumn(school).filter((cell) =>
      cell.includes("https://docs.google.com/document/d/"),
    );
    expect(links).toHaveLength(11);
    const templates = [...templateFiles(school).values()];
    // Templates are made for the kinds asked for: «все» leaves out the year-end reports.
    expect(templates).toHaveLength(ALL_KINDS.length - YEAR_END_KINDS.length);
    for (const template of templates) expect(template.getName()).toMatch(/^Шаблон — .+\.docx$/);
    expect(new Set(templates.map((template) => template.mimeType))).toEqual(
      new Set(["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]),
    );
  });

  it("issues order 9 for a pair ended through the menu, with its link in the pair's «Документы», once", () => {
    const school = demoSchool();
    const { ui } = school.world;
    ui.answers.push("2 01.10.2026");
    school.bundle.call("menuGenerateDocuments");
    // Notice today, the pair ends on the earliest lawful day, the order is dated today.
    ui.answers.push("ПР-004; наставник; ; ; переезд в другой город");
    school.bundle.call("menuEndPair");
    ui.answers.push("9");
    school.bundle.call("menuGenerateDocuments");
    expect(ui.alerts).toEqual([]);
    const orders = [...school.documents.documentsIn("Приказы")];
    const [name, order] = orders.find(([file]) => file.includes("О досрочном прекращении")) ?? [];
    expect(name).toMatch(/^Приказ № \d+ от \d\d\.\d\d\.\d{4} — О досрочном прекращении наставничества$/);
    const text = order!.text().replace(/\u00a0/g, " ");
    expect(text).toContain("закреплённое приказом от 1 октября 2026 г. №");
    expect(text).toMatch(/с \d+ [а-я]+ \d{4} г\.; основание: письменное уведомление наставника об отказе/);
    expect(text).toContain("причина: переезд в другой город.");
    expect(text).not.toContain("{{");
    const row = documentsColumn(school)[3]!;
    expect(row).toMatch(
      /Приказ о досрочном прекращении \(\d\d\.\d\d\.\d{4}\): https:\/\/docs\.google\.com\/document\/d\//,
    );

    ui.answers.push("9");
    school.bundle.call("menuGenerateDocuments");
    expect(school.spreadsheet.toasts.at(-1)?.message).toContain("уже были сформированы раньше: 1");
    expect([...school.documents.documentsIn("Приказы")]).toHaveLength(orders.length);
  });

  it("gives the same text as the .docx renderer, document by document, for every kind", async () => {
    const school = demoSchool();
    // The ranking from the menu, and the first of each nomination confirmed: kind 10 is made too.
    school.bundle.call("menuAwards");
    confirmFirstPlaces(
      new SheetsPort(school.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet),
    );
    school.world.ui.answers.push("все одним днём");
    school.bundle.call("menuGenerateDocuments");
    // A pair ended early (notice today, ending on the earliest lawful day) for order 9.
    school.world.ui.answers.push("ПР-004; работодатель", "9");
    school.bundle.call("menuEndPair");
    school.bundle.call("menuGenerateDocuments");
    school.world.ui.answers.push("11"); // the year's report; the справка needs monitoring answers
    school.bundle.call("menuGenerateDocuments");

    const port = new XlsxPort(new ExcelJS.Workbook());
    const context = { now: new Date(), user: "офлайн" };
    setupWorkbook(port, context);
    updateSettings(port, DEMO_SETTINGS);
    appendRecords(port, MENTORS, DEMO_MENTORS);
    appendRecords(port, MENTEES, DEMO_MENTEES);
    proposePairs(port, context);
    approvePairs(port, context, { all: true });
    confirmTopAwards(port, context);
    const out = mkdtempSync(join(tmpdir(), "nastavnik-docs-"));
    const docx = new DocxDocuments(out);
    const all = generateDocuments(port, docx, context, { kinds: [...DOCUMENT_KIND_IDS], sameDay: true });
    endPairEarly(port, context, { pairId: "ПР-004", initiator: "employer" });
    const ended = generateDocuments(port, docx, context, { kinds: ["earlyEnd"] });
    const year = generateDocuments(port, docx, context, { kinds: ["yearReport"], year: {} });
    const offline = { made: [...all.made, ...ended.made, ...year.made] };
    expect(new Set(offline.made.map((made) => made.kind))).toEqual(
      new Set(DOCUMENT_KIND_IDS.filter((kind) => kind !== "monitoringNote")),
    );

    const google = allDocuments(school);
    expect(offline.made).toHaveLength(google.size);
    for (const made of offline.made) {
      const document = google.get(made.fileName);
      expect(document, made.fileName).toBeDefined();
      expect(document?.text(), made.fileName).toBe(docxText(new Uint8Array(readFileSync(made.link))));
    }
  });

  it("keeps «$1», backslashes and «{{…}}» of values as they are", () => {
    const literal = "ООО «$1 \\\\ $& {{Город}} {{#Пары}}»";
    const school = demoSchool({ orgShortName: literal });
    school.world.ui.answers.push("1");
    school.bundle.call("menuGenerateDocuments");
    const [regulation] = [...school.documents.documentsIn("Приказы").values()];
    expect(regulation?.text().replace(/\u00a0/g, " ")).toContain(literal);
  });

  it("refuses an unknown kind in Russian and makes nothing", () => {
    const school = demoSchool();
    school.world.ui.answers.push("2, приказ");
    school.bundle.call("menuGenerateDocuments");
    expect(school.world.ui.alerts.at(-1)).toMatch(/Неизвестный вид документа «приказ»/);
    expect(allDocuments(school).size).toBe(0);
  });

  it("continues by a trigger after the time budget and makes every document exactly once", () => {
    const school = demoSchool();
    const clock = fakeClock(school);
    aroundUpload(school, (_, upload) => {
      clock.now += 40_000; // every document takes 40 s of the budget
      return upload();
    });
    school.world.ui.answers.push("3, 4");
    school.bundle.call("menuGenerateDocuments");
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(/продолжу автоматически через минуту/);
    let runs = 1;
    while (continuations(school).length > 0) {
      expect(continuations(school)).toHaveLength(1);
      school.bundle.call("continueDocuments");
      runs++;
      expect(runs).toBeLessThan(20);
    }
    expect(runs).toBeGreaterThan(2);
    const programmes = school.documents.drive.files.filter(
      (file) => file.folder === school.documents.folderNamed("Программы наставничества"),
    );
    expect(programmes.filter((file) => !file.trashed)).toHaveLength(9);
    expect(new Set(programmes.map((file) => file.getName())).size).toBe(programmes.length);
    expect(school.documents.documentsIn("Согласия на обработку ПДн").size).toBe(19);
  });

  it("after a failure inside the 3rd document leaves the first two recorded, and a re-run makes each once", () => {
    const school = demoSchool();
    const restore = aroundUpload(school, (call, upload) => {
      if (call === 3) throw new Error("API call to drive.files.create failed with error: Internal Error");
      return upload();
    });
    school.world.ui.answers.push("3");
    school.bundle.call("menuGenerateDocuments");
    restore();
    expect(school.world.ui.alerts.at(-1)).toMatch(/drive\.files\.create failed/);
    // ПР-001, then the group ПР-002 + ПР-003: one programme recorded on both rows.
    expect(documentsColumn(school).filter((cell) => cell.includes("docs.google.com"))).toHaveLength(3);

    school.world.ui.answers.push("3");
    school.bundle.call("menuGenerateDocuments");
    const folder = school.documents.folderNamed("Программы наставничества");
    const live = school.documents.drive.files.filter((file) => file.folder === folder && !file.trashed);
    expect(live).toHaveLength(9);
    expect(new Set(live.map((file) => file.getName())).size).toBe(9);
    expect(documentsColumn(school).filter((cell) => cell.includes("docs.google.com"))).toHaveLength(11);
  });

  it("counts its 4.5 minutes from the menu click: a slow answer to the prompt leaves more for later", () => {
    const school = demoSchool();
    const clock = fakeClock(school);
    const clicked = clock.now;
    slowPrompt(school, clock, 200_000);
    aroundUpload(school, (_, upload) => {
      clock.now += 40_000; // every document takes 40 s
      return upload();
    });
    school.world.ui.answers.push("3");
    school.bundle.call("menuGenerateDocuments");
    expect(clock.now - clicked).toBeLessThanOrEqual(270_000 + 40_000);
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(/продолжу автоматически через минуту/);
    expect(continuations(school)).toHaveLength(1);
  });

  it("records once a document uploaded just before the execution was stopped, and makes no duplicate", () => {
    const school = demoSchool();
    const restore = aroundUpload(school, (call, upload) => {
      const made = upload();
      // The execution is stopped right after the 3rd upload: its link is never written.
      if (call === 3) throw new Error("Exceeded maximum execution time");
      return made;
    });
    school.world.ui.answers.push("3");
    school.bundle.call("menuGenerateDocuments");
    restore();
    expect(school.world.ui.alerts.at(-1)).toMatch(/Exceeded maximum execution time/);
    // ПР-001, then the group ПР-002 + ПР-003 on both its rows.
    expect(documentsColumn(school).filter((cell) => cell.includes("docs.google.com"))).toHaveLength(3);

    school.world.ui.answers.push("3");
    school.bundle.call("menuGenerateDocuments");
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(
      /найдено готовыми после прерванного запуска: 1/,
    );
    const folder = school.documents.folderNamed("Программы наставничества");
    const live = school.documents.drive.files.filter((file) => file.folder === folder && !file.trashed);
    expect(live).toHaveLength(9);
    expect(new Set(live.map((file) => file.getName())).size).toBe(9);
    for (const file of live)
      expect((file.content as FakeDocument).text(), file.getName()).not.toContain("{{");
  });

  it("tries again a minute later when the spreadsheet is busy at the continuation", () => {
    const school = demoSchool();
    templatesOnly(school, "3");
    school.world.lock.heldElsewhere = true;
    school.bundle.call("continueDocuments");
    expect(continuations(school)).toHaveLength(1);
    expect(allDocuments(school).size).toBe(0);
    school.world.lock.heldElsewhere = false;
    school.bundle.call("continueDocuments");
    expect(continuations(school)).toHaveLength(0);
    expect(school.documents.documentsIn("Программы наставничества").size).toBe(9);
  });

  it("does not forget a continuation that failed: «Журнал» says so and the menu offers to finish it", () => {
    const school = demoSchool();
    templatesOnly(school, "3, 4");
    const restore = aroundUpload(school, (call, upload) => {
      if (call === 4) throw new Error("API call to drive.files.create failed with error: Internal Error");
      return upload();
    });
    expect(() => school.bundle.call("continueDocuments")).toThrow(/drive\.files\.create failed/);
    restore();
    expect(continuations(school)).toHaveLength(0);
    const log = school.spreadsheet.sheet("Журнал").getDataRange().getValues().flat().map(String);
    expect(log.some((cell) => /drive\.files\.create failed.*Сформировать документы/.test(cell))).toBe(true);

    school.world.ui.answers.push("");
    school.bundle.call("menuGenerateDocuments");
    expect(school.world.ui.prompts.at(-1)).toContain("«3, 4»");
    expect(school.documents.documentsIn("Программы наставничества").size).toBe(9);
    expect(school.documents.documentsIn("Согласия на обработку ПДн").size).toBe(19);
    const programmes = school.documents.drive.files.filter(
      (file) => file.folder === school.documents.folderNamed("Программы наставничества"),
    );
    expect(new Set(programmes.filter((file) => !file.trashed).map((file) => file.getName())).size).toBe(9);

    school.world.ui.answers.push("3");
    school.bundle.call("menuGenerateDocuments");
    expect(school.world.ui.prompts.at(-1)).not.toMatch(/Прошлый запуск/);
  });

  it("fills the coordinator's own edits of a .docx template, numbered lists and repeated blocks included", () => {
    const school = demoSchool();
    const templates = templatesOnly(school, "2");
    const template = templates.get("Шаблон — Приказ о закреплении наставнических пар.docx")!;
    const numbered = (text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    editTemplate(template, (xml) =>
      xml.replace(
        "<w:body>",
        `<w:body>${numbered("Учебный год: {{Учебный год}}, {{Организация кратко}}")}` +
          `<w:p><w:r><w:t>{{#Пары}}</w:t></w:r></w:p>${numbered("Пара {{Номер}}: {{Наставник|кратко}} — {{#Наставляемые}}{{Наставляемый|кратко}} {{/Наставляемые}}")}` +
          "<w:p><w:r><w:t>{{/Пары}}</w:t></w:r></w:p>",
      ),
    );

    school.bundle.call("continueDocuments");
    expect(school.world.ui.alerts).toEqual([]);
    const [order] = [...school.documents.documentsIn("Приказы").values()];
    const items = order!.body.children.filter((child) => child.constructor.name === "FakeListItem");
    // One item per pair or group: ПР-002 + ПР-003 and ПР-009 + ПР-010 are groups.
    expect(items).toHaveLength(10);
    expect(items[0]!.getText()).toMatch(/^Учебный год: \d{4}–\d{4}, МБОУ\s«СОШ/);
    expect(items[1]!.getText()).toMatch(/^Пара 1: [А-ЯЁ][а-яё]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\.\s— /);
    expect(items[2]!.getText()).toMatch(/^Пара 2: Григорьева.+ — Захарова.+ Петрова/);
    expect(items[9]!.getText()).toMatch(/^Пара 9: /);
    expect(order!.text()).not.toContain("{{");
    expect(order!.text()).toContain("Назначить Кузнецову Елену Сергеевну, учителя математики, наставником");
  });

  it("refuses, in Russian and before making anything, a template the coordinator broke", () => {
    const school = demoSchool();
    const templates = templatesOnly(school, "3");
    const template = templates.get("Шаблон — Персонализированная программа наставничества.docx")!;
    editTemplate(template, (xml) =>
      xml.replace("<w:body>", "<w:body><w:p><w:r><w:t>{{Нет такого поля}}</w:t></w:r></w:p>"),
    );
    school.world.ui.answers.push("3");
    school.bundle.call("menuGenerateDocuments");
    expect(school.world.ui.alerts.at(-1)).toMatch(/Нет такого поля/);
    expect(allDocuments(school).size).toBe(0);
  });

  it("makes again a document whose file was trashed or deleted, and only that one", () => {
    const school = demoSchool();
    school.world.ui.answers.push("все");
    school.bundle.call("menuGenerateDocuments");
    expect(allDocuments(school).size).toBe(38);
    const programs = school.documents.folderNamed("Программы наставничества")!.liveFiles();
    const [trashed, deleted] = programs;
    trashed!.setTrashed(true);
    school.documents.drive.files.splice(school.documents.drive.files.indexOf(deleted!), 1);

    school.world.ui.answers.push("все");
    school.bundle.call("menuGenerateDocuments");
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(/^Сформировано документов: 2;/);
    const again = allDocuments(school);
    expect(again.size).toBe(38);
    expect(again.has(trashed!.getName())).toBe(true);
    expect(again.has(deleted!.getName())).toBe(true);
    expect(documentsColumn(school).join("\n")).not.toContain(deleted!.getUrl());

    school.world.ui.answers.push("все");
    school.bundle.call("menuGenerateDocuments");
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(/^Сформировано документов: 0;/);
  });

  it("holds the document lock for one small batch at a time, never for the whole run", () => {
    const school = demoSchool();
    const lock = school.world.lock;
    const batchOf: number[] = [];
    aroundUpload(school, (_, upload) => {
      expect(lock.hasLock()).toBe(true);
      batchOf.push(lock.acquisitions);
      return upload();
    });
    school.world.ui.answers.push("все");
    school.bundle.call("menuGenerateDocuments");
    expect(batchOf).toHaveLength(38);
    const sizes = [...new Set(batchOf)].map((batch) => batchOf.filter((b) => b === batch).length);
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(10);
    expect(lock.hasLock()).toBe(false);
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(/^Сформировано документов: 38/);
  });

  it("lets a sidebar drive a run one small batch per call, resumable, showing nothing itself", () => {
    const school = demoSchool();
    type Step = { done: boolean; made: number; remaining: number; message: string };
    const first = school.bundle.call("generateDocumentsStep", "3, 4") as Step;
    expect(first).toMatchObject({ done: false, made: 10, remaining: 18 });
    const steps = [first];
    while (!steps.at(-1)!.done) {
      steps.push(school.bundle.call("generateDocumentsStep") as Step);
      expect(steps.length).toBeLessThan(10);
    }
    expect(steps.map((step) => step.made)).toEqual([10, 10, 8]);
    expect(steps.at(-1)?.message).toMatch(/^Сформировано документов: 8/);
    expect(school.documents.documentsIn("Программы наставничества").size).toBe(9);
    expect(school.documents.documentsIn("Согласия на обработку ПДн").size).toBe(19);
    expect(school.spreadsheet.toasts.filter((toast) => toast.title === "Документы")).toEqual([]);
    expect(school.world.lock.hasLock()).toBe(false);
    expect(school.bundle.call("generateDocumentsStep")).toMatchObject({ done: true, made: 0 });
  });

  it("splits a request larger than today's quota across days, says so in Russian, continues by itself", () => {
    const school = demoSchool();
    const clock = fakeClock(school);
    school.documents.properties.setProperty(
      "nastavnik.documents.quota.zam@school.example",
      JSON.stringify({ since: clock.now - 3_600_000, count: 1_495 }),
    );
    school.world.ui.answers.push("все");
    school.bundle.call("menuGenerateDocuments");
    const message = school.spreadsheet.toasts.at(-1)?.message ?? "";
    expect(message).toMatch(/^Сформировано документов: 5/);
    expect(message).toMatch(
      /Дневной лимит Google на создание документов исчерпан — продолжу автоматически после 11:00 22\.11/,
    );
    expect(school.spreadsheet.toasts.map((toast) => toast.message)).toContain(
      "Лимит Google — 1500 документов в сутки (аккаунт Google Workspace): сейчас будет создано 5 из 38, " +
        "остальные 33 — продолжу автоматически после 11:00 22.11.",
    );
    expect(allDocuments(school).size).toBe(5);
    expect(continuations(school)).toHaveLength(1);

    clock.now += 23 * 3_600_000; // the quota is back 24 hours after the first document of the window
    school.bundle.call("continueDocuments");
    expect(allDocuments(school).size).toBe(38);
    expect(continuations(school)).toHaveLength(0);
  });
});
