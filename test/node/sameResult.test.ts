import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import type { SheetSchema } from "../../src/core/schema/columns";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns, type SheetRecord, writeRecord } from "../../src/core/schema/table";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";
import type { FakeSpreadsheet } from "../fakes/spreadsheet";
import { loadBundle } from "../support/bundle";

function fillBank(spreadsheet: FakeSpreadsheet, schema: SheetSchema, records: readonly SheetRecord[]) {
  const sheet = spreadsheet.sheet(schema.name);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const map = mapColumns(schema, header as string[]);
  const rows = records.map((record) => writeRecord(map, record, [], header.length));
  sheet.getRange(2, 1, rows.length, header.length).setValues(rows);
}

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
