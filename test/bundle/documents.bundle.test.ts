import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import { DOCUMENT_KIND_IDS } from "../../src/core/documents";
import { generateDocuments } from "../../src/core/documents/generate";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { SheetsPort } from "../../src/gas/sheetsPort";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { DocxDocuments } from "../../src/node/documents/docxDocuments";
import { docxText } from "../../src/node/docx";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";
import { createAppsScript } from "../fakes/appsScript";
import { type FakeBody, type FakeDocument, FakeListItem, FakeTableCell } from "../fakes/docs";
import { FakeDriveFile } from "../fakes/drive";
import { fillBank, loadBundle } from "../support/bundle";
import { withDocuments } from "../support/documentsWorld";

const FOLDERS = [
  "Приказы",
  "Программы наставничества",
  "Согласия на обработку ПДн",
  "Соглашения с наставниками",
];

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

function documentApp(school: School) {
  return (school.world.globals as unknown as { DocumentApp: { openById: (id: string) => unknown } })
    .DocumentApp;
}

function continuations(school: School) {
  return school.world.scriptApp.triggers.filter((trigger) => trigger.handler === "continueDocuments");
}

/**
 * The templates of `kinds` made in Drive, and nothing else: the coordinator answers the prompt so slowly
 * that the run has no time left for documents and leaves them to its continuation.
 */
function templatesOnly(school: School, kinds: string): Map<string, FakeDocument> {
  const clock = fakeClock(school);
  slowPrompt(school, clock, 300_000);
  school.world.ui.answers.push(kinds);
  school.bundle.call("menuGenerateDocuments");
  expect(allDocuments(school).size).toBe(0);
  expect(continuations(school)).toHaveLength(1);
  return school.documents.documentsIn("Шаблоны");
}

