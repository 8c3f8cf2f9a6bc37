import { describe, expect, it } from "vitest";
import { createAppsScript } from "./appsScript";
import type { FakeForm } from "./forms";
import { instantAt } from "./timeZones";

function linkedForm(zone = "Europe/Moscow") {
  const world = createAppsScript({ spreadsheetTimeZone: zone });
  const form = world.formApp.create("Анкета") as unknown as FakeForm;
  form.setCollectEmail(true);
  for (const title of ["Время", "Дата", "Доля", "Да или нет", "Код", "Число"])
    form.addTextItem().setTitle(title);
  form.setDestination(world.formApp.DestinationType.SPREADSHEET as never, world.spreadsheet.getId());
  form.setPublished(true);
  return { world, form };
}

const ANSWERS = { Время: "15:00", Дата: "1.05", Доля: "5%", "Да или нет": "TRUE", Код: "0012", Число: "1,5" };

describe("fake Forms writes answers as Sheets would take them typed", () => {
  it("turns «15:00», «1.05», «5%», «TRUE», «0012», «1,5» into a time, a date, numbers and a boolean", () => {
    const { world, form } = linkedForm();
    form.submit(ANSWERS, { email: "a@school.ru", timestamp: new Date() });
    const [, , time, date, share, yes, code, number] = world.spreadsheet.sheets[0]!.getRange(
      2,
      1,
      1,
      8,
    ).getValues()[0]!;
    expect(Object.prototype.toString.call(time)).toBe("[object Date]");
    expect(Object.prototype.toString.call(date)).toBe("[object Date]");
    expect([share, yes, code, number]).toEqual([0.05, true, 12, 1.5]);
  });

  it("records the time in whole seconds", () => {
    const { world, form } = linkedForm();
    form.submit(ANSWERS, { email: "a@school.ru", timestamp: new Date(Date.UTC(2026, 8, 1, 6, 0, 0, 987)) });
    const [time] = world.spreadsheet.sheets[0]!.getRange(2, 1).getValues()[0]!;
    expect((time as Date).getTime()).toBe(Date.UTC(2026, 8, 1, 6, 0, 0));
  });

  it("gives namedValues and values as the ru_RU sheet shows them, the time on its wall clock", () => {
    const { form } = linkedForm("Asia/Novosibirsk");
    const event = form.submit(ANSWERS, {
      email: "a@school.ru",
      timestamp: instantAt("Asia/Novosibirsk", 2026, 9, 1, 8, 30, 0),
    });
    const year = new Date().getFullYear();
    expect(event.namedValues).toEqual({
      "Отметка времени": ["01.09.2026 8:30:00"],
      "Адрес электронной почты": ["a@school.ru"],
      Время: ["15:00:00"],
      Дата: [`01.05.${year}`],
      Доля: ["5%"],
      "Да или нет": ["ИСТИНА"],
      Код: ["12"],
      Число: ["1,5"],
    });
    expect(event.values).toEqual(Object.values(event.namedValues).map(([text]) => text));
  });

  it("keeps text that would start a formula as text", () => {
    const { world, form } = linkedForm();
    form.submit(
      { ...ANSWERS, Код: "=1+1", Число: "-минус" },
      { email: "a@school.ru", timestamp: new Date() },
    );
    const sheet = world.spreadsheet.sheets[0]!;
    expect(sheet.getRange(2, 7, 1, 2).getValues()[0]).toEqual(["=1+1", "-минус"]);
    expect(sheet.formulas.size).toBe(0);
  });
});
