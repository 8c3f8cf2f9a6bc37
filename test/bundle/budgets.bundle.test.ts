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
import { estimate } from "../support/callCost";
import { editTemplate } from "../support/documentsWorld";
import { schoolWorld } from "../support/school";

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

  // Two calls per sheet written read its merged cells, so that no write lands in another person's cell;
  // one reads the spreadsheet's time zone (dates are read on its wall clock).
  it.each([20, 2_000])("takes a form answer in at most 35 calls with %i people in each bank", (size) => {
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
      35,
    );
  });
});

/** What a run of «Сформировать документы» (answer `kinds`) costs, in calls; and the documents it made. */
function documentsRun(school: ReturnType<typeof schoolWorld>, kinds: string) {
  school.bundle.serviceCalls.reset();
  school.world.ui.answers.push(kinds);
  school.bundle.call("menuGenerateDocuments");
  const message = school.spreadsheet.toasts.at(-1)?.message ?? "";
  const made = Number(/^Сформировано документов: (\d+)/.exec(message)?.[1] ?? 0);
  return {
    made,
    calls: school.bundle.serviceCalls.total(),
    message,
    estimate: estimate(school.bundle.serviceCalls, made),
  };
}

/** The school with its templates in Drive and no document yet: the run had no time left for them. */
function templatesOnly(school: ReturnType<typeof schoolWorld>, kinds: string): void {
  let now = Date.parse("2026-11-21T09:00:00Z");
  school.bundle.script.hostNow = () => now;
  school.bundle.evaluate("Date.now = () => hostNow();");
  const prompt = school.world.ui.prompt;
  school.world.ui.prompt = (...args: unknown[]) => {
    now += 300_000;
    school.world.ui.prompt = prompt;
    return prompt.apply(school.world.ui, args);
  };
  school.world.ui.answers.push(kinds);
  school.bundle.call("menuGenerateDocuments");
  school.bundle.evaluate("Date.now = () => hostNow() + 600000;");
}

describe("document budgets", () => {
  it("makes a document of any kind in at most 40 calls: upload, records and link included", () => {
    const school = schoolWorld(0);
    const all = documentsRun(school, "все одним днём");
    expect(all.made).toBe(40);
    expect(all.calls / all.made, all.message).toBeLessThanOrEqual(40);
    const again = schoolWorld(0);
    for (const kind of ["1", "8", "2", "3", "4", "5", "6 одним днём", "7 одним днём"]) {
      const run = documentsRun(again, kind);
      expect(run.made, run.message).toBeGreaterThan(0);
      // A run's fixed part — the prompt, counting against the quota, reading the sheets, the template and
      // the folders — is shared by its documents.
      expect(run.calls, `kind ${kind}: ${run.message}`).toBeLessThanOrEqual(40 * run.made + 120);
    }
  });

  it("costs the same calls however long the template and however many its tags", () => {
    const costs = [1, 4].map((copies) => {
      const school = schoolWorld(0);
      templatesOnly(school, "3");
      const folder = school.documents.folderNamed("Шаблоны")!;
      const template = folder.liveFiles().find((file) => file.getName().includes("Персонализированная"))!;
      editTemplate(template, (xml) => {
        const body = /<w:body>([\s\S]*?)<w:sectPr/.exec(xml)?.[1] ?? "";
        return xml.replace(body, body.repeat(copies));
      });
      school.bundle.serviceCalls.reset();
      school.bundle.call("continueDocuments");
      expect(school.documents.documentsIn("Программы наставничества").size).toBe(9);
      return school.bundle.serviceCalls.total();
    });
    expect(costs[1]).toBe(costs[0]);
  });

  it("makes every document of a 50-pair school within one 6-minute execution of estimated time", () => {
    const school = schoolWorld(50);
    const run = documentsRun(school, "все одним днём");
    expect(run.made).toBeGreaterThanOrEqual(149);
    expect(run.message).not.toMatch(/осталось/);
    expect(run.estimate.typical, JSON.stringify(run.estimate.byRow)).toBeLessThanOrEqual(360);
    expect(run.calls / run.made).toBeLessThanOrEqual(40);
  });
});
