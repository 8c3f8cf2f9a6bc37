import { describe, expect, it } from "vitest";
import { readPairRows } from "../../src/core/pairing/pairRows";
import { readMentors } from "../../src/core/pairing/participants";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import { MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import { context, demoWorkbook } from "../support/demoWorkbook";

function setCapacity(workbook: ReturnType<typeof demoWorkbook>, id: string, value: string) {
  const grid = workbook.grid(MENTORS.name);
  const map = mapColumns(MENTORS, grid[0] ?? []);
  grid.find((row) => row[map.get("id")!] === id)![map.get("capacity")!] = value;
}

describe("a mentor's capacity as written in the bank", () => {
  it("reads «0» and «нет» as 0, words as their number, and only a blank cell as 1", () => {
    const workbook = demoWorkbook();
    setCapacity(workbook, "Н-001", "0");
    setCapacity(workbook, "Н-002", "два");
    setCapacity(workbook, "Н-003", "");
    setCapacity(workbook, "Н-004", "нет");
    const mentors = readMentors(workbook.grid(MENTORS.name), COMPETENCES);
    const capacity = (id: string) => mentors.find((mentor) => mentor.id === id)?.statedCapacity;
    expect([capacity("Н-001"), capacity("Н-002"), capacity("Н-003"), capacity("Н-004")]).toEqual([
      0, 2, 1, 0,
    ]);
  });

  it("never proposes a mentee to a mentor who wrote 0", () => {
    const workbook = demoWorkbook();
    const before = proposePairs(demoWorkbook(), context).proposals.filter((p) => p.mentor.id === "Н-001");
    expect(before.length).toBeGreaterThan(0);
    setCapacity(workbook, "Н-001", "0");
    proposePairs(workbook, context);
    const rows = readPairRows(workbook.grid(PAIRS.name)).rows;
    expect(rows.filter((row) => row.mentorId === "Н-001")).toEqual([]);
    expect(mapColumns(PAIRS, workbook.grid(PAIRS.name)[0] ?? []).size).toBeGreaterThan(0);
  });
});
