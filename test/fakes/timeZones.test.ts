import { describe, expect, it } from "vitest";
import { inZone } from "../support/zone";
import { createAppsScript } from "./appsScript";
import { formatInZone, instantAt } from "./timeZones";

describe("fake Sheets time zones", () => {
  it("has its own zone, apart from the script's (getSpreadsheetTimeZone vs Session.getScriptTimeZone)", () => {
    inZone("Europe/Moscow", () => {
      const world = createAppsScript({ spreadsheetTimeZone: "Asia/Novosibirsk" });
      const session = world.globals.Session as { getScriptTimeZone(): string };
      expect(world.spreadsheet.getSpreadsheetTimeZone()).toBe("Asia/Novosibirsk");
      // The script's zone is the one its Dates follow: the process's here.
      expect(session.getScriptTimeZone()).toBe("Europe/Moscow");
      expect(createAppsScript().spreadsheet.getSpreadsheetTimeZone()).toBe("Europe/Moscow");
      expect(world.spreadsheet.getSpreadsheetLocale()).toBe("ru_RU");
    });
  });

  it("stores a typed date as midnight on the spreadsheet's wall clock, returned as that instant", () => {
    const world = createAppsScript({ spreadsheetTimeZone: "Asia/Novosibirsk" });
    const sheet = world.spreadsheet.insertSheet("Лист");
    sheet.getRange(1, 1, 1, 2).setValues([["01.09.2026", "14:30"]]);
    const [date, time] = sheet.getRange(1, 1, 1, 2).getValues()[0] as Date[];
    // Midnight in Novosibirsk (UTC+7) is 17:00 UTC the day before: 20:00 on a Moscow clock.
    expect(date!.toISOString()).toBe("2026-08-31T17:00:00.000Z");
    expect(formatInZone(date!, "Europe/Moscow", "dd.MM.yyyy HH:mm")).toBe("31.08.2026 20:00");
    expect(formatInZone(time!, "Asia/Novosibirsk", "yyyy-MM-dd HH:mm")).toBe("1899-12-30 14:30");
    expect(sheet.getRange(1, 1, 1, 2).getDisplayValues()).toEqual([["01.09.2026", "14:30:00"]]);
  });

  it("shows a Date a script writes on its own wall clock", () => {
    const world = createAppsScript({ spreadsheetTimeZone: "Asia/Vladivostok" });
    const sheet = world.spreadsheet.insertSheet("Лист");
    sheet.getRange(1, 1).setValues([[new Date(Date.UTC(2026, 10, 20, 21, 0, 0))]]);
    expect(sheet.getRange(1, 1).getDisplayValues()).toEqual([["21.11.2026 7:00:00"]]);
  });

  it("formats like Utilities.formatDate: SimpleDateFormat letters, quoted text, RFC 822 offset", () => {
    const instant = instantAt("Europe/Kaliningrad", 2026, 3, 1, 9, 5, 7);
    expect(formatInZone(instant, "Europe/Kaliningrad", "yyyy-MM-dd'T'HH:mm:ss Z")).toBe(
      "2026-03-01T09:05:07 +0200",
    );
    expect(formatInZone(instant, "Asia/Vladivostok", "d.M.yy H:mm")).toBe("1.3.26 17:05");
  });
});
