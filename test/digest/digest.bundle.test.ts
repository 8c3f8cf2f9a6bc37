import { describe, expect, it } from "vitest";
import { readSettings } from "../../src/core/schema/settings";
import { LOG, MENTEES, MENTORS, SETTINGS_SHEET } from "../../src/core/schema/sheets";
import { yearAttention } from "../../src/core/year/yearStatus";
import { SheetsPort } from "../../src/gas/sheetsPort";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { fillBank, loadBundle } from "../support/bundle";

const USER = "zam@school.example";

function school() {
  const bundle = loadBundle();
  const { spreadsheet } = bundle.world;
  bundle.call("menuSetup");
  fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
  fillBank(spreadsheet, MENTEES, DEMO_MENTEES);
  return bundle;
}

type Bundle = ReturnType<typeof school>;

function settings(bundle: Bundle) {
  const rows = bundle.world.spreadsheet.sheet(SETTINGS_SHEET.name).getDataRange().getValues();
  return readSettings(rows.slice(1) as never, new Date()).values;
}

function setSetting(bundle: Bundle, label: string, value: string): void {
  const sheet = bundle.world.spreadsheet.sheet(SETTINGS_SHEET.name);
  const rows = sheet.getDataRange().getValues();
  const row = rows.findIndex((cells) => cells[0] === label);
  sheet.getRange(row + 1, 2).setValue(value);
}

function digestTriggers(bundle: Bundle) {
  return bundle.world.scriptApp.handlers("weeklyDigest");
}

function lastLog(bundle: Bundle): string {
  const rows = bundle.world.spreadsheet.sheet(LOG.name).getDataRange().getValues();
  return String(rows.at(-1)?.[3]);
}

function turnOn(bundle: Bundle): void {
  bundle.world.ui.confirmations.push(true);
  bundle.call("menuDigest");
}

describe("the weekly digest through the uploaded script", () => {
  it("is off until turned on; turning it on sets «Да», the address and one Monday trigger, never two", () => {
    const bundle = school();
    expect(settings(bundle).weeklyDigest).toBe("Нет");
    expect(digestTriggers(bundle)).toEqual([]);

    turnOn(bundle);
    expect(bundle.world.ui.alerts.at(-1)).toContain(`на ${USER} письмо со списком «Требует внимания»`);
    expect(settings(bundle)).toMatchObject({ weeklyDigest: "Да", digestEmail: USER });
    const [trigger, ...more] = digestTriggers(bundle);
    expect(more).toEqual([]);
    expect(trigger).toMatchObject({
      eventType: "CLOCK",
      owner: USER,
      schedule: { weekDay: "MONDAY", hour: 8 },
    });
    expect(lastLog(bundle)).toContain("Еженедельная сводка включена");

    // Asked again while on, the coordinator keeps it.
    bundle.world.ui.confirmations.push(false);
    bundle.call("menuDigest");
    expect(bundle.world.ui.alerts.at(-1)).toContain("Выключить её?");
    expect(digestTriggers(bundle)).toHaveLength(1);

    // «Нет» typed by hand, then turned on again from the menu: still one trigger.
    setSetting(bundle, "Еженедельная сводка на почту", "Нет");
    turnOn(bundle);
    expect(digestTriggers(bundle)).toHaveLength(1);
    expect(settings(bundle).weeklyDigest).toBe("Да");
  });

  it("sends one e-mail with the «Требует внимания» list and a link, and logs it", () => {
    const bundle = school();
    turnOn(bundle);
    bundle.world.calls.reset();
    bundle.world.asTrigger(() => bundle.call("weeklyDigest"));

    const { sent } = bundle.world.mailApp;
    expect(sent).toHaveLength(1);
    const [mail] = sent;
    const port = new SheetsPort(
      bundle.world.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    );
    const attention = yearAttention(port, { now: new Date(), user: USER });
    expect(attention.length).toBeGreaterThan(0);
    expect(mail?.to).toEqual([USER]);
    expect(mail?.subject).toContain(`требует внимания — ${attention.length}`);
    for (const item of attention) expect(mail?.body).toContain(`• ${item.text}`);
    expect(mail?.body).toContain(bundle.world.spreadsheet.getUrl());
    expect(mail?.htmlBody).toContain(`<a href="${bundle.world.spreadsheet.getUrl()}">`);
    expect(bundle.world.calls.count("MailApp.sendEmail")).toBe(1);
    expect(lastLog(bundle)).toBe(`Отправлена на ${USER}; требует внимания: ${attention.length}`);
  });

  it("turned off from the menu: no trigger, and a trigger left behind sends nothing and removes itself", () => {
    const bundle = school();
    turnOn(bundle);
    bundle.world.ui.confirmations.push(true);
    bundle.call("menuDigest");
    expect(settings(bundle).weeklyDigest).toBe("Нет");
    expect(digestTriggers(bundle)).toEqual([]);
    expect(lastLog(bundle)).toBe("Еженедельная сводка выключена");

    turnOn(bundle);
    setSetting(bundle, "Еженедельная сводка на почту", "Нет"); // turned off by hand in «Настройки»
    bundle.world.asTrigger(() => bundle.call("weeklyDigest"));
    expect(bundle.world.mailApp.sent).toEqual([]);
    expect(digestTriggers(bundle)).toEqual([]);
  });

  it("with today's mail quota spent sends nothing and says so in «Журнал»", () => {
    const bundle = school();
    turnOn(bundle);
    bundle.world.mailApp.remaining = 0;
    bundle.world.asTrigger(() => bundle.call("weeklyDigest"));
    expect(bundle.world.mailApp.sent).toEqual([]);
    expect(lastLog(bundle)).toMatch(/^Не отправлена: дневной лимит писем исчерпан/);
  });

  it("refuses an address that is not one, in one Russian line, changing nothing", () => {
    const bundle = school();
    setSetting(bundle, "Адрес для еженедельной сводки", "завуч школы");
    turnOn(bundle);
    expect(bundle.world.ui.alerts.at(-1)).toContain("не похож на e-mail");
    expect(settings(bundle).weeklyDigest).toBe("Нет");
    expect(digestTriggers(bundle)).toEqual([]);
  });
});
