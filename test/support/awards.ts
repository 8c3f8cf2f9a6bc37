import { AWARDS } from "../../src/core/awards/awardsSheet";
import { writeAwards } from "../../src/core/awards/writeAwards";
import type { Context, WorkbookPort } from "../../src/core/ports";
import { mapColumns } from "../../src/core/schema/table";

/** The coordinator's «Да» for the first place of each nomination on «Награды», in one write per row. */
export function confirmFirstPlaces(port: WorkbookPort): void {
  const grid = port.readAll(AWARDS.name);
  const map = mapColumns(AWARDS, grid[0] ?? []);
  grid.forEach((row, index) => {
    if (index > 0 && row[map.get("rank")!] === 1)
      port.write(AWARDS.name, index, map.get("decision")!, [["Да"]]);
  });
}

/** The ranking on «Награды», and the first place of each nomination confirmed. */
export function confirmTopAwards(port: WorkbookPort, context: Context): void {
  writeAwards(port, context);
  confirmFirstPlaces(port);
}
