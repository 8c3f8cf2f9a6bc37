import { describe, expect, it } from "vitest";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { SheetsPort } from "../../src/gas/sheetsPort";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { createAppsScript } from "../fakes/appsScript";
import type { FakeBlob } from "../fakes/drive";
import { fillBank, loadBundle } from "../support/bundle";
import { withDocuments } from "../support/documentsWorld";

/** The demo school in the fake spreadsheet: pairs approved, one monitoring answer typed in. */
function schoolWithAnswers() {
  const world = createAppsScript();
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
  bundle.call("menuMatch");
  spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 12]] };
  bundle.call("menuApprove");
  const sheet = spreadsheet.sheet(MONITORING.name);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  const columns = mapColumns(MONITORING, header);
  const row = header.map(() => "" as unknown);
  row[columns.get("role")!] = "Наставляемый";
  row[columns.get("overall")!] = 9;
  sheet.getRange(2, 1, 1, header.length).setValues([row as never]);
  return { world, bundle, documents, spreadsheet };
}

describe("«Отчёт за год» through the uploaded script", () => {
  it("makes the report and the справка as Google Docs once, the charts left on «Сводка» without pictures", () => {
    const school = schoolWithAnswers();
    school.bundle.call("menuYearReport");
    expect(school.world.ui.alerts).toEqual([]);
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(/^Сформировано документов: 2/);
    const made = school.documents.documentsIn("Отчёты");
    expect([...made.keys()].sort()).toEqual([
      "Отчёт о реализации программы наставничества — 2026–2027",
      "Справка по итогам мониторинга — 2026–2027",
    ]);
    const report = made.get("Отчёт о реализации программы наставничества — 2026–2027")!.text();
    expect(report).toContain("Диаграммы показателей построены на листе «Сводка» таблицы наставничества.");
    expect(report).toContain("Наставнических пар и групп");
    expect(report).not.toContain("{{");

    const news = () =>
      school.documents
        .folderNamed("Отчёты")!
        .liveFiles()
        .filter((file) => file.mimeType === "text/plain");
    expect(news().map((file) => file.getName())).toEqual(["Новость для сайта — 2026–2027.txt"]);
    const text = (news()[0]!.content as FakeBlob).text;
    expect(text).toMatch(/^В МБОУ «СОШ № 7» подведены итоги реализации программы наставничества/);
    expect(text).not.toMatch(/@|Кузнецова/);

    school.bundle.call("menuYearReport");
    expect(school.spreadsheet.toasts.at(-1)?.message).toMatch(/уже были сформированы раньше: 2/);
    expect(school.spreadsheet.toasts.at(-1)?.message).toContain("Текст новости для сайта — файл");
    expect(school.documents.documentsIn("Отчёты").size).toBe(2);
    expect(news()).toHaveLength(1);
  });

  it("puts the pictures of the native charts of «Сводка» into the report once «Сводка» has drawn them", () => {
    const school = schoolWithAnswers();
    school.bundle.call("menuSummary");
    school.bundle.call("menuYearReport");
    const report = school.documents
      .documentsIn("Отчёты")
      .get("Отчёт о реализации программы наставничества — 2026–2027")!
      .text();
    expect(report).not.toContain("построены на листе «Сводка»");
    expect(report).toContain("Рисунок 1. ");
    expect(report).toContain("Рисунок 4. ");
    expect(report).not.toContain("[[рисунок");
  });

  it("is not part of «все» at the start of the year", () => {
    const school = schoolWithAnswers();
    school.world.ui.answers.push("все");
    school.bundle.call("menuGenerateDocuments");
    expect(school.documents.folderNamed("Отчёты")).toBeUndefined();
  });
});
