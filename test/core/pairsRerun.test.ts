import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellText, type Grid } from "../../src/core/cell";
import { readPairRows } from "../../src/core/pairing/pairRows";
import { MATCH_OWNED_KEYS } from "../../src/core/pairing/pairsLayout";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { MENTEES, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns } from "../../src/core/schema/table";
import { DEMO_MENTEES } from "../../src/node/demo/demoPeople";
import { setCell } from "../documents/sheets";
import { context, demoWorkbook } from "../support/demoWorkbook";
import type { MemoryWorkbook } from "../support/memoryWorkbook";

const OWN = "Мой столбец";

/** Adds a column of the coordinator's own after the last one of «Пары». */
function addOwnColumn(workbook: MemoryWorkbook): number {
  const header = workbook.grid(PAIRS.name)[0]!;
  header.push(OWN);
  return header.length - 1;
}

/** Writes the coordinator's text into «Примечание» and the own column of every data row that has a mentee. */
function annotate(workbook: MemoryWorkbook, own: number): Map<string, [string, string]> {
  const grid = workbook.grid(PAIRS.name);
  const map = mapColumns(PAIRS, grid[0] ?? []);
  const byMentee = new Map<string, [string, string]>();
  for (const row of grid.slice(1)) {
    const mentee = cellText(row[map.get("menteeIds")!]);
    if (!mentee) continue;
    const cells: [string, string] = [`заметка о ${mentee}`, `своё ${mentee}`];
    while (row.length <= own) row.push("");
    row[map.get("note")!] = cells[0];
    row[own] = cells[1];
    byMentee.set(mentee, cells);
  }
  return byMentee;
}

/** Every non-empty «Примечание» and own cell, with the mentee its row is about now (or "" for none). */
function coordinatorCells(grid: Grid, own: number): [string, string, string][] {
  const map = mapColumns(PAIRS, grid[0] ?? []);
  return grid
    .slice(1)
    .filter((row) => cellText(row[map.get("note")!]) || cellText(row[own]))
    .map((row): [string, string, string] => [
      cellText(row[map.get("menteeIds")!]),
      cellText(row[map.get("note")!]),
      cellText(row[own]),
    ])
    .sort();
}

describe("a re-run of «Подобрать пары» keeps every cell it does not own", () => {
  it("changes nothing at all when the banks did not change", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const own = addOwnColumn(workbook);
    annotate(workbook, own);
    const before = workbook.readAll(PAIRS.name);
    workbook.writes = 0;
    proposePairs(workbook, context);
    expect(workbook.readAll(PAIRS.name)).toEqual(before);
  });

  it("keeps «Примечание» and own columns with their mentee when proposals change", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const own = addOwnColumn(workbook);
    const written = annotate(workbook, own);
    // П-001 withdraws consent: their proposal becomes a «не подобран» line; П-003 gets another mentor.
    setCell(workbook, MENTEES.name, "П-001", "Согласие на обработку ПДн", "отозвано");
    const pairs = readPairRows(workbook.grid(PAIRS.name)).rows;
    const rejected = pairs.find((row) => row.menteeIds.includes("П-003"))!;
    const map = mapColumns(PAIRS, workbook.grid(PAIRS.name)[0] ?? []);
    workbook.grid(PAIRS.name)[rejected.row]![map.get("status")!] = "Отклонена";

    const plan = proposePairs(workbook, context);
    expect(plan.unmatched.map((u) => u.mentee.id)).toContain("П-001");
    const after = coordinatorCells(workbook.grid(PAIRS.name), own);
    expect(after).toEqual([...written].map(([mentee, [note, mine]]) => [mentee, note, mine]).sort());
  });

  it("keeps a note on a proposal that is gone, naming the pair it was about", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const grid = workbook.grid(PAIRS.name);
    const map = mapColumns(PAIRS, grid[0] ?? []);
    const row = readPairRows(grid).rows.find((r) => r.menteeIds.includes("П-006"))!;
    grid[row.row]![map.get("note")!] = "позвонить в пятницу";
    setCell(workbook, MENTEES.name, "П-006", "Статус", "Выбыл");
    proposePairs(workbook, context);
    const kept = workbook.grid(PAIRS.name).find((cells) => cells[map.get("note")!] === "позвонить в пятницу");
    expect(kept).toBeDefined();
    expect(cellText(kept![map.get("status")!])).toBe("");
    expect(cellText(kept![map.get("mentorId")!])).toBe("");
    expect(cellText(kept![map.get("explanation")!])).toMatch(
      /^Предложение снято при повторном подборе: .+ → /,
    );
    // and a third run leaves that row as it is
    const before = workbook.readAll(PAIRS.name);
    proposePairs(workbook, context);
    expect(workbook.readAll(PAIRS.name)).toEqual(before);
  });

  it("never leaves two lines for one mentee, whatever was proposed before", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    setCell(workbook, MENTEES.name, "П-001", "Согласие на обработку ПДн", "отозвано");
    proposePairs(workbook, context);
    setCell(workbook, MENTEES.name, "П-001", "Согласие на обработку ПДн", "получено");
    proposePairs(workbook, context);
    const mentees = readPairRows(workbook.grid(PAIRS.name)).rows.flatMap((row) => row.menteeIds);
    expect(mentees.length).toBe(new Set(mentees).size);
    expect(mentees).toContain("П-001");
  });
});

describe("a re-run of «Подобрать пары», whatever changed in between", () => {
  it("never changes a cell outside matching's own columns, on any row", () => {
    fc.assert(
      fc.property(
        fc.subarray(
          DEMO_MENTEES.map((record) => String(record.id)),
          { maxLength: 4 },
        ),
        fc.subarray(
          DEMO_MENTEES.map((record) => String(record.id)),
          { maxLength: 3 },
        ),
        fc.array(fc.nat(14), { maxLength: 6 }),
        (withdrawn, leaving, annotated) => {
          const workbook = demoWorkbook();
          proposePairs(workbook, context);
          const own = addOwnColumn(workbook);
          const grid = workbook.grid(PAIRS.name);
          for (const row of annotated.filter((row) => row >= 1 && row < grid.length)) {
            while (grid[row]!.length <= own) grid[row]!.push("");
            grid[row]![own] = `своё ${row}`;
          }
          for (const id of withdrawn) setCell(workbook, MENTEES.name, id, "Согласие на обработку ПДн", "нет");
          for (const id of leaving) setCell(workbook, MENTEES.name, id, "Статус", "Выбыл");
          const before = workbook.readAll(PAIRS.name);
          const map = mapColumns(PAIRS, before[0] ?? []);
          const owned = new Set(MATCH_OWNED_KEYS.map((key) => map.get(key)!));
          proposePairs(workbook, context);
          const after = workbook.readAll(PAIRS.name);
          for (const [r, row] of before.entries())
            for (const [c, cell] of row.entries())
              if (!owned.has(c)) expect(cellText(after[r]?.[c])).toBe(cellText(cell));
          const mentees = readPairRows(after).rows.flatMap((row) => row.menteeIds);
          expect(mentees.length).toBe(new Set(mentees).size);
        },
      ),
      { numRuns: 20 },
    );
  });
});
