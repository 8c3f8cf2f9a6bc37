import { describe, expect, it } from "vitest";
import { createAppsScript } from "../fakes/appsScript";
import type { FakeForm } from "../fakes/forms";
import { instantAt } from "../fakes/timeZones";

type Form = GoogleAppsScript.Forms.Form;

describe("fake FormApp", () => {
  function linkedForm() {
    const world = createAppsScript();
    const form = world.formApp.create("Анкета") as unknown as Form;
    form.setCollectEmail(true);
    form.addTextItem().setTitle("Фамилия").setRequired(true);
    form.addCheckboxItem().setTitle("Сильные стороны").setChoiceValues(["Один, два", "Три"]);
    form.addScaleItem().setTitle("Оценка").setBounds(1, 10).setLabels("плохо", "хорошо");
    form.setDestination(world.formApp.DestinationType.SPREADSHEET as never, world.spreadsheet.getId());
    (form as unknown as FakeForm).setPublished(true); // new forms are unpublished since 2026
    return { world, form, fake: form as unknown as FakeForm };
  }

  it("links like Forms: a new first tab headed by time, e-mail and titles; relinking adds another", () => {
    const { world, form, fake } = linkedForm();
    const sheet = world.spreadsheet.sheets[0]!;
    expect(sheet.getName()).toBe("Ответы на форму (1)");
    expect(sheet.getFormUrl()).toContain(form.getId());
    expect(sheet.getRange(1, 1, 1, 5).getValues()[0]).toEqual([
      "Отметка времени",
      "Адрес электронной почты",
      "Фамилия",
      "Сильные стороны",
      "Оценка",
    ]);
    expect(form.getDestinationId()).toBe(world.spreadsheet.getId());
    form.addParagraphTextItem().setTitle("Пожелания");
    expect(sheet.getRange(1, 6).getValues()[0]).toEqual(["Пожелания"]);
    form.setDestination(world.formApp.DestinationType.SPREADSHEET as never, world.spreadsheet.getId());
    expect(world.spreadsheet.sheets[0]!.getName()).toBe("Ответы на форму (2)");
    expect(sheet.getFormUrl()).toBeNull();
    expect(fake.responses).toBe(world.spreadsheet.sheets[0]);
  });

  it("submits a row as Forms writes it and returns the spreadsheet form-submit event", () => {
    const { world, fake } = linkedForm();
    const time = instantAt(world.spreadsheet.getSpreadsheetTimeZone(), 2025, 9, 10, 9, 5, 7); // its wall clock
    const event = fake.submit(
      { Фамилия: "=1+1", "Сильные стороны": ["Один, два", "Три"], Оценка: "7" },
      { email: "a@school.ru", timestamp: time },
    );
    const sheet = world.spreadsheet.sheets[0]!;
    expect(sheet.getRange(2, 1, 1, 5).getValues()[0]).toEqual([
      time,
      "a@school.ru",
      "=1+1",
      "Один, два, Три",
      7,
    ]);
    expect(sheet.formulas.size).toBe(0);
    expect(event.namedValues).toEqual({
      "Отметка времени": ["10.09.2025 9:05:07"],
      "Адрес электронной почты": ["a@school.ru"],
      Фамилия: ["=1+1"],
      "Сильные стороны": ["Один, два, Три"],
      Оценка: ["7"],
    });
    expect(event.values).toEqual(["10.09.2025 9:05:07", "a@school.ru", "=1+1", "Один, два, Три", "7"]);
    expect(event.range.getSheet().getName()).toBe("Ответы на форму (1)");
    expect(event.range.getRow()).toBe(2);
  });

  it("refuses what Forms refuses: a deleted form, a wrong item kind, scale bounds out of range", () => {
    const { world, form, fake } = linkedForm();
    expect(world.formApp.openById(form.getId())).toBe(form);
    expect(() => form.getItems()[0]!.asListItem()).toThrow(/TextItem, not a ListItem/);
    expect(() => form.addScaleItem().setBounds(1, 11)).toThrow();
    fake.trashed = true;
    expect(() => world.formApp.openById(form.getId())).toThrow(/No item with the given ID/);
    const fresh = world.formApp.create("Новая") as unknown as Form;
    expect(() => fresh.getDestinationId()).toThrow(/no response destination/);
  });
});

describe("fake ScriptApp", () => {
  it("installs, lists and deletes project triggers", () => {
    const { scriptApp, spreadsheet } = createAppsScript();
    const trigger = scriptApp
      .newTrigger("onFormSubmit")
      .forSpreadsheet(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet)
      .onFormSubmit()
      .create();
    expect(trigger.getHandlerFunction()).toBe("onFormSubmit");
    expect(trigger.getEventType()).toBe(scriptApp.EventType.ON_FORM_SUBMIT);
    expect(trigger.getTriggerSourceId()).toBe(spreadsheet.getId());
    expect(scriptApp.getProjectTriggers()).toHaveLength(1);
    scriptApp.deleteTrigger(trigger);
    expect(scriptApp.getProjectTriggers()).toHaveLength(0);
  });
});
