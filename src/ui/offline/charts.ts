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

/** The chart's width in a window of the sidebar's 300 px, less the page's padding and the border. */
const NARROW_WIDTH = 272;

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
      // Drawn twice, for a wide and for a narrow window, and switched by the style sheet: a chart shrunk
      // from its 800 px drawing would have labels too small to read in a window as narrow as a sidebar.
      // The narrow one has its title above it in the page, where a long title can wrap.
      const natural = chartSize(spec);
      const wide = h("div", { class: "chart-wide" });
      const narrow = h("div", { class: "chart-narrow" });
      // ECharts' own SVG markup of our own description: no user-supplied markup reaches the page.
      wide.innerHTML = renderChartSvg(spec, natural);
      narrow.innerHTML = renderChartSvg(
        { ...spec, title: "" },
        fittedChartSize(natural, spec.kind, NARROW_WIDTH),
      );
      return h(
        "figure",
        { role: "img", "aria-label": spec.title },
        wide,
        h("figcaption", { class: "chart-narrow" }, spec.title),
        narrow,
      );
    }),
  );
}
