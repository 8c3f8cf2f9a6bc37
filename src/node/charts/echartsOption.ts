import type { ChartSpec } from "../../core/results/chartTypes";
import { NO_DATA } from "../../core/results/noData";

/**
 * Fonts with Cyrillic everywhere the charts are drawn: Arial on Windows and macOS, its metric twin
 * Liberation Sans or DejaVu Sans on Linux.
 */
export const CHART_FONT = "Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** Calm, print-safe colours that stay apart in greyscale, start and end of the programme first. */
export const CHART_COLORS = ["#7fa7d9", "#1f4e8c", "#e0913a", "#4f9a5e", "#9b6bb3", "#c45b5b", "#7a7a7a"];

const CATEGORY_LABEL_CHARS = 24;
/** The width a column chart's plot gets, in characters of its axis labels. */
const PLOT_CHARS = 96;

/** «6.5» is written «6,5» in Russian. */
function decimal(value: unknown): string {
  return typeof value === "number" ? String(value).replace(".", ",") : "";
}

/** Long category names (pair labels, forms) wrap instead of running into each other or the edge. */
function wrapped(label: string, width = CATEGORY_LABEL_CHARS): string {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

function valueAxis(spec: ChartSpec): Record<string, unknown> {
  return {
    type: "value",
    min: spec.axis?.min,
    max: spec.axis?.max,
    name: spec.axis?.title,
    nameLocation: "middle",
    nameGap: 32,
    minInterval: 1,
    axisLabel: { fontSize: 12, formatter: decimal },
  };
}

/**
 * One chart description as an ECharts option: the one mapping the page (SVG in the browser) and the
 * offline report (SVG, then PNG) draw from. No animation: the picture is taken at once.
 */
export function echartsOption(spec: ChartSpec): Record<string, unknown> {
  const empty = spec.series.every((series) => series.values.every((value) => value === null));
  const base = {
    animation: false,
    backgroundColor: "#ffffff",
    color: CHART_COLORS,
    textStyle: { fontFamily: CHART_FONT, color: "#222222" },
    title: {
      text: spec.title,
      // Without a single value the chart still stands, saying why it is blank.
      subtext: empty ? NO_DATA : undefined,
      left: "center",
      top: 10,
      textStyle: { fontSize: 17, fontWeight: "bold" },
      subtextStyle: { fontSize: 14, color: "#666666" },
    },
  };
  if (spec.kind === "pie") {
    const [series] = spec.series;
    return {
      ...base,
      // A vertical legend beside the pie: long form names never collide with each other.
      legend: empty
        ? undefined
        : { orient: "vertical", right: 24, top: "middle", itemGap: 14, textStyle: { fontSize: 13 } },
      series: [
        {
          type: "pie",
          name: series?.name,
          radius: ["0%", "58%"],
          center: [empty ? "50%" : "34%", "55%"],
          label: {
            fontSize: 13,
            formatter: (item: { value: number; percent: number }) =>
              `${item.value} (${Math.round(item.percent)} %)`,
          },
          // No slices without data: ECharts draws its grey empty circle, not a full pie of nothing.
          data: (empty ? [] : spec.categories).map((category, index) => ({
            name: category,
            value: series?.values[index] ?? 0,
          })),
        },
      ],
    };
  }
  const horizontal = spec.kind === "bar";
  const many = spec.series.length > 1;
  const categoryAxis = {
    type: "category",
    data: spec.categories.map((category) =>
      wrapped(
        category,
        horizontal ? CATEGORY_LABEL_CHARS : Math.max(4, Math.floor(PLOT_CHARS / spec.categories.length) - 2),
      ),
    ),
    axisLabel: { fontSize: 12, interval: 0, hideOverlap: false },
    axisTick: { alignWithLabel: true },
  };
  return {
    ...base,
    // A blank chart says «нет данных» where the legend would stand.
    legend: many && !empty ? { top: 42, left: "center", textStyle: { fontSize: 12 } } : undefined,
    // The plot's edges; axis labels and names are kept inside the picture (ECharts' default outer bounds).
    grid: { top: many ? 84 : 60, bottom: horizontal ? 56 : 44, left: horizontal ? 24 : 64, right: 40 },
    xAxis: horizontal ? valueAxis(spec) : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : { ...valueAxis(spec), nameGap: 40 },
    // One series alone gets the strong colour; two compare a light «before» with a strong «after».
    color: many ? CHART_COLORS : CHART_COLORS.slice(1),
    series: spec.series.map((series) => ({
      type: spec.kind === "line" ? "line" : "bar",
      name: series.name,
      data: [...series.values],
      barMaxWidth: 48,
      label: {
        show: true,
        position: horizontal ? "right" : "top",
        fontSize: 12,
        formatter: (item: { value: unknown }) => decimal(item.value),
      },
    })),
  };
}
