import { describe, expect, it } from "vitest";
import { createAppsScript } from "../fakes/appsScript";
import { costOf, estimate } from "../support/callCost";
import { withDocuments } from "../support/documentsWorld";
import { ServiceCalls } from "../support/serviceCalls";

describe("the call-counting proxy", () => {
  it("counts every call on a service and on what it hands back, keeping identity and values", () => {
    const world = createAppsScript();
    withDocuments(world);
    const calls = new ServiceCalls();
    const globals = calls.wrapGlobals(world.globals) as unknown as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      Drive: { Files: { list(args: object): unknown } };
    };
    const spreadsheet = globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = spreadsheet.insertSheet("Лист", 0);
    expect(spreadsheet.getSheetByName("Лист")).toBe(sheet);
    const when = new Date(2026, 0, 1);
    sheet.getRange(1, 1, 1, 2).setValues([["а", when]]);
    const [row] = sheet.getRange(1, 1, 1, 2).getValues();
    const value = row?.[1];
    expect(value).toBeInstanceOf(Date);
    expect(value instanceof Date ? value.getTime() : 0).toBe(when.getTime());
    globals.Drive.Files.list({ q: "'root' in parents and trashed = false" });
    expect(calls.snapshot()).toEqual({
      "Drive.Files.list": 1,
      "Range.getValues": 1,
      "Range.setValues": 1,
      "Sheet.getRange": 2,
      "Spreadsheet.getSheetByName": 1,
      "Spreadsheet.insertSheet": 1,
      "SpreadsheetApp.getActiveSpreadsheet": 1,
    });
    expect(estimate(calls.counts).calls).toBe(8);
    expect(costOf("Drive.Files.create").typical).toBeGreaterThan(costOf("Range.getValues").typical);
  });
});
