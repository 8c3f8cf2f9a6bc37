/**
 * Service-call budgets of the entry points, counted through the uploaded script (serviceCalls.ts): what
 * keeps a school's work inside Apps Script's 6 minutes an execution. `npm run bench` turns the same
 * counts into estimated seconds (callCost.ts).
 */
import { describe, expect, it } from "vitest";
import { LOG, MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns, writeRecord } from "../../src/core/schema/table";
import { bankAnswer, knownPerson, pasteRecords, people, random } from "../intake/support";
import { loadBundle } from "../support/bundle";

const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, "0")}`;

/** A set-up workbook whose banks hold `size` mentors and `size` mentees with their consents received. */
function banks(size: number) {
  const bundle = loadBundle();
  const { spreadsheet } = bundle.world;
  bundle.call("menuSetup");
  for (const schema of [MENTORS, MENTEES, PAIRS]) {
    const sheet = spreadsheet.sheet(schema.name);
    sheet.insertRowsAfter(sheet.getMaxRows(), size + 10);
  }
  const rng = random(size);
  const mentors = people(rng, "mentor", size);
  const mentees = people(rng, "mentee", size, 100_000);
  pasteRecords(
    spreadsheet,
    MENTORS,
    mentors.map((person, i) => knownPerson(person, id("Н", i + 1))),
  );
  pasteRecords(
    spreadsheet,
    MENTEES,
    mentees.map((person, i) => knownPerson(person, id("П", i + 1))),
  );
  return { bundle, spreadsheet, mentors, mentees };
}

describe("service-call budgets", () => {
  it("approves 2 000 selected pairs in at most 100 calls", () => {
    const { bundle, spreadsheet } = banks(2_000);
    const sheet = spreadsheet.sheet(PAIRS.name);
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const map = mapColumns(PAIRS, header);
    const rows = Array.from({ length: 2_000 }, (_, index) =>
      writeRecord(
        map,
        {
          id: id("ПР", index + 1),
          mentorId: id("Н", index + 1),
          menteeIds: id("П", index + 1),
          status: "Предложена",
        },
        [],
        header.length,
      ),
    );
    sheet.getRange(2, 1, rows.length, header.length).setValues(rows);
    spreadsheet.selection = {
      sheet: PAIRS.name,
      rows: [
        [2, 1_001],
        [1_002, 2_001],
      ],
    };

    bundle.serviceCalls.reset();
    bundle.call("menuApprove");
    expect(spreadsheet.toasts.at(-1)?.message ?? bundle.world.ui.alerts.at(-1)).toMatch(
      /^Утверждено пар: 2000/,
    );
    expect(bundle.serviceCalls.total(), JSON.stringify(bundle.serviceCalls.snapshot())).toBeLessThanOrEqual(
      100,
    );
  });

  // Two calls per sheet written read its merged cells, so that no write lands in another person's cell.
  it.each([20, 2_000])("takes a form answer in at most 34 calls with %i people in each bank", (size) => {
    const { bundle, mentors } = banks(size);
    const { formApp } = bundle.world;
    bundle.call("menuCreateForms");
    const form = formApp.byTitle("Анкета наставника");
    const answer = bankAnswer(mentors[0]!, random(5));
    const event = form.submit(answer.answers, { email: answer.email, timestamp: new Date(2026, 8, 1, 10) });

    bundle.serviceCalls.reset();
    bundle.call("onFormSubmit", event);
    const log = bundle.world.spreadsheet.sheet(LOG.name).getDataRange().getValues();
    const line = log.at(-1)?.map(String).join(" | ") ?? "";
    expect(line).toMatch(/Анкета наставника: перенос ответов \(форма\) \| Ответов: 1; .*обновлено: 1/);
    expect(bundle.serviceCalls.total(), JSON.stringify(bundle.serviceCalls.snapshot())).toBeLessThanOrEqual(
      34,
    );
  });
});
