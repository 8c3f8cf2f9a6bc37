import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
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

describe("documents through the uploaded script", () => {
  it("makes every document from the menu, filled, with its link in «Пары» right away", () => {
    const school = demoSchool();
    school.world.ui.answers.push("все");
    school.bundle.call("menuGenerateDocuments");
    expect(school.world.ui.alerts).toEqual([]);
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(/^Сформировано документов: 41/);
    expect([...school.documents.documentsIn("Приказы").keys()]).toHaveLength(4);
    expect(school.documents.documentsIn("Программы наставничества").size).toBe(11);
    const documents = allDocuments(school);
    expect(documents.size).toBe(41);
    for (const [name, document] of documents) {
      expect(document.text(), name).not.toContain("{{");
      expect(document.saves, name).toBe(1);
    }
    const order = [...documents].find(([name]) => name.includes("О закреплении"))?.[1].text() ?? "";
    expect(order).toContain("Назначить Кузнецову Елену Сергеевну наставником Смирновой Алины Дмитриевны");
    expect(order).toMatch(/«\d\d» [а-я]+ \d{4} г\./);
    const links = documentsColumn(school).filter((cell) =>
      cell.includes("https://docs.google.com/document/d/"),
    );
    expect(links).toHaveLength(11);
    expect(school.documents.documentsIn("Шаблоны").size).toBe(7);
  });

  it("gives the same text as the .docx renderer, document by document", async () => {
    const school = demoSchool();
    school.world.ui.answers.push("все");
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
    const offline = generateDocuments(port, docx, context, {
      kinds: ["regulation", "pairs", "program", "pdConsent", "agreement", "finalEvent", "awards"],
    });

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
    expect(regulation?.text()).toContain("ООО «$1 \\\\ $&»");
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
    expect(programmes.filter((file) => !file.trashed)).toHaveLength(11);
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
    expect(documentsColumn(school).filter((cell) => cell.includes("docs.google.com"))).toHaveLength(2);

    school.world.ui.answers.push("3");
    school.bundle.call("menuGenerateDocuments");
    const folder = school.documents.folderNamed("Программы наставничества");
    const live = school.documents.drive.files.filter((file) => file.folder === folder && !file.trashed);
    expect(live).toHaveLength(11);
    expect(new Set(live.map((file) => file.getName())).size).toBe(11);
    expect(documentsColumn(school).filter((cell) => cell.includes("docs.google.com"))).toHaveLength(11);
  });
});
