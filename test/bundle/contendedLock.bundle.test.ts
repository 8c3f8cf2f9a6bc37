import { describe, expect, it } from "vitest";
import { MENTEES, MENTORS } from "../../src/core/schema/sheets";
import type { FakeForm } from "../fakes/forms";
import { type BankAnswer, bankAnswer, people, random, sheetRecords } from "../intake/support";
import { loadBundle } from "../support/bundle";

type SubmitEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;

const TEN_MINUTES = 10 * 60_000;

/** A set-up workbook with its forms, and 200 teachers' answers submitted while a long job holds the lock. */
function busyWorkbook() {
  const bundle = loadBundle();
  const { world } = bundle;
  bundle.call("menuSetup");
  bundle.call("menuCreateForms");
  const rng = random(13);
  const answers = [...people(rng, "mentor", 100, 3000), ...people(rng, "mentee", 100, 4000)].map((person) =>
    bankAnswer(person, rng),
  );
  const forms: Record<string, FakeForm> = {
    mentor: world.formApp.byTitle("Анкета наставника"),
    mentee: world.formApp.byTitle("Анкета наставляемого"),
  };
  world.lock.holdElsewhere(TEN_MINUTES); // e.g. documents being generated
  const start = Date.UTC(2026, 8, 10, 6, 0, 0);
  const events: SubmitEvent[] = answers.map((answer, index) =>
    forms[answer.person.role]!.submit(answer.answers, {
      email: answer.email,
      timestamp: new Date(start + index * 1_500),
    }),
  );
  for (const event of events) world.asTrigger(() => bundle.call("onFormSubmit", event));
  return { bundle, world, answers };
}

function expectEachLandedOnce(world: ReturnType<typeof busyWorkbook>["world"], answers: BankAnswer[]): void {
  for (const [role, schema] of [
    ["mentor", MENTORS],
    ["mentee", MENTEES],
  ] as const) {
    const records = sheetRecords(world.spreadsheet, schema).map((entry) => entry.record);
    const expected = answers.filter((answer) => answer.person.role === role);
    expect(records.map((record) => record.email).sort()).toEqual(
      expected.map((answer) => answer.person.email).sort(),
    );
    for (const answer of expected)
      expect(records.find((record) => record.email === answer.person.email)).toMatchObject({
        lastName: answer.expected.lastName,
        experience: answer.expected.experience,
      });
  }
}

describe("answers arriving while another execution holds the spreadsheet", () => {
  it("are recorded, and one catch-up lands all 200 exactly once without anyone acting", () => {
    const { bundle, world, answers } = busyWorkbook();
    expect(world.lock.timeouts).toBe(200);
    expect(sheetRecords(world.spreadsheet, MENTORS)).toHaveLength(0);
    expect(world.scriptApp.handlers("catchUpResponses")).toHaveLength(1);

    world.lock.advance(TEN_MINUTES);
    world.asTrigger(() => bundle.call("catchUpResponses"));
    expectEachLandedOnce(world, answers);
    expect(world.scriptApp.handlers("catchUpResponses")).toHaveLength(0);
    expect(world.properties.getKeys().filter((key) => key.includes("pending"))).toEqual([]);
    expect(world.spreadsheet.triggerToasts).toEqual([]);

    // Nothing is left to do: importing again changes nothing.
    world.calls.reset();
    bundle.call("menuImportResponses");
    expect(world.calls.count("Range.setValues")).toBe(0);
  });

  it("tries again later while the job still runs; an answer after the job takes its form's, the catch-up the rest", () => {
    const { bundle, world, answers } = busyWorkbook();
    world.lock.advance(60_000);
    world.asTrigger(() => bundle.call("catchUpResponses"));
    expect(world.scriptApp.handlers("catchUpResponses")).toHaveLength(1);
    expect(sheetRecords(world.spreadsheet, MENTEES)).toHaveLength(0);

    world.lock.advance(TEN_MINUTES);
    const late = bankAnswer(people(random(14), "mentor", 1, 5000)[0]!, random(15));
    const event = world.formApp
      .byTitle("Анкета наставника")
      .submit(late.answers, { email: late.email, timestamp: new Date(Date.UTC(2026, 8, 11)) });
    world.asTrigger(() => bundle.call("onFormSubmit", event));
    // An answer is applied with everything its form's sheet holds: the waiting mentors land with it.
    expect(sheetRecords(world.spreadsheet, MENTORS)).toHaveLength(101);
    expect(sheetRecords(world.spreadsheet, MENTEES)).toHaveLength(0);

    world.asTrigger(() => bundle.call("catchUpResponses"));
    expect(world.scriptApp.handlers("catchUpResponses")).toHaveLength(0);
    expectEachLandedOnce(world, [...answers, late]);
  });
});
