import type { ChartTable } from "../core/results/chartData";
import { CHART_IDS, CHART_TITLES } from "../core/results/charts";
import type { ChartId, ChartImage, ChartKind, ChartSpec } from "../core/results/chartTypes";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** The size of each chart on «Сводка», in pixels; the pictures for the Google Doc have the same. */
export const SHEET_CHART_SIZE = { width: 640, height: 400 } as const;
/** Charts stand in column H, beside the tables (D–F), one under another. */
const CHART_COLUMN = 8;
const ROWS_PER_CHART = 21;

function chartType(kind: ChartKind): GoogleAppsScript.Charts.ChartType {
  switch (kind) {
    case "bar":
      return Charts.ChartType.BAR;
    case "pie":
      return Charts.ChartType.PIE;
    case "line":
      return Charts.ChartType.LINE;
    default:
      return Charts.ChartType.COLUMN;
  }
}

/** Our charts are known by the title we give them: a coordinator's own charts on «Сводка» stay. */
function chartIdOf(chart: EmbeddedChart): ChartId | undefined {
  const title = chart.getOptions().get("title");
  return CHART_IDS.find((id) => CHART_TITLES[id] === title);
}

/**
 * Everything a chart shows, set on a new chart's builder or on `modify()` of the existing one: its type,
 * its data (the table on «Сводка», header row naming the series) and the options Sheets draws it with.
 * Google Charts option names: https://developers.google.com/chart/interactive/docs/gallery/columnchart#configuration-options
 */
function describe(builder: EmbeddedChartBuilder, sheet: Sheet, spec: ChartSpec, table: ChartTable) {
  const valueAxis = spec.kind === "bar" ? "hAxis" : "vAxis";
  let described = builder
    .setChartType(chartType(spec.kind))
    .clearRanges()
    .addRange(sheet.getRange(table.row + 1, table.column + 1, table.rows, table.columns))
    .setNumHeaders(1)
    .setOption("title", spec.title)
    .setOption("width", SHEET_CHART_SIZE.width)
    .setOption("height", SHEET_CHART_SIZE.height)
    .setOption("legend", {
      position: spec.kind === "pie" ? "right" : spec.series.length > 1 ? "top" : "none",
    });
  if (spec.axis?.title !== undefined) described = described.setOption(`${valueAxis}.title`, spec.axis.title);
  if (spec.axis?.min !== undefined)
    described = described.setOption(`${valueAxis}.viewWindow.min`, spec.axis.min);
  if (spec.axis?.max !== undefined)
    described = described.setOption(`${valueAxis}.viewWindow.max`, spec.axis.max);
  return described;
}

/**
 * The four charts on «Сводка», drawn from the tables `writeSummary` put there: created the first time,
 * updated in place afterwards (where the coordinator may have moved them), never duplicated — a
 * second copy of one of ours, however it came, is removed.
 */
export function placeSummaryCharts(
  sheet: Sheet,
  specs: readonly ChartSpec[],
  tables: readonly ChartTable[],
): { created: number; updated: number } {
  const existing = new Map<ChartId, EmbeddedChart>();
  for (const chart of sheet.getCharts()) {
    const id = chartIdOf(chart);
    if (id === undefined) continue;
    if (existing.has(id)) sheet.removeChart(chart);
    else existing.set(id, chart);
  }
  let created = 0;
  let updated = 0;
  specs.forEach((spec, index) => {
    const table = tables.find((one) => one.id === spec.id);
    if (!table) return;
    const chart = existing.get(spec.id);
    if (chart) {
      sheet.updateChart(describe(chart.modify(), sheet, spec, table).build());
      updated++;
    } else {
      const builder = describe(sheet.newChart(), sheet, spec, table);
      sheet.insertChart(builder.setPosition(1 + index * ROWS_PER_CHART, CHART_COLUMN, 0, 0).build());
      created++;
    }
  });
  return { created, updated };
}

/**
 * Our charts on «Сводка» as PNG pictures (`EmbeddedChart.getAs`), in the order of `CHART_IDS`, for a
 * Google Doc report; charts not yet created are left out (run «Сводка» first).
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getAs(String)
 */
export function summaryChartImages(sheet: Sheet): ChartImage[] {
  const ours = new Map<ChartId, EmbeddedChart>();
  for (const chart of sheet.getCharts()) {
    const id = chartIdOf(chart);
    if (id !== undefined && !ours.has(id)) ours.set(id, chart);
  }
  return CHART_IDS.flatMap((id) => {
    const chart = ours.get(id);
    if (!chart) return [];
    const bytes = chart.getAs("image/png").getBytes();
    return [
      {
        id,
        title: CHART_TITLES[id],
        png: Uint8Array.from(bytes, (byte) => byte & 0xff),
        widthPx: SHEET_CHART_SIZE.width,
        heightPx: SHEET_CHART_SIZE.height,
      },
    ];
  });
}
