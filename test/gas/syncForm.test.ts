import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monitoringQuestionnaire } from "../../src/core/questionnaires/forms";
import { syncForm } from "../../src/gas/forms/buildForm";
import { createAppsScript } from "../fakes/appsScript";
import type { FakeForm } from "../fakes/forms";
import { OLD_MONITORING_TITLES } from "../monitoring/oldForm";

const world = createAppsScript();
const FORM = monitoringQuestionnaire({ organisation: "", competences: [] });
const ASKED = FORM.questions.filter((question) => !question.retired).map((question) => question.title);
const globals = globalThis as unknown as Record<string, unknown>;

beforeAll(() => {
  globals.FormApp = world.formApp;
});
afterAll(() => {
  delete globals.FormApp;
});

/** A form holding the first monitoring questions (all required) and a question the coordinator added. */
function oldForm(): FakeForm {
  const form = world.formApp.create(FORM.title) as unknown as FakeForm;
  for (const title of OLD_MONITORING_TITLES.slice(0, 3))
    form.addScaleItem().setTitle(title).setRequired(true);
  form.addTextItem().setTitle("Ваш класс");
  for (const title of OLD_MONITORING_TITLES.slice(3)) form.addScaleItem().setTitle(title).setRequired(true);
  return form;
}

describe("syncForm on the first monitoring form", () => {
  it("adds the new questions, puts the asked ones in order on top, keeps the rest after them, retired optional", () => {
    const form = oldForm();
    const ids = new Map(form.items.map((item) => [item.title, item.id]));
    const result = syncForm(form as never, FORM);
    expect(result.added).toBe(ASKED.length - (OLD_MONITORING_TITLES.length - 2));
    expect(form.items.map((item) => item.title)).toEqual([
      ...ASKED,
      OLD_MONITORING_TITLES[2],
      "Ваш класс",
      OLD_MONITORING_TITLES[4],
    ]);
    // The same items moved, not new ones: their answers stay.
    for (const item of form.items) if (ids.has(item.title)) expect(item.id).toBe(ids.get(item.title));
    const required = (title: string) => form.items.find((item) => item.title === title)?.required;
    expect([required(OLD_MONITORING_TITLES[2]), required(OLD_MONITORING_TITLES[4])]).toEqual([false, false]);
    expect(required("Ваш класс")).toBe(false);
  });

  it("changes nothing the second time", () => {
    const form = oldForm();
    syncForm(form as never, FORM);
    const before = JSON.stringify(form.items.map((item) => [item.id, item.title, item.required]));
    expect(syncForm(form as never, FORM)).toEqual({ added: 0, refreshed: 0 });
    expect(JSON.stringify(form.items.map((item) => [item.id, item.title, item.required]))).toBe(before);
  });
});
