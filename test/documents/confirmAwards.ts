import { AWARDS } from "../../src/core/awards/awardsSheet";
import { writeAwards } from "../../src/core/awards/writeAwards";
import type { Context } from "../../src/core/ports";
import { mapColumns } from "../../src/core/schema/table";
import type { MemoryWorkbook } from "../support/memoryWorkbook";

/** The ranking on «Награды», and the coordinator's «Да» for the first place of each nomination. */
export function confirmTopAwards(workbook: MemoryWorkbook, context: Context): void {
  writeAwards(workbook, context);
  const grid = workbook.readAll(AWARDS.name);
  const map = mapColumns(AWARDS, grid[0]!);
  grid.forEach((row, index) => {
    if (index > 0 && row[map.get("rank")!] === 1)
      workbook.write(AWARDS.name, index, map.get("decision")!, [["Да"]]);
  });
}
