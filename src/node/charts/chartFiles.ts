import { mkdir, rename, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { sanitizeFileName } from "../../core/documents/fileNames";
import type { ChartSpec } from "../../core/results/chartTypes";
import { renderChartImages, renderChartSvg } from "./index";

/** «1. Удовлетворённость программой — начало и завершение»: numbered in the order of the report. */
function chartFileName(index: number, spec: ChartSpec): string {
  return sanitizeFileName(`${index + 1}. ${spec.title.replace(/:\s*/g, " — ").replace(/,\s*%$/, " (%)")}`);
}

/**
 * Each chart as .png (for Word) and .svg (sharp at any size, for the web), rewritten on every run. A file
 * is written under a temporary name and renamed, so a failed run never leaves half a picture.
 */
export async function writeChartFiles(folder: string, specs: readonly ChartSpec[]): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const images = await renderChartImages(specs);
  const written: string[] = [];
  for (const [index, spec] of specs.entries()) {
    const name = chartFileName(index, spec);
    for (const [extension, content] of [
      ["png", images[index]!.png],
      ["svg", renderChartSvg(spec)],
    ] as const) {
      const path = join(folder, `${name}.${extension}`);
      const temporary = join(folder, `.${basename(path)}.tmp`);
      await writeFile(temporary, content);
      await rename(temporary, path);
      written.push(path);
    }
  }
  return written;
}
