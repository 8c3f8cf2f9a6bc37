import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/cell";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";

type Step = { kind: "write"; row: number; values: Grid } | { kind: "append"; values: Grid };

const cell = fc.constantFrom("", "", "а", "б", 7);
const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("write" as const), row: fc.nat(12), values: rows }),
  fc.record({ kind: fc.constant("append" as const), values: rows }),
);

/** The last row with anything in it, 0-based count: where an append must start. */
function lastFilled(grid: readonly (readonly unknown[])[]): number {
  let last = grid.length;
  while (last > 0 && grid[last - 1]!.every((value) => value === "" || value === undefined)) last--;
  return last;
}

describe("XlsxPort.appendRows", () => {
  it("appends right after the last used row, whatever writes came before, as a fresh scan would", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const port = new XlsxPort(new ExcelJS.Workbook());
        port.createSheet("Журнал");
        const model: unknown[][] = [];
        const put = (at: number, values: Grid) =>
          values.forEach((cells, offset) => {
            while (model.length <= at + offset) model.push(["", ""]);
            model[at + offset] = [...cells];
          });
        for (const current of steps) {
          if (current.kind === "write") {
            port.write("Журнал", current.row, 0, current.values);
            put(current.row, current.values);
          } else {
            port.appendRows("Журнал", current.values);
            put(lastFilled(model), current.values);
          }
        }
        const used = model.slice(0, lastFilled(model));
        const width = Math.max(0, ...used.map((cells) => lastFilled(cells.map((value) => [value]))));
        const expected = used.map((cells) => cells.slice(0, width));
        expect(port.readAll("Журнал")).toEqual(expected);
      }),
    );
  });
});
