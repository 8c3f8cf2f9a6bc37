import { PAIRS } from "../core/schema/sheets";

/** 0-based rows of «Пары» the coordinator has selected (any columns), below the header. */
export function selectedPairRows(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number[] {
  const sheet = spreadsheet.getActiveSheet();
  if (sheet.getName() !== PAIRS.name)
    throw new Error("Откройте лист «Пары» и выделите строки пар, которые нужно утвердить.");
  const ranges = spreadsheet.getActiveRangeList()?.getRanges() ?? [];
  const rows = new Set<number>();
  for (const range of ranges)
    for (let offset = 0; offset < range.getNumRows(); offset++) {
      const row = range.getRow() + offset - 1;
      if (row >= 1) rows.add(row);
    }
  if (rows.size === 0) throw new Error("Выделите на листе «Пары» строки пар, которые нужно утвердить.");
  return [...rows].sort((a, b) => a - b);
}
