import { describe, expect, it } from "vitest";
import { isOurHighlight, OVERDUE_FILL } from "../../src/core/highlights/highlightRules";
import { PAIRS, ROADMAP } from "../../src/core/schema/sheets";
import { PLANS } from "../../src/core/schema/yearSheets";
import type { FakeConditionalFormatRule } from "../fakes/conditionalFormat";
import { loadBundle } from "../support/bundle";

function ours(rules: readonly FakeConditionalFormatRule[]) {
  return rules.filter((rule) => isOurHighlight(rule.condition.formula));
}

describe("overdue highlights through the uploaded script", () => {
  it("«Настроить таблицу» sets each rule once, however often it runs, and keeps the coordinator's own", () => {
    const bundle = loadBundle();
    const { spreadsheet } = bundle.world;
    bundle.call("menuSetup");
    const roadmap = spreadsheet.sheet(ROADMAP.name);
    const [rule] = ours(roadmap.conditionalRules);
    expect(rule?.condition.formula).toMatch(/^=AND\(N\("Наставничество: /);
    expect(rule?.condition.formula).toContain("$J2<TODAY()");
    expect(rule?.condition.background).toBe(OVERDUE_FILL);
    expect(rule?.places()).toEqual([
      {
        sheetName: ROADMAP.name,
        area: { row: 2, column: 1, rows: roadmap.getMaxRows() - 1, columns: ROADMAP.columns.length },
      },
    ]);

    // The coordinator's own rule, made in Sheets' sidebar.
    const own = spreadsheetAppOf(bundle)
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$G2="В работе"')
      .setBackground("#fff2cc")
      .setRanges([roadmap.getRange(2, 1, 20, 3)])
      .build();
    roadmap.setConditionalFormatRules([...roadmap.getConditionalFormatRules(), own]);

    bundle.call("menuSetup");
    bundle.call("menuSetup");
    expect(roadmap.conditionalRules).toHaveLength(2);
    expect(roadmap.conditionalRules[0]?.condition.formula).toBe('=$G2="В работе"');
    expect(ours(roadmap.conditionalRules)).toHaveLength(1);
    expect(ours(spreadsheet.sheet(PLANS.name).conditionalRules)).toHaveLength(1);
    expect(ours(spreadsheet.sheet(PAIRS.name).conditionalRules)).toHaveLength(2);
    expect(spreadsheet.sheet("Наставники").conditionalRules).toEqual([]);
  });

  it("costs one read and one write of the rules per highlighted sheet", () => {
    const bundle = loadBundle();
    bundle.call("menuSetup");
    const calls = bundle.world.calls;
    calls.reset();
    bundle.call("menuSetup");
    expect(calls.count("Sheet.getConditionalFormatRules")).toBe(3);
    expect(calls.count("Sheet.setConditionalFormatRules")).toBe(3);
  });
});

function spreadsheetAppOf(
  bundle: ReturnType<typeof loadBundle>,
): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return bundle.world.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
