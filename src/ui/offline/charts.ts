/**
 * «Итоги года» on the offline page: the four charts of «Сводка», drawn in the page as inline SVG by the
 * same ECharts mapping the CLI uses for its pictures. Reads the workbook, writes nothing.
 */
import { chartSpecsFrom } from "../../core/results/charts";
import { summarize } from "../../core/results/summary";
import { chartSize, renderChartSvg } from "../../node/charts/svg";
import { h } from "../app/dom";
import { fittedChartSize } from "./chartFit";
import type { OfflineWorkbook } from "./workbook";

/** The page's and the figure's padding around a chart, in CSS pixels. */
const FIGURE_MARGINS = 32;

export function summaryCharts(book: OfflineWorkbook, now: Date): HTMLElement | null {
  const port = book.port;
  if (!port) return null;
  const context = { now, user: "" };
  let specs: ReturnType<typeof chartSpecsFrom>;
  try {
    specs = chartSpecsFrom(port, context, summarize(port, context));
  } catch {
    // A book not yet set up has no year to chart; the status above says what to do.
    return null;
  }
  return h(
    "section",
    { class: "charts", "aria-labelledby": "charts-title" },
    h("h2", { id: "charts-title" }, "Итоги года"),
    specs.map((spec) => {
      const figure = h("figure", { role: "img", "aria-label": spec.title });
      // ECharts' own SVG markup of our own description: no user-supplied markup reaches the page.
      const available = document.documentElement.clientWidth - FIGURE_MARGINS;
      figure.innerHTML = renderChartSvg(spec, fittedChartSize(chartSize(spec), spec.kind, available));
      return figure;
    }),
  );
}
