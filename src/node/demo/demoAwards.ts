import { AWARDS } from "../../core/awards/awardsSheet";
import { NOMINATIONS } from "../../core/awards/ranking";
import { writeAwards } from "../../core/awards/writeAwards";
import type { Context, WorkbookPort } from "../../core/ports";
import { mapColumns } from "../../core/schema/table";

/**
 * The demo's year end on «Награды»: the ranking recomputed, and the coordinator's «Да» for the first
 * place of «Наставник года» and of «Лучшая пара», so that orders 6 and 7 name them and each gets a
 * nomination sheet.
 */
export function confirmDemoAwards(port: WorkbookPort, context: Context): string {
  const { candidates } = writeAwards(port, context);
  const grid = port.readAll(AWARDS.name);
  const map = mapColumns(AWARDS, grid[0] ?? []);
  const [rank, decision] = [map.get("rank")!, map.get("decision")!];
  const confirmed: string[] = [];
  grid.forEach((row, index) => {
    if (index === 0 || row[rank] !== 1) return;
    port.write(AWARDS.name, index, decision, [["Да"]]);
  });
  for (const candidate of candidates)
    if (candidate.rank === 1)
      confirmed.push(
        `\n       «${NOMINATIONS[candidate.nomination]}» — ${candidate.name}: ${candidate.explanation}`,
      );
  return `рейтинг на листе «${AWARDS.name}», куратор подтвердил первые места:${confirmed.join("")}`;
}
