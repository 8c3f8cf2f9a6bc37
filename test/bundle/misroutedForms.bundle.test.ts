import { describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/cell";
import { idSpec } from "../../src/core/intake/formSettings";
import { MENTEES, MENTORS, SETTINGS_SHEET } from "../../src/core/schema/sheets";
import { bankAnswer, people, random, sheetRecords } from "../intake/support";
import { loadBundle } from "../support/bundle";

describe("«Перенести ответы» with the forms' IDs swapped in «Настройки»", () => {
  it("refuses to put the mentee form's answers into «Наставники», naming the form they are", () => {
    const bundle = loadBundle();
    bundle.call("menuSetup");
    bundle.call("menuCreateForms");
    const { formApp, spreadsheet } = bundle.world;
    const rng = random(3);
    const [mentee] = people(rng, "mentee", 1, 100);
    const answer = bankAnswer(mentee!, rng);
    bundle.call(
      "onFormSubmit",
      formApp.byTitle("Анкета наставляемого").submit(answer.answers, {
        email: answer.email,
        timestamp: new Date(2026, 8, 1, 10, 0, 0),
      }),
    );
    expect(sheetRecords(spreadsheet, MENTEES)).toHaveLength(1);

    // The coordinator pasted the IDs into each other's rows.
    const settings = spreadsheet.sheet(SETTINGS_SHEET.name);
    const grid = settings.getDataRange().getValues() as Grid;
    const rowOf = (label: string) => grid.findIndex((row) => row[0] === label);
    const mentorRow = rowOf(idSpec("mentor").label);
    const menteeRow = rowOf(idSpec("mentee").label);
    const [mentorId, menteeId] = [grid[mentorRow]![1], grid[menteeRow]![1]];
    settings.getRange(mentorRow + 1, 2).setValue(menteeId);
    settings.getRange(menteeRow + 1, 2).setValue(mentorId);

    const before = sheetRecords(spreadsheet, MENTORS).length;
    bundle.call("menuImportResponses");
    expect(sheetRecords(spreadsheet, MENTORS)).toHaveLength(before);
    expect(sheetRecords(spreadsheet, MENTEES)).toHaveLength(1);
    const shown = spreadsheet.toasts.at(-1)?.message ?? "";
    expect(shown).toMatch(
      /Анкета наставника: Это не похоже на ответы формы «Анкета наставника».*Похоже, это ответы формы «Анкета наставляемого»/,
    );
  });
});
