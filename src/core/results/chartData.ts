import type { Cell, Grid } from "../cell";
import type { ChartId, ChartSpec } from "./chartTypes";

/**
 * The charts' data lives in cells on «Сводка», a small table per chart beside the figures (a native
 * Sheets chart draws only from a range). Column D: one empty column between them and the figures.
 */
export const CHART_DATA_COLUMN = 3;

/** Where one chart's table sits on «Сводка», 0-based: a header row, then a row per category. */
export interface ChartTable {
  readonly id: ChartId;
  readonly title: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The tables of all charts, one under another with an empty row between: the grid (its top left corner
 * at row 0 and `CHART_DATA_COLUMN`) and each table's place. A missing value is an empty cell, which a
 * chart skips rather than draws as zero.
 */
export function chartTables(specs: readonly ChartSpec[]): { grid: Grid; tables: ChartTable[] } {
  const grid: Cell[][] = [];
  const tables: ChartTable[] = [];
  for (const spec of specs) {
    if (grid.length > 0) grid.push([]);
    const row = grid.length;
    grid.push([spec.title, ...spec.series.map((series) => series.name)]);
    spec.categories.forEach((category, index) => {
      grid.push([category, ...spec.series.map((series) => series.values[index] ?? "")]);
    });
    tables.push({
      id: spec.id,
      title: spec.title,
      row,
      column: CHART_DATA_COLUMN,
      rows: spec.categories.length + 1,
      columns: spec.series.length + 1,
    });
  }
  return { grid, tables };
}
