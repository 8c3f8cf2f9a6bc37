import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Rollup } from "../../core/region/rollup";
import type { ChartSpec } from "../../core/results/chartTypes";
import { saveWorkbook } from "../xlsx/xlsxFile";
import { XlsxPort } from "../xlsx/xlsxPort";
import { regionWorkbook } from "./regionWorkbook";

/**
 * Writes the roll-up to `out` the way every book is saved (a temporary file, then a rename), so that a
 * failed run leaves the previous summary whole; the charts are drawn as pictures beside their figures.
 */
export async function saveRegionWorkbook(
  rollup: Rollup,
  specs: readonly ChartSpec<string>[],
  out: string,
): Promise<void> {
  await mkdir(dirname(out), { recursive: true });
  // Loaded here: the native picture module is needed only by the commands that draw.
  const { renderChartImages } = await import("../charts");
  const images = await renderChartImages(specs);
  await saveWorkbook(new XlsxPort(await regionWorkbook(rollup, specs, images)), out);
}
