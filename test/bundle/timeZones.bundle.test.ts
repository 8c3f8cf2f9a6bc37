import { describe, expect, it } from "vitest";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import type { SheetRecord } from "../../src/core/schema/table";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { SheetsPort } from "../../src/gas/sheetsPort";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { createAppsScript } from "../fakes/appsScript";
import { FakeDocument } from "../fakes/docs";
import { instantAt } from "../fakes/timeZones";
import { bankAnswer, people, random } from "../intake/support";
import { BUNDLE_PATH, fillBank, loadBundle } from "../support/bundle";
import { withDocuments } from "../support/documentsWorld";
import { inZone } from "../support/zone";

/** The script's zone (appsscript.json), which the script's Dates follow. */
const SCRIPT_ZONE = "Europe/Moscow";
const TYPED_CONSENT_DATE = "15.09.2026";

/** Bank records with their consent dates typed by the coordinator, as text the sheet turns into dates. */
function typedDates(records: readonly SheetRecord[]): SheetRecord[] {
  return records.map((record) =>
    Object.fromEntries(
      Object.entries(record).map(([key, value]) => [key, value instanceof Date ? TYPED_CONSENT_DATE : value]),
    ),
  );
}

/**
 * The whole flow in a school whose spreadsheet is in `zone`, on the same wall-clock day and hour there:
 * setup, banks with typed consent dates, forms and answers, pairs proposed and approved, every document.
 * Returns what a person sees: every sheet as displayed and every document's text.
 */
function schoolIn(zone: string) {
  return inZone(SCRIPT_ZONE, () => {
    const world = createAppsScript({ spreadsheetTimeZone: zone });
    const documents = withDocuments(world);
    const now = instantAt(zone, 2026, 11, 21, 9, 0).getTime();
    const bundle = loadBundle(world, BUNDLE_PATH, { now: () => now });
    const { spreadsheet } = world;
    bundle.call("menuSetup");
    updateSettings(
      new SheetsPort(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet),
      DEMO_SETTINGS,
    );
    fillBank(spreadsheet, MENTORS, typedDates(DEMO_MENTORS));
    fillBank(spreadsheet, MENTEES, typedDates(DEMO_MENTEES));
    bundle.call("menuCreateForms");
    const newcomer = bankAnswer(people(random(3), "mentor", 1, 900)[0]!, random(4));
    const form = world.formApp.byTitle("Анкета наставника");
    const event = form.submit(newcomer.answers, {
      email: newcomer.email,
      timestamp: instantAt(zone, 2026, 9, 10, 9, 30, 15),
    });
    world.asTrigger(() => bundle.call("onFormSubmit", event));
    bundle.call("menuMatch");
    spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 12]] };
    bundle.call("menuApprove");
    world.ui.answers.push("все");
    bundle.call("menuGenerateDocuments");
    expect(world.ui.alerts.filter((alert) => !alert.includes("ссылки на анкеты"))).toEqual([]);
    const sheets = Object.fromEntries(
      spreadsheet.sheets.map((sheet) => [sheet.getName(), sheet.getDataRange().getDisplayValues()]),
    );
    const texts = Object.fromEntries(
      documents.drive.files
        .filter((file) => !file.trashed && file.content instanceof FakeDocument)
        .map((file) => [file.getName(), (file.content as FakeDocument).text()]),
    );
    return { sheets, texts };
  });
}

describe("dates in a spreadsheet in another time zone than the script's", () => {
  const moscow = schoolIn(SCRIPT_ZONE);

  it("in Moscow: typed dates, answer times and today's date are what the school sees", () => {
    const mentors = moscow.sheets[MENTORS.name]!;
    const header = mentors[0]!;
    const consent = header.indexOf("Дата согласия на ПДн");
    expect(mentors[1]![consent]).toBe(TYPED_CONSENT_DATE);
    const updated = header.indexOf("Обновлено");
    expect(mentors.some((row) => row[updated] === "10.09.2026 9:30:15")).toBe(true);
    const pairs = moscow.sheets[PAIRS.name]!;
    expect(pairs[1]![pairs[0]!.indexOf("Дата начала")]).toMatch(/^21\.11\.2026/);
    const agreements = Object.entries(moscow.texts).filter(([name]) => name.includes("оглас"));
    expect(agreements.length).toBeGreaterThan(0);
  });

  for (const zone of ["Europe/Kaliningrad", "Asia/Novosibirsk", "Asia/Vladivostok"])
    it(`in ${zone}: every sheet and every document as in Moscow`, () => {
      const there = schoolIn(zone);
      expect(Object.keys(there.sheets)).toEqual(Object.keys(moscow.sheets));
      for (const name of Object.keys(moscow.sheets))
        expect(there.sheets[name], name).toEqual(moscow.sheets[name]);
      expect(Object.keys(there.texts).sort()).toEqual(Object.keys(moscow.texts).sort());
      for (const name of Object.keys(moscow.texts)) expect(there.texts[name], name).toBe(moscow.texts[name]);
    });
});

describe("«Настроить таблицу» and the time zones", () => {
  it("warns when the spreadsheet's zone differs from the script's, and only then", () =>
    inZone(SCRIPT_ZONE, () => {
      const away = loadBundle(createAppsScript({ spreadsheetTimeZone: "Asia/Novosibirsk" }));
      away.call("menuSetup");
      expect(away.world.spreadsheet.toasts.at(-1)?.message).toMatch(
        /часовой пояс таблицы \(Asia\/Novosibirsk\) отличается от пояса скрипта \(Europe\/Moscow\)/,
      );
      const home = loadBundle(createAppsScript());
      home.call("menuSetup");
      expect(home.world.spreadsheet.toasts.at(-1)?.message).not.toMatch(/часовой пояс/);
    }));
});
