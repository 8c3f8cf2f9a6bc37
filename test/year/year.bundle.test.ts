import { describe, expect, it } from "vitest";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns, readRecords } from "../../src/core/schema/table";
import { MEETINGS, PLANS } from "../../src/core/schema/yearSheets";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import type { FakeSpreadsheet } from "../fakes/spreadsheet";
import { fillBank, loadBundle } from "../support/bundle";

function pairs(spreadsheet: FakeSpreadsheet) {
  return readRecords(PAIRS, spreadsheet.sheet(PAIRS.name).getDataRange().getValues() as never).records.map(
    ({ record }) => record,
  );
}

/** The demo banks, matched and every proposal approved from the menu. */
function approvedSchool() {
  const bundle = loadBundle();
  const { spreadsheet } = bundle.world;
  bundle.call("menuSetup");
  fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
  fillBank(spreadsheet, MENTEES, DEMO_MENTEES);
  bundle.call("menuMatch");
  const proposed = pairs(spreadsheet).filter((record) => record.status === "Предложена").length;
  spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 1 + proposed]] };
  bundle.call("menuApprove");
  return bundle;
}

describe("the programme year through the uploaded script", () => {
  it("«Ход программы» fills «Планы» and counts the meetings typed into «Встречи», in few writes", () => {
    const bundle = approvedSchool();
    const { spreadsheet } = bundle.world;
    const [first] = pairs(spreadsheet).filter((record) => record.status === "Утверждена");
    const meetings = spreadsheet.sheet(MEETINGS.name);
    const header = meetings.getRange(1, 1, 1, meetings.getLastColumn()).getValues()[0] as string[];
    const map = mapColumns(MEETINGS, header);
    const row = header.map(() => "" as unknown);
    row[map.get("pairId")!] = first!.id;
    row[map.get("date")!] = new Date(Date.now() - 86_400_000);
    row[map.get("kind")!] = "Организационная";
    meetings.getRange(2, 1, 1, header.length).setValues([row as never]);

    bundle.world.calls.reset();
    bundle.call("menuYearStatus");
    expect(spreadsheet.toasts.at(-1)?.message).toMatch(
      /^Пар в работе: 11; встреч проведено: 1; добавлено пунктов плана: \d+/,
    );
    expect(bundle.world.calls.count("Range.setValue")).toBe(0);
    // Only changed cells are written, in rectangles: never more than one write per computed column.
    expect(bundle.world.calls.countOn(PAIRS.name, "Range.setValues")).toBeLessThanOrEqual(5);
    const plans = readRecords(
      PLANS,
      spreadsheet.sheet(PLANS.name).getDataRange().getValues() as never,
    ).records;
    expect(new Set(plans.map(({ record }) => record.pairId)).size).toBe(11);
    const counted = pairs(spreadsheet).find((record) => record.id === first!.id)!;
    expect(counted.meetingCount).toBe(1);
    expect(counted.daysWithoutMeeting).toBe(1);

    const rowsBefore = spreadsheet.sheet(PLANS.name).getLastRow();
    bundle.call("menuYearStatus");
    expect(spreadsheet.sheet(PLANS.name).getLastRow()).toBe(rowsBefore);
  });

  it("«Досрочно прекратить пару» checks the notice term and ends the pair; a bad answer changes nothing", () => {
    const bundle = approvedSchool();
    const { spreadsheet, ui } = bundle.world;
    const [first] = pairs(spreadsheet).filter((record) => record.status === "Утверждена");

    ui.answers.push(`${first!.id}; кто-то`);
    bundle.call("menuEndPair");
    expect(ui.alerts.at(-1)).toMatch(/«наставник» или «работодатель»/);
    expect(pairs(spreadsheet).find((record) => record.id === first!.id)!.status).toBe("Утверждена");

    ui.answers.push(`${String(first!.id).toLowerCase()}; работодатель; ; ; сокращение объёма работы`);
    bundle.call("menuEndPair");
    const ended = pairs(spreadsheet).find((record) => record.id === first!.id)!;
    expect(ended.status).toBe("Прекращена досрочно");
    expect(ended.endReason).toBe("решение работодателя — сокращение объёма работы");
    expect(spreadsheet.toasts.at(-1)?.message).toMatch(/прекращена досрочно/);
    expect(spreadsheet.toasts.at(-1)?.message).toContain("«Сформировать документы», вид 9");
  });
});
