/** A1 notation, as spreadsheets name cells in messages: «J3», «J3:J5». */

/** A rectangle of cells; 0-based, like the rest of `WorkbookPort`. */
export interface CellArea {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 notation of an area: «J3:J5», or «J3» for one cell. */
export function a1Notation(area: CellArea): string {
  const first = `${columnLetter(area.column)}${area.row + 1}`;
  if (area.rows === 1 && area.columns === 1) return first;
  return `${first}:${columnLetter(area.column + area.columns - 1)}${area.row + area.rows}`;
}
