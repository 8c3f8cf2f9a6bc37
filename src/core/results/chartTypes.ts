/**
 * One chart, described once: Google draws it as a native Sheets chart on «Сводка», the offline side renders
 * the same description to SVG (the page) and PNG (the Word report). Values are numbers or null for «нет
 * данных», one per category.
 */
export type ChartKind = "column" | "bar" | "pie" | "line";

export type ChartId = "satisfaction" | "planCompletion" | "meetingsByMonth" | "pairsByForm";

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/** `Id`: the year's charts by default; the regional roll-up's charts have ids of their own. */
export interface ChartSpec<Id extends string = ChartId> {
  readonly id: Id;
  readonly title: string;
  readonly kind: ChartKind;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** The value axis: its caption and fixed bounds (a 1–10 scale, a percentage). */
  readonly axis?: { readonly title?: string; readonly min?: number; readonly max?: number };
}

/** A chart rendered to a picture, ready to be placed into a document. */
export interface ChartImage<Id extends string = ChartId> {
  readonly id: Id;
  readonly title: string;
  readonly png: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
}
