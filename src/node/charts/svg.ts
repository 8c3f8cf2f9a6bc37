import { BarChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { ChartSpec } from "../../core/results/chartTypes";
import { echartsOption } from "./echartsOption";
import { measureText } from "./textWidth";

// Only the parts the four charts use, so that the page and the CLI carry no more of ECharts than that.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);
if (!("document" in globalThis)) echarts.setPlatformAPI({ measureText } as never);

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export const CHART_SIZE: ChartSize = { width: 800, height: 450 };

/** The bar chart of plan completion grows with the number of pairs so that no label is squeezed out. */
export function chartSize(spec: ChartSpec): ChartSize {
  if (spec.kind !== "bar") return CHART_SIZE;
  return { width: CHART_SIZE.width, height: Math.max(CHART_SIZE.height, 120 + 34 * spec.categories.length) };
}

/** The chart as a standalone SVG document, drawn by ECharts' server-side SVG renderer (no DOM needed). */
export function renderChartSvg(spec: ChartSpec, size: ChartSize = chartSize(spec)): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, ...size });
  try {
    chart.setOption(echartsOption(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
