import type { ChartImage, ChartSpec } from "../../core/results/chartTypes";
import { CHART_FONT } from "./echartsOption";
import { chartSize, renderChartSvg } from "./svg";

export { renderChartSvg } from "./svg";

/** resvg's fonts: the system's, the charts' first family when an SVG names none. */
export const RESVG_FONT = { loadSystemFonts: true, defaultFontFamily: CHART_FONT.split(",")[0]!.trim() };

/** Pictures are drawn at twice their layout size, so that they stay sharp when Word scales them. */
const PNG_SCALE = 2;

/**
 * The charts as PNG pictures for the Word report. The native SVG→PNG module is loaded here, on first
 * use, so that commands that draw nothing never load it. `widthPx`/`heightPx` are the PNG's own pixels.
 */
export async function renderChartImages(specs: readonly ChartSpec[]): Promise<ChartImage[]> {
  const { Resvg } = await import("@resvg/resvg-js");
  return specs.map((spec) => {
    const size = chartSize(spec);
    const svg = renderChartSvg(spec, size);
    const rendered = new Resvg(svg, {
      fitTo: { mode: "zoom", value: PNG_SCALE },
      font: RESVG_FONT,
      background: "#ffffff",
    }).render();
    return {
      id: spec.id,
      title: spec.title,
      png: new Uint8Array(rendered.asPng()),
      widthPx: rendered.width,
      heightPx: rendered.height,
    };
  });
}
