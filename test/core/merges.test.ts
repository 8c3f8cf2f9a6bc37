import { describe, expect, it } from "vitest";
import { a1Notation } from "../../src/core/a1";
import { writeRowChanges } from "../../src/core/intake/rowWrites";
import { mergedWriteProblem } from "../../src/core/merges";
import { MemoryWorkbook } from "../support/memoryWorkbook";

describe("merged cells", () => {
  it("names areas in A1 notation", () => {
    expect(a1Notation({ row: 1, column: 9, rows: 3, columns: 1 })).toBe("J2:J4");
    expect(a1Notation({ row: 0, column: 26, rows: 1, columns: 1 })).toBe("AA1");
    expect(a1Notation({ row: 4, column: 0, rows: 2, columns: 3 })).toBe("A5:C6");
  });

  it("finds only the blocks a write touches, and names them all in order", () => {
    const merged = [
      { row: 5, column: 9, rows: 2, columns: 1 },
      { row: 1, column: 9, rows: 3, columns: 1 },
      { row: 1, column: 2, rows: 1, columns: 2 },
    ];
    expect(
      mergedWriteProblem("Наставники", merged, [{ row: 4, column: 0, values: [["a", "b"]] }]),
    ).toBeNull();
    expect(mergedWriteProblem("Наставники", merged, [{ row: 2, column: 9, values: [["x"]] }])).toMatch(
      /^На листе «Наставники» объединены ячейки J2:J4, /,
    );
    expect(
      mergedWriteProblem("Наставники", merged, [
        { row: 1, column: 0, values: Array(6).fill(Array(10).fill("")) },
      ]),
    ).toMatch(/объединены ячейки C2:D2, J2:J4, J6:J7, /);
  });

  it("writeRowChanges writes nothing when any of its blocks touches a merged block", () => {
    const workbook = new MemoryWorkbook();
    workbook.createSheet("Лист", 0);
    workbook.write("Лист", 0, 0, [
      ["a", "b", "c"],
      ["d", "e", "f"],
      ["g", "h", "i"],
    ]);
    workbook.sheets[0]!.merged = [{ row: 2, column: 2, rows: 2, columns: 1 }];
    const before = workbook.readAll("Лист");
    expect(() =>
      writeRowChanges(workbook, "Лист", [
        { row: 0, values: ["A", "b", "c"], changedColumns: [0] },
        { row: 2, values: ["g", "h", "I"], changedColumns: [2] },
      ]),
    ).toThrow("На листе «Лист» объединены ячейки C3:C4");
    expect(workbook.readAll("Лист")).toEqual(before);
    expect(() => writeRowChanges(workbook, "Лист", [], { startRow: 3, rows: [["j", "k", "l"]] })).toThrow(
      "C3:C4",
    );
  });
});
