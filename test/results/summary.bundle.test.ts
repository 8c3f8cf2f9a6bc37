import { describe, expect, it } from "vitest";
import { SUMMARY } from "../../src/core/results/summarySheet";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns, readRecords } from "../../src/core/schema/table";
import { MEETINGS } from "../../src/core/schema/yearSheets";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import type { FakeSpreadsheet } from "../fakes/spreadsheet";
import { fillBank, loadBundle } from "../support/bundle";

function typeRow(
  spreadsheet: FakeSpreadsheet,
  sheetName: string,
  values: Record<string, unknown>,
  schema = MEETINGS,
) {
  const sheet = spreadsheet.sheet(sheetName);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  const map = mapColumns(schema, header);
  const row = header.map(() => "" as unknown);
  for (const [key, value] of Object.entries(values)) row[map.get(key)!] = value;
  sheet.getRange(sheet.getLastRow() + 1, 1, 1, header.length).setValues([row as never]);
}

function summaryValues(spreadsheet: FakeSpreadsheet): Map<string, unknown> {
  const grid = spreadsheet.sheet(SUMMARY.name).getDataRange().getValues();
  return new Map(grid.slice(1).map((row) => [String(row[0]), row[1]]));
}

describe("«Сводка» through the uploaded script", () => {
  it("is created by setup, then rewritten whole by the menu item in one write, under the lock", () => {
    const bundle = loadBundle();
    const { spreadsheet } = bundle.world;
    bundle.call("menuSetup");
    expect(spreadsheet.sheet(SUMMARY.name).getRange(1, 1, 1, 2).getValues()[0]).toEqual([
      "Показатель",
      "Значение",
    ]);
    bundle.call("menuSummary");
    expect(summaryValues(spreadsheet).get("Встреч в среднем на пару")).toBe("нет данных");

    fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
    fillBank(spreadsheet, MENTEES, DEMO_MENTEES);
    bundle.call("menuMatch");
    const pairs = readRecords(
      PAIRS,
      spreadsheet.sheet(PAIRS.name).getDataRange().getValues() as never,
    ).records;
    spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 1 + pairs.length]] };
    bundle.call("menuApprove");
    const approved = readRecords(PAIRS, spreadsheet.sheet(PAIRS.name).getDataRange().getValues() as never)
      .records.filter(({ record }) => record.status === "Утверждена")
      .map(({ record }) => String(record.id));
    typeRow(spreadsheet, MEETINGS.name, { pairId: approved[0], date: new Date(Date.now() - 86_400_000) });
    typeRow(spreadsheet, MONITORING.name, { role: "Наставляемый", overall: 9 }, MONITORING);

    const acquisitions = bundle.world.lock.acquisitions;
    bundle.world.calls.reset();
    bundle.call("menuSummary");
    expect(bundle.world.lock.acquisitions).toBe(acquisitions + 1);
    expect(bundle.world.lock.hasLock()).toBe(false);
    expect(bundle.world.calls.countOn(SUMMARY.name, "Range.setValues")).toBe(1);
    expect(bundle.world.calls.count("Range.setValue")).toBe(0);
    const values = summaryValues(spreadsheet);
    expect(values.get("Педагогов всего (наставники и наставляемые, кроме выбывших)")).toBe(
      DEMO_MENTORS.length + DEMO_MENTEES.length,
    );
    expect(values.get("Активных (утверждены)")).toBe(approved.length);
    expect(values.get("Встреч проведено")).toBe(1);
    expect(values.get("Удовлетворённость наставляемых программой в целом (среднее, 1–10)")).toBe(9);
    expect(spreadsheet.toasts.at(-1)?.message).toBe(
      `Лист «Сводка» обновлён: педагогов ${DEMO_MENTORS.length + DEMO_MENTEES.length}, пар и групп ${approved.length}, встреч 1; графиков 4.`,
    );
  });

  it("says what is missing when «Сводка» was renamed away", () => {
    const bundle = loadBundle();
    const { spreadsheet, ui } = bundle.world;
    bundle.call("menuSetup");
    spreadsheet.sheet(SUMMARY.name).setName("Итоги");
    bundle.call("menuSummary");
    expect(ui.alerts.at(-1)).toMatch(/Нет листа «Сводка»\. Выполните «Наставничество → Настроить таблицу»/);
  });
});
