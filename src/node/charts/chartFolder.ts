import { dirname, join } from "node:path";
import { SUMMARY } from "../../core/results/summarySheet";

/** «школа.xlsx» → «Сводка — графики» beside it: where `nastavnik report` puts the pictures. */
export function chartFolderOf(book: string): string {
  return join(dirname(book), `${SUMMARY.name} — графики`);
}
