import type { ChartSize } from "../../node/charts/svg";

/** Narrowest drawing that still keeps the axis labels legible. */
const MIN_WIDTH = 260;

/**
 * The chart drawn at the width the page has rather than shrunk from the picture's 800 px: in a narrow
 * window a scaled-down chart's labels become too small to read.
 */
export function fittedChartSize(natural: ChartSize, kind: string, available: number): ChartSize {
  if (available >= natural.width) return natural;
  const width = Math.max(MIN_WIDTH, Math.floor(available));
  // A horizontal bar chart's height is set by its rows; the others keep a readable proportion.
  const height =
    kind === "bar" ? natural.height : Math.round(Math.max(natural.height * (width / natural.width), 300));
  return { width, height };
}
