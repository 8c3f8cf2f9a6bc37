import { describe, expect, it } from "vitest";
import { MENTEES, MENTORS, PAIRS, SETTINGS_SHEET } from "../../src/core/schema/sheets";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { SheetsPort } from "../../src/gas/sheetsPort";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { createAppsScript } from "../fakes/appsScript";
import { BUNDLE_PATH, fillBank, loadBundle } from "../support/bundle";
import { withDocuments } from "../support/documentsWorld";
import { inZone } from "../support/zone";

describe("as an Editor add-on", () => {
  it("in AuthMode.NONE builds the add-on menu and calls nothing else", () => {
    const bundle = loadBundle();
    bundle.serviceCalls.reset();
    bundle.call("onOpen", { authMode: "NONE" });
    const [menu] = bundle.world.ui.menus;
    expect(menu?.addon).toBe(true);
    expect(menu?.items.map((item) => item.functionName)).toContain("menuSetup");
    expect(Object.keys(bundle.serviceCalls.snapshot()).sort()).toEqual([
      "Menu.addItem",
      "Menu.addToUi",
      "SpreadsheetApp.getUi",
      "Ui.createAddonMenu",
    ]);
  });

  it("installed as an add-on, uses the add-on menu; bound to the spreadsheet, its own menu", () => {
    const addon = loadBundle();
    addon.world.scriptApp.installationSource = "WEB_STORE_ADD_ON";
    addon.call("onInstall", { authMode: "FULL" });
    expect(addon.world.ui.menus.map((menu) => menu.addon)).toEqual([true]);
    const bound = loadBundle();
    bound.call("onOpen", { authMode: "LIMITED" });
    expect(bound.world.ui.menus.map((menu) => [menu.addon, menu.title])).toEqual([[false, "Наставничество"]]);
  });
});

describe("toasts", () => {
  it("are shown from the menu only: a continuation run by a trigger shows none", () => {
    const world = createAppsScript();
    const documents = withDocuments(world);
    const clock = { now: Date.UTC(2026, 10, 21, 6) };
    const bundle = loadBundle(world, BUNDLE_PATH, { now: () => clock.now });
    bundle.call("menuSetup");
    updateSettings(
      new SheetsPort(world.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet),
      DEMO_SETTINGS,
    );
    fillBank(world.spreadsheet, MENTORS, DEMO_MENTORS);
    fillBank(world.spreadsheet, MENTEES, DEMO_MENTEES);
    bundle.call("menuMatch");
    world.spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 12]] };
    bundle.call("menuApprove");
    const prompt = world.ui.prompt.bind(world.ui);
    world.ui.prompt = (...args: unknown[]) => {
      clock.now += 300_000; // the coordinator answers slowly: no time is left, a trigger continues
      return prompt(...args);
    };
    world.ui.answers.push("4");
    bundle.call("menuGenerateDocuments");
    expect(world.scriptApp.handlers("continueDocuments")).toHaveLength(1);

    world.asTrigger(() => bundle.call("continueDocuments"));
    expect(documents.documentsIn("Согласия на обработку ПДн").size).toBeGreaterThan(0);
    expect(world.spreadsheet.triggerToasts).toEqual([]);
  });
});

describe("publishing and who may answer", () => {
  function withForms(answerWithoutAccount?: string) {
    const bundle = loadBundle();
    bundle.call("menuSetup");
    if (answerWithoutAccount) {
      const settings = bundle.world.spreadsheet.sheet(SETTINGS_SHEET.name);
      const rows = settings.getDataRange().getValues();
      const row = rows.findIndex((cells) => cells[0] === "Анкеты: отвечать без входа в Google");
      settings.getRange(row + 1, 2).setValues([[answerWithoutAccount]]);
    }
    bundle.call("menuCreateForms");
    return bundle;
  }

  it("leaves a legacy form, which cannot be published, as it is, as Google's sample does", () => {
    const bundle = withForms();
    const form = bundle.world.formApp.byTitle("Анкета наставника");
    form.advancedResponderPermissions = false;
    form.published = false;
    const alerts = bundle.world.ui.alerts.length;
    bundle.call("menuCreateForms");
    expect(bundle.world.ui.alerts.slice(alerts).join("\n")).not.toMatch(/ошибка/);
    // Every other form is published; this one is left as it is.
    const live = bundle.world.formApp.live();
    expect(live.filter((candidate) => candidate.isPublished())).toEqual(
      live.filter((candidate) => candidate !== form),
    );
  });

  it("asks for a Google sign-in by default, and lets anyone type an address when «Настройки» allow it", () => {
    const strict = withForms();
    const types = (bundle: ReturnType<typeof withForms>) =>
      bundle.world.formApp.live().map((form) => form.getEmailCollectionType());
    // Every form made before anyone is in the banks: the two bank forms, monitoring and practices.
    expect(types(strict)).toEqual(["VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED"]);
    const open = withForms("да");
    expect(types(open)).toEqual(["RESPONDER_INPUT", "RESPONDER_INPUT", "RESPONDER_INPUT", "RESPONDER_INPUT"]);
  });
});

describe("npm run smoke", () => {
  it("reports, in Russian, every assumption the fakes make as holding when run over them, and leaves nothing", () =>
    inZone("Europe/Moscow", () => {
      const world = createAppsScript();
      withDocuments(world);
      const bundle = loadBundle(world);
      const report = String(bundle.call("smokeTest"));
      expect(report.split("\n").filter((line) => line.startsWith("✗"))).toEqual([]);
      expect(report).toMatch(/Всё совпадает с имитациями\.$/);
      expect(report).toMatch(/«15:00» таблица показывает как «15:00:00»/);
      expect(world.spreadsheet.sheets).toHaveLength(0);
    }));
});
