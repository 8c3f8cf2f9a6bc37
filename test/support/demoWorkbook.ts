import { appendRecords } from "../../src/core/appendRecords";
import { MENTEES, MENTORS } from "../../src/core/schema/sheets";
import type { SheetRecord } from "../../src/core/schema/table";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { MemoryWorkbook } from "./memoryWorkbook";

export const context = { now: new Date(2026, 9, 1, 9, 0), user: "zam@school.example" };

/** The demo school in memory: workbook set up, settings filled, both banks loaded. */
export function demoWorkbook(
  mentors: readonly SheetRecord[] = DEMO_MENTORS,
  mentees: readonly SheetRecord[] = DEMO_MENTEES,
  settings: Record<string, string | number> = {},
): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  setupWorkbook(workbook, context);
  updateSettings(workbook, { ...DEMO_SETTINGS, ...settings });
  appendRecords(workbook, MENTORS, mentors);
  appendRecords(workbook, MENTEES, mentees);
  return workbook;
}
