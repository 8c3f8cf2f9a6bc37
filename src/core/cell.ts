/** A value as it sits in a spreadsheet cell, in Google Sheets and in an .xlsx alike. */
export type Cell = string | number | boolean | Date | null;

/** A rectangular block of cells, row-major, as `Range.getValues()` returns it. */
export type Grid = Cell[][];

/** Dates may come from another realm (a vm context, Apps Script), so `instanceof` is not enough. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

export function isBlank(value: Cell | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (isDate(value)) return value.toISOString();
  return String(value).trim();
}

/** Pads every row to `width` with empty strings, the way a sheet range is always rectangular. */
export function rectangular(rows: readonly (readonly Cell[])[], width: number): Grid {
  return rows.map((row) => {
    const out = row.slice(0, Math.max(width, row.length));
    while (out.length < width) out.push("");
    return out;
  });
}
