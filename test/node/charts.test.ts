import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import type { ChartSpec } from "../../src/core/results/chartTypes";
import { NO_DATA } from "../../src/core/results/noData";
import { CHART_FONT } from "../../src/node/charts/echartsOption";
import { RESVG_FONT, renderChartImages, renderChartSvg } from "../../src/node/charts/index";
import { chartSize } from "../../src/node/charts/svg";

const SPECS: ChartSpec[] = [
  {
    id: "satisfaction",
    title: "Удовлетворённость программой: начало и завершение",
    kind: "column",
    categories: ["Наставники", "Наставляемые"],
    series: [
      { name: "Начало программы", values: [6.5, null] },
      { name: "Завершение программы", values: [8.7, 9] },
    ],
    axis: { title: "Средний балл (1–10)", min: 0, max: 10 },
  },
  {
    id: "planCompletion",
    title: "Выполнение плана по парам, %",
    kind: "bar",
    categories: Array.from(
      { length: 20 },
      (_, index) => `ПР-${String(index + 1).padStart(3, "0")} (Иванова)`,
    ),
    series: [{ name: "Выполнено, %", values: Array.from({ length: 20 }, (_, index) => index * 5) }],
    axis: { min: 0, max: 100 },
  },
  {
    id: "pairsByForm",
    title: "Пары и группы по формам наставничества",
    kind: "pie",
    categories: [NO_DATA],
    series: [{ name: "Пар и групп", values: [null] }],
  },
];

/** Dark pixels of an RGBA bitmap: text and bars, not the white background. */
function inked(pixels: Uint8Array | Buffer): number {
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128 && pixels[i + 3]! > 0) count++;
  return count;
}

describe("charts drawn offline", () => {
  it("draws each chart as SVG with its title, categories and values written the Russian way", () => {
    const svg = renderChartSvg(SPECS[0]!);
    expect(svg.startsWith("<svg")).toBe(true);
    for (const text of [SPECS[0]!.title, "Наставники", "Начало программы", "Средний балл (1–10)", "6,5"])
      expect(svg).toContain(text);
    expect(svg).not.toContain(">6.5<");
    expect(svg).toContain(">6,5<");
    expect(svg).toContain(CHART_FONT.split(",")[0]);
  });

  it("says «нет данных» on a chart without a single value instead of drawing nothing", () => {
    expect(renderChartSvg(SPECS[2]!)).toContain(NO_DATA);
    expect(renderChartSvg(SPECS[0]!)).not.toContain(NO_DATA);
  });

  it("makes the plan chart taller with many pairs so every pair keeps its label", () => {
    expect(chartSize(SPECS[1]!).height).toBeGreaterThan(chartSize(SPECS[0]!).height);
    const svg = renderChartSvg(SPECS[1]!);
    for (const label of SPECS[1]!.categories) expect(svg).toContain(label);
  });

  it("renders PNG pictures at twice their layout size", async () => {
    const images = await renderChartImages(SPECS);
    expect(images.map((image) => image.id)).toEqual(SPECS.map((spec) => spec.id));
    for (const [index, image] of images.entries()) {
      expect([...image.png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(image.widthPx).toBe(2 * chartSize(SPECS[index]!).width);
      expect(image.heightPx).toBe(2 * chartSize(SPECS[index]!).height);
      expect(image.title).toBe(SPECS[index]!.title);
    }
  });

  it("finds a font with Cyrillic letters among the charts' families on this system", () => {
    const text = (family: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><rect width="300" height="60" fill="#fff"/><text x="10" y="40" style="font-size:30px;font-family:${family}">Жёлтый щит</text></svg>`;
    const draw = (family: string) => inked(new Resvg(text(family), { font: RESVG_FONT }).render().pixels);
    expect(draw(CHART_FONT)).toBeGreaterThan(200);
  });
});
