/**
 * Embedded charts of a sheet, as strict as Apps Script's: a builder builds a detached chart, the sheet
 * inserts it (a new chart every time), updates the one with the same ID, or removes it.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 */
import type { Implements } from "./calls";
import { FakeBlob } from "./drive";

type Range = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type ChartType = GoogleAppsScript.Charts.ChartType;

/** `Charts.ChartType`: the types this project draws, plus a few neighbours. */
export const ChartType = {
  AREA: "AREA",
  BAR: "BAR",
  COLUMN: "COLUMN",
  LINE: "LINE",
  PIE: "PIE",
  SCATTER: "SCATTER",
  TABLE: "TABLE",
} as const;

export interface ChartState {
  readonly type: ChartType | undefined;
  readonly ranges: readonly Range[];
  readonly options: ReadonlyMap<string, unknown>;
  readonly numHeaders: number;
  readonly position: { row: number; column: number; offsetX: number; offsetY: number };
}

const EMPTY: ChartState = {
  type: undefined,
  ranges: [],
  options: new Map(),
  numHeaders: -1,
  position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
};

/** The values of a chart's ranges, as its picture would show them when it is drawn. */
function rangeValues(ranges: readonly Range[]): unknown[][][] {
  return ranges.map((range) => range.getValues());
}

export class FakeEmbeddedChart
  implements
    Implements<
      EmbeddedChart,
      "getChartId" | "getOptions" | "getRanges" | "modify" | "getAs" | "getNumHeaders"
    >
{
  constructor(
    readonly state: ChartState,
    /** Null until the sheet inserts it (`getChartId` «or null if the chart is not in a spreadsheet»). */
    readonly chartId: number | null,
  ) {}

  getChartId(): number | null {
    return this.chartId;
  }

  /** https://developers.google.com/apps-script/reference/charts/chart-options#get(String) — null when unset. */
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.state.options;
    return {
      get: (option: string) => (options.has(option) ? options.get(option) : null),
      getOrDefault: (option: string) => (options.has(option) ? options.get(option) : null),
    } as GoogleAppsScript.Charts.ChartOptions;
  }

  getRanges(): Range[] {
    return [...this.state.ranges];
  }

  getNumHeaders(): number {
    return this.state.numHeaders;
  }

  /** A builder holding this chart's settings and ID; the chart changes only through `Sheet.updateChart`. */
  modify(): EmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.state, this.chartId) as unknown as EmbeddedChartBuilder;
  }

  /**
   * The chart drawn as a picture. The fake's «PNG» is the PNG signature followed by what the chart shows
   * (type, title, data), so a test sees that a changed table changes the picture.
   */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== "image/png")
      throw new Error(`Exception: Converting from chart to ${contentType} is not supported.`);
    const drawn = JSON.stringify({
      type: this.state.type,
      title: this.state.options.get("title"),
      data: rangeValues(this.state.ranges),
    });
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const bytes = new Uint8Array([...signature, ...new TextEncoder().encode(drawn)]);
    return new FakeBlob("chart.png", "image/png", drawn, bytes) as unknown as GoogleAppsScript.Base.Blob;
  }
}

export class FakeEmbeddedChartBuilder
  implements
    Implements<
      EmbeddedChartBuilder,
      | "addRange"
      | "clearRanges"
      | "removeRange"
      | "setChartType"
      | "getChartType"
      | "getRanges"
      | "setOption"
      | "setPosition"
      | "setNumHeaders"
      | "build"
    >
{
  private state: ChartState;

  constructor(
    from: ChartState = EMPTY,
    private readonly chartId: number | null = null,
  ) {
    this.state = { ...from, ranges: [...from.ranges], options: new Map(from.options) };
  }

  private get self(): EmbeddedChartBuilder {
    return this as unknown as EmbeddedChartBuilder;
  }

  private change(patch: Partial<ChartState>): EmbeddedChartBuilder {
    this.state = { ...this.state, ...patch };
    return this.self;
  }

  addRange(range: Range): EmbeddedChartBuilder {
    return this.change({ ranges: [...this.state.ranges, range] });
  }
  clearRanges(): EmbeddedChartBuilder {
    return this.change({ ranges: [] });
  }
  removeRange(range: Range): EmbeddedChartBuilder {
    return this.change({ ranges: this.state.ranges.filter((one) => one !== range) });
  }
  setChartType(type: ChartType): EmbeddedChartBuilder {
    if (!Object.values(ChartType).includes(type as never))
      throw new Error(`Exception: Invalid argument: type (${String(type)})`);
    return this.change({ type });
  }
  getChartType(): ChartType {
    return this.state.type as ChartType;
  }
  getRanges(): Range[] {
    return [...this.state.ranges];
  }
  /** Options are stored under the dotted name they were set with ('vAxis.title'), as `get` reads them. */
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    const options = new Map(this.state.options);
    options.set(option, value);
    return this.change({ options });
  }
  /** Anchor row and column are 1-based («anchorRowPos — the chart's top side is anchored in this row»). */
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    if (![anchorRowPos, anchorColPos].every((n) => Number.isInteger(n) && n >= 1))
      throw new Error(`Exception: Invalid argument: position (${anchorRowPos}, ${anchorColPos})`);
    return this.change({ position: { row: anchorRowPos, column: anchorColPos, offsetX, offsetY } });
  }
  setNumHeaders(headers: number): EmbeddedChartBuilder {
    return this.change({ numHeaders: headers });
  }
  /** «This method does not automatically draw the chart on top of the spreadsheet.» A chart needs a type and data. */
  build(): EmbeddedChart {
    if (this.state.type === undefined) throw new Error("Exception: Chart type is required.");
    if (this.state.ranges.length === 0) throw new Error("Exception: Chart has no data.");
    return new FakeEmbeddedChart(this.state, this.chartId) as unknown as EmbeddedChart;
  }
}

let nextChartId = 1;

/** A sheet's charts: what `Sheet.insertChart`, `getCharts`, `updateChart` and `removeChart` act on. */
export class SheetCharts {
  readonly charts: FakeEmbeddedChart[] = [];

  newChart(): EmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder() as unknown as EmbeddedChartBuilder;
  }

  /** «Adds a new chart to this sheet»: a new chart with a new ID, even when built from `modify()`. */
  insert(chart: EmbeddedChart): void {
    const state = (chart as unknown as FakeEmbeddedChart).state;
    this.charts.push(new FakeEmbeddedChart(state, nextChartId++));
  }

  all(): EmbeddedChart[] {
    return this.charts.map((chart) => chart as unknown as EmbeddedChart);
  }

  private indexOf(chart: EmbeddedChart): number {
    const id = chart.getChartId();
    const index = this.charts.findIndex((one) => id !== null && one.chartId === id);
    if (index < 0) throw new Error("Exception: The chart is not on this sheet.");
    return index;
  }

  /** Replaces the chart with the same ID; a chart never inserted has none and is refused. */
  update(chart: EmbeddedChart): void {
    this.charts[this.indexOf(chart)] = new FakeEmbeddedChart(
      (chart as unknown as FakeEmbeddedChart).state,
      chart.getChartId(),
    );
  }

  remove(chart: EmbeddedChart): void {
    this.charts.splice(this.indexOf(chart), 1);
  }
}
