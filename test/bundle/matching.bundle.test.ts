import { describe, expect, it } from "vitest";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns, writeRecord } from "../../src/core/schema/table";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import type { FakeSpreadsheet } from "../fakes/spreadsheet";
import { fillBank, loadBundle } from "../support/bundle";

function pairRows(spreadsheet: FakeSpreadsheet) {
  const sheet = spreadsheet.sheet(PAIRS.name);
  const [header = [], ...rows] = sheet.getDataRange().getValues();
  const map = mapColumns(PAIRS, header as string[]);
  const get = (row: unknown[], key: string) => row[map.get(key)!];
  return rows.map((row) => ({
    mentor: get(row, "mentorId"),
    mentee: get(row, "menteeIds"),
    status: get(row, "status"),
    explanation: String(get(row, "explanation")),
  }));
}

describe("matching through the uploaded script", () => {
  it("proposes pairs from the banks, then approves the rows the coordinator selected", () => {
    const bundle = loadBundle();
    const { spreadsheet, calls } = bundle.world;
    bundle.call("menuSetup");
    fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
    fillBank(spreadsheet, MENTEES, DEMO_MENTEES);

    calls.reset();
    bundle.call("menuMatch");
    expect(calls.countOn(PAIRS.name, "Range.setValues")).toBe(1);
    expect(calls.count("Range.setValue")).toBe(0);
    const proposed = pairRows(spreadsheet);
    expect(proposed.filter((row) => row.status === "Предложена")).toHaveLength(11);
    expect(proposed.find((row) => row.mentee === "П-011")?.explanation).toBe(
      "Не подобран: нет согласия на обработку персональных данных",
    );
    expect(proposed.some((row) => row.mentor === "Н-007")).toBe(false);
    expect(spreadsheet.toasts.at(-1)?.message).toMatch(/^Предложено пар: 11/);

    spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 3]] };
    bundle.call("menuApprove");
    const approved = pairRows(spreadsheet).filter((row) => row.status === "Утверждена");
    expect(approved.map((row) => row.mentee)).toEqual(proposed.slice(0, 2).map((row) => row.mentee));
    expect(spreadsheet.toasts.at(-1)?.message).toMatch(/^Утверждено пар: 2/);

    bundle.call("menuMatch");
    const again = pairRows(spreadsheet);
    expect(again.filter((row) => row.status === "Утверждена")).toEqual(approved);
    expect(again.filter((row) => row.status === "Предложена")).toHaveLength(9);
  });

  it("writes text that looks like a formula back as text, never as a formula", () => {
    const bundle = loadBundle();
    const { spreadsheet } = bundle.world;
    bundle.call("menuSetup");
    fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
    fillBank(spreadsheet, MENTEES, DEMO_MENTEES);
    const pairs = spreadsheet.sheet(PAIRS.name);
    const header = pairs.getRange(1, 1, 1, pairs.getLastColumn()).getValues()[0] as string[];
    const row = writeRecord(
      mapColumns(PAIRS, header),
      {
        id: "ПР-900",
        mentorId: "Н-001",
        menteeIds: "П-001",
        status: "Утверждена",
        note: "'-1 встреча: перенос",
      },
      [],
      header.length,
    );
    pairs.getRange(2, 1, 1, header.length).setValues([row]);
    bundle.call("menuMatch");
    bundle.call("menuMatch");
    expect(pairs.formulas.size).toBe(0);
    expect(pairs.getRange(2, 1, 1, header.length).getValues()[0]).toContain("-1 встреча: перенос");
  });

  it("approving writes only the cells it sets, so a coordinator's formula beside them survives", () => {
    const bundle = loadBundle();
    const { spreadsheet } = bundle.world;
    bundle.call("menuSetup");
    fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
    fillBank(spreadsheet, MENTEES, DEMO_MENTEES);
    bundle.call("menuMatch");
    const pairs = spreadsheet.sheet(PAIRS.name);
    const header = pairs.getRange(1, 1, 1, pairs.getLastColumn()).getValues()[0] as string[];
    const note = mapColumns(PAIRS, header).get("note")! + 1;
    pairs.getRange(2, note, 1, 1).setValues([["=ROW()"]]);
    spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 3]] };
    bundle.call("menuApprove");
    expect(pairs.formulas.get(`2,${note}`)).toBe("=ROW()");
  });

  it("a re-run keeps the coordinator's formulas and own columns on proposed rows, as formulas", () => {
    const bundle = loadBundle();
    const { spreadsheet } = bundle.world;
    bundle.call("menuSetup");
    fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
    fillBank(spreadsheet, MENTEES, DEMO_MENTEES);
    bundle.call("menuMatch");
    const pairs = spreadsheet.sheet(PAIRS.name);
    const width = pairs.getLastColumn();
    const header = pairs.getRange(1, 1, 1, width).getValues()[0] as string[];
    const note = mapColumns(PAIRS, header).get("note")! + 1;
    const own = width + 1;
    pairs.getRange(1, own, 1, 1).setValues([["Мой столбец"]]);
    const rows = pairs.getLastRow() - 1;
    pairs.getRange(2, note, rows, 1).setValues(Array.from({ length: rows }, (_, r) => [`=C${r + 2}`]));
    pairs.getRange(2, own, rows, 1).setValues(Array.from({ length: rows }, (_, r) => [`=LEN(E${r + 2})`]));
    const formulas = [...pairs.formulas].sort();
    expect(formulas).toHaveLength(2 * rows);

    bundle.call("menuMatch");
    expect([...pairs.formulas].sort()).toEqual(formulas);
  });

  it("refuses to approve into merged cells, naming them, and writes nothing; merges are read once per sheet", () => {
    const bundle = loadBundle();
    const { spreadsheet, calls } = bundle.world;
    bundle.call("menuSetup");
    fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
    fillBank(spreadsheet, MENTEES, DEMO_MENTEES);
    bundle.call("menuMatch");
    const pairs = spreadsheet.sheet(PAIRS.name);
    pairs.getRange("K2:K3").merge(); // «Дата начала» of the first two proposals
    const before = pairs.snapshot();
    spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 3]] };
    calls.reset();
    bundle.call("menuApprove");
    expect(bundle.world.ui.alerts.join("\n")).toContain(
      "На листе «Пары» объединены ячейки K2:K3, а в них нужно записать данные отдельных строк",
    );
    expect(pairs.snapshot()).toEqual(before);
    expect(calls.countOn(PAIRS.name, "Range.getMergedRanges")).toBe(1);

    // Matching writes none of the merged cells: it runs as before.
    const alerts = bundle.world.ui.alerts.length;
    bundle.call("menuMatch");
    expect(bundle.world.ui.alerts).toHaveLength(alerts);
    expect(spreadsheet.toasts.at(-1)?.message).toMatch(/^Предложено пар: 11/);
  });

  it("asks for the «Пары» sheet when approval is called elsewhere", () => {
    const bundle = loadBundle();
    bundle.call("menuSetup");
    bundle.world.spreadsheet.selection = { sheet: MENTORS.name, rows: [[2, 2]] };
    bundle.call("menuApprove");
    expect(bundle.world.ui.alerts.at(-1)).toMatch(/Откройте лист «Пары»/);
  });
});
