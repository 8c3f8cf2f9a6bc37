import { PAIRS } from "../core/schema/sheets";

/** 0-based rows of «Пары» the coordinator has selected (any columns), below the header. */
export function selectedPairRows(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number[] {
  const sheet = spreadsheet.getActiveSheet();
  if (sheet.getName() !== PAIRS.name)
    throw new Error("Откройте лист «Пары» и выделите строки пар, которые нужно утвердить.");
  const ranges = spreadsheet.getActiveRangeList()?.getRanges() ?? [];
  const rows = new Set<number>();
  // Two calls a range, however many rows it spans: a service call costs far more than the loop.
  for (const range of ranges) {
    const first = range.getRow() - 1;
    const height = range.getNumRows();
    for (let row = Math.max(first, 1); row < first + height; row++) rows.add(row);
  }
  if (rows.size === 0) throw new Error("Выделите на листе «Пары» строки пар, которые нужно утвердить.");
  return [...rows].sort((a, b) => a - b);
}
