import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Rollup } from "../../core/region/rollup";
import type { ChartImage, ChartSpec } from "../../core/results/chartTypes";
import { saveWorkbook } from "../xlsx/xlsxFile";
import { XlsxPort } from "../xlsx/xlsxPort";
import { regionWorkbook } from "./regionWorkbook";

/**
 * Writes the roll-up to `out` the way every book is saved (a temporary file, then a rename), so that a
 * failed run leaves the previous summary whole. `images`: the charts drawn by a renderer, when there is one.
 */
export async function saveRegionWorkbook(
  rollup: Rollup,
  specs: readonly ChartSpec[],
  out: string,
  images: readonly ChartImage[] = [],
): Promise<void> {
  await mkdir(dirname(out), { recursive: true });
  await saveWorkbook(new XlsxPort(await regionWorkbook(rollup, specs, images)), out);
}