function paragraphIndex(body: FakeBody, text: string): number {
  const index = body.children.findIndex((child) => child.getText() === text);
  if (index < 0) throw new Error(`no paragraph «${text}»`);
  return index;
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
    for (const [name, document] of documents) {
      expect(document.text(), name).not.toContain("{{");
      expect(document.saves, name).toBe(1);
    }
    const order = [...documents].find(([name]) => name.includes("О закреплении"))?.[1].text() ?? "";
    expect(order).toContain("Назначить Кузнецову Елену Сергеевну, учителя математики, наставником Смирновой");
    expect(order).toMatch(/«\d\d» [а-я]+ \d{4}\u00a0г\./);
    const links = documentsColumn(school).filter((cell) =>
      cell.includes("https://docs.google.com/document/d/"),
    );
    expect(links).toHaveLength(11);
    expect(school.documents.documentsIn("Шаблоны").size).toBe(8);
  });

  it("gives the same text as the .docx renderer, document by document, for every kind", async () => {
    const school = demoSchool();
    school.world.ui.answers.push("все одним днём");
    school.bundle.call("menuGenerateDocuments");

    const port = new XlsxPort(new ExcelJS.Workbook());
    const context = { now: new Date(), user: "офлайн" };
    setupWorkbook(port, context);
    updateSettings(port, DEMO_SETTINGS);
    appendRecords(port, MENTORS, DEMO_MENTORS);
    appendRecords(port, MENTEES, DEMO_MENTEES);
    proposePairs(port, context);
    approvePairs(port, context, { all: true });
    const out = mkdtempSync(join(tmpdir(), "nastavnik-docs-"));
    const docx = new DocxDocuments(out);
    const offline = generateDocuments(port, docx, context, { kinds: [...DOCUMENT_KIND_IDS], sameDay: true });
    expect(new Set(offline.made.map((made) => made.kind))).toEqual(new Set(DOCUMENT_KIND_IDS));

    const google = allDocuments(school);
    expect(offline.made).toHaveLength(google.size);
    for (const made of offline.made) {
      const document = google.get(made.fileName);
      expect(document, made.fileName).toBeDefined();
      expect(document?.text(), made.fileName).toBe(docxText(new Uint8Array(readFileSync(made.link))));
    }
  });

  it("keeps «$1» and backslashes of values as they are", () => {
    const school = demoSchool({ orgShortName: "ООО «$1 \\\\ $&»" });
    school.world.ui.answers.push("1");
    school.bundle.call("menuGenerateDocuments");
    const [regulation] = [...school.documents.documentsIn("Приказы").values()];
    expect(regulation?.text().replace(/\u00a0/g, " ")).toContain("ООО «$1 \\\\ $&»");
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
    let now = Date.parse("2026-11-21T09:00:00Z");
    school.bundle.script.hostNow = () => now;
    school.bundle.evaluate("Date.now = () => hostNow();");
    const openById = (
      school.world.globals as unknown as { DocumentApp: { openById: (id: string) => unknown } }
    ).DocumentApp;
    const original = openById.openById;
    openById.openById = (id: string) => {
      now += 40_000; // every document takes 40 s of the budget
      return original(id);
    };
    school.world.ui.answers.push("3, 4");
    school.bundle.call("menuGenerateDocuments");
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(/продолжу автоматически через минуту/);
    let runs = 1;
    while (school.world.scriptApp.triggers.some((trigger) => trigger.handler === "continueDocuments")) {
      expect(school.world.scriptApp.triggers.filter((t) => t.handler === "continueDocuments")).toHaveLength(
        1,
      );
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
    const app = (school.world.globals as unknown as { DocumentApp: { openById: (id: string) => unknown } })
      .DocumentApp;
    const original = app.openById;
    let opened = 0;
    app.openById = (id: string) => {
      opened++;
      // the template is opened once, then each programme's copy: the 3rd copy fails
      if (opened === 4) throw new Error("Service Documents failed while accessing document");
      return original(id);
    };
    school.world.ui.answers.push("3");
    school.bundle.call("menuGenerateDocuments");
    expect(school.world.ui.alerts.at(-1)).toMatch(/Service Documents failed/);
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
    const app = documentApp(school);
    const openById = app.openById;
    app.openById = (id: string) => {
      clock.now += 40_000; // every template and document takes 40 s
      return openById(id);
    };
    school.world.ui.answers.push("3");
    school.bundle.call("menuGenerateDocuments");
    expect(clock.now - clicked).toBeLessThanOrEqual(270_000 + 40_000);
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(/продолжу автоматически через минуту/);
    expect(continuations(school)).toHaveLength(1);
  });

  it("never lets the next run find a half-filled copy, even when the failed run could not clean up", () => {
    const school = demoSchool();
    const makeCopy = FakeDriveFile.prototype.makeCopy;
    let copies = 0;
    let killed = "";
    FakeDriveFile.prototype.makeCopy = function (this: FakeDriveFile, ...args: [string, never]) {
      const copy = makeCopy.apply(this, args) as unknown as FakeDriveFile;
      if (++copies === 3) {
        killed = copy.id;
        // The execution is stopped inside the 3rd document: nothing after that runs, not even a cleanup.
        copy.setTrashed = function (this: FakeDriveFile, trashed: boolean) {
          delete (this as Partial<FakeDriveFile>).setTrashed;
          throw new Error(`Exceeded maximum execution time (${trashed})`);
        } as never;
      }
      return copy as never;
    } as never;
    const app = documentApp(school);
    const openById = app.openById;
    app.openById = (id: string) => {
      if (id === killed) throw new Error("Exceeded maximum execution time");
      return openById(id);
    };
    try {
      school.world.ui.answers.push("3");
      school.bundle.call("menuGenerateDocuments");
    } finally {
      FakeDriveFile.prototype.makeCopy = makeCopy;
    }
    expect(school.world.ui.alerts.at(-1)).toMatch(/Exceeded maximum execution time/);

    school.world.ui.answers.push("3");
    school.bundle.call("menuGenerateDocuments");
    const folder = school.documents.folderNamed("Программы наставничества");
    const live = school.documents.drive.files.filter((file) => file.folder === folder && !file.trashed);
    expect(live).toHaveLength(9);
    for (const file of live) {
      expect(file.getName()).not.toMatch(/^~/);
      expect((file.content as FakeDocument).text(), file.getName()).not.toContain("{{");
    }
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
    const app = documentApp(school);
    const openById = app.openById;
    let opened = 0;
    app.openById = (id: string) => {
      if (++opened === 5) throw new Error("Service Documents failed while accessing document");
      return openById(id);
    };
    expect(() => school.bundle.call("continueDocuments")).toThrow(/Service Documents failed/);
    app.openById = openById;
    expect(continuations(school)).toHaveLength(0);
    const log = school.spreadsheet.sheet("Журнал").getDataRange().getValues().flat().map(String);
    expect(log.some((cell) => /Service Documents failed.*Сформировать документы/.test(cell))).toBe(true);

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

  it("fills numbered list items like paragraphs, and repeats those inside a {{#Пары}} block", () => {
    const school = demoSchool();
    const templates = templatesOnly(school, "2");
    const template = templates.get("Шаблон — Приказ о закреплении наставнических пар")!;
    const body = template.body;
    const point = paragraphIndex(body, "{{#Пары}}");
    const item = new FakeListItem(
      template.owner,
      "Пара {{Номер}}: {{Наставник|кратко}} — {{#Наставляемые}}{{Наставляемый|кратко}} {{/Наставляемые}}",
    );
    body.insertListItem(point + 1, item as never);
    const outer = new FakeListItem(template.owner, "Учебный год: {{Учебный год}}, {{Организация кратко}}");
    body.insertListItem(point, outer as never);

    school.bundle.call("continueDocuments");
    const [order] = [...school.documents.documentsIn("Приказы").values()];
    const items = order!.body.children.filter((child) => child instanceof FakeListItem);
    // One item per pair or group: ПР-002 + ПР-003 and ПР-009 + ПР-010 are groups.
    expect(items).toHaveLength(10);
    expect(items[0]!.getText()).toMatch(/^Учебный год: 2026\/2027|^Учебный год: \S+, \S/);
    expect(items[1]!.getText()).toMatch(/^Пара 1: [А-ЯЁ][а-яё]+\u00a0[А-ЯЁ]\.\u00a0[А-ЯЁ]\. — /);
    expect(items[2]!.getText()).toMatch(/^Пара 2: Григорьева.+ — Захарова.+ Петрова/);
    expect(items[9]!.getText()).toMatch(/^Пара 9: /);
    expect(order!.text()).not.toContain("{{");
    expect(order!.text()).toContain("Назначить Кузнецову Елену Сергеевну, учителя математики, наставником");
  });

  it("empties instead of removing the last paragraph of the body or of a table cell", () => {
    const school = demoSchool();
    const templates = templatesOnly(school, "2");
    const template = templates.get("Шаблон — Приказ о закреплении наставнических пар")!;
    const body = template.body;
    for (const line of ["{{^Пары}}", "Пар нет.", "{{/Пары}}"]) body.appendParagraph(line);
    const cell = body.paragraphs().find((paragraph) => /^№\s*п\/п$/.test(paragraph.text))!
      .parent as FakeTableCell;
    expect(cell).toBeInstanceOf(FakeTableCell);
    for (const line of ["{{^Пары}}", "нет пар", "{{/Пары}}"])
      cell.insertParagraph(cell.getNumChildren(), line);

    school.bundle.call("continueDocuments");
    expect(school.world.ui.alerts).toEqual([]);
    const [order] = [...school.documents.documentsIn("Приказы").values()];
    expect(order!.body.children.at(-1)?.getText()).toBe("");
    expect(order!.text()).not.toContain("Пар нет");
    expect(order!.text()).not.toContain("нет пар");
    expect(order!.text()).toMatch(/№\sп\/п\n\tНаставник/); // the emptied marker stays in the cell
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

  it("costs a few Drive calls per document: folders and templates are looked up once per run", () => {
    const school = demoSchool();
    school.world.calls.reset();
    school.world.ui.answers.push("все");
    school.bundle.call("menuGenerateDocuments");
    const made = allDocuments(school).size;
    expect(made).toBe(38);
    const drive = school.world.calls.startingWith("Drive.");
    const total = Object.values(drive).reduce((sum, count) => sum + count, 0);
    expect(drive["Drive.DriveApp.getFileById"]).toBeLessThanOrEqual(8);
    expect(drive["Drive.Folder.getFoldersByName"]).toBeLessThanOrEqual(5);
    expect(drive["Drive.Folder.getFilesByName"] ?? 0).toBe(0);
    expect(total).toBeLessThanOrEqual(3 * made + 50);
  });
});
