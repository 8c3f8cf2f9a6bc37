import { describe, expect, it } from "vitest";
import { fittedChartSize } from "../../src/ui/offline/chartFit";

describe("charts on the offline page", () => {
  const natural = { width: 800, height: 450 };

  it("keep the picture's size where the page is wide enough", () => {
    expect(fittedChartSize(natural, "column", 1200)).toBe(natural);
  });

  it("are drawn at the narrow page's width, not shrunk, and never narrower than labels allow", () => {
    expect(fittedChartSize(natural, "column", 268)).toEqual({ width: 268, height: 300 });
    expect(fittedChartSize(natural, "pie", 100)).toEqual({ width: 260, height: 300 });
    expect(fittedChartSize(natural, "column", 640)).toEqual({ width: 640, height: 360 });
  });

  it("keep a bar chart's height, which its rows set", () => {
    expect(fittedChartSize({ width: 800, height: 494 }, "bar", 268)).toEqual({ width: 268, height: 494 });
  });
});
