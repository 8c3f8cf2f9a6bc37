import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";
import { fillBank, loadBundle } from "../support/bundle";

describe("the same workbook in Google and offline", () => {
  it("gives identical «Пары» from identical banks", () => {
    const bundle = loadBundle();
    bundle.call("menuSetup");
    fillBank(bundle.world.spreadsheet, MENTORS, DEMO_MENTORS);
    fillBank(bundle.world.spreadsheet, MENTEES, DEMO_MENTEES);
    bundle.call("menuMatch");
    const google = bundle.world.spreadsheet.sheet(PAIRS.name).getDataRange().getValues();

    const port = new XlsxPort(new ExcelJS.Workbook());
    const context = { now: new Date(), user: "офлайн" };
    setupWorkbook(port, context);
    appendRecords(port, MENTORS, DEMO_MENTORS);
    appendRecords(port, MENTEES, DEMO_MENTEES);
    proposePairs(port, context);
    const offline = port.readAll(PAIRS.name);

    expect(offline.length).toBeGreaterThan(10);
    expect(offline).toEqual(google);
  });
});
