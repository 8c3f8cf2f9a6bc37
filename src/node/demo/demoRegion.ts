import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Context } from "../../core/ports";
import { regionChartSpecs } from "../../core/region/regionCharts";
import { indicatorIndex, indicatorsCsv } from "../../core/results/indicators";
import { PROBLEMS_SHEET } from "../region/regionWorkbook";
import { rollUpFiles } from "../region/rollUpFolder";
import { saveRegionWorkbook } from "../region/saveRegionWorkbook";
import { neighbourSchoolRow, writeNeighbourSchools } from "./neighbourSchools";

const NEIGHBOURS = 5;
export const DEMO_REGION = "Регион";

/**
 * The municipal body's side of the demo: the demo school's workbook and a few neighbour schools'
 * indicators files (one of them with figures that do not add up) rolled up into «Регион/свод.xlsx».
 */
export async function buildDemoRegion(folder: string, workbook: string, context: Context): Promise<string> {
  const region = join(folder, DEMO_REGION);
  const files = join(region, "Показатели");
  await mkdir(files, { recursive: true });
  const neighbours = await writeNeighbourSchools(files, NEIGHBOURS);
  const wrong = neighbourSchoolRow(NEIGHBOURS, 1);
  wrong[indicatorIndex("young")] = 0;
  const inconsistent = join(files, "школа-с-ошибкой.csv");
  await writeFile(inconsistent, indicatorsCsv([wrong]), "utf8");
  const rollup = await rollUpFiles(folder, [workbook, ...neighbours, inconsistent], context);
  const out = join(region, "свод.xlsx");
  await saveRegionWorkbook(rollup, regionChartSpecs(rollup), out);
  return `${out}: организаций ${rollup.entries.length}, на листе «${PROBLEMS_SHEET}» — ${rollup.problems.length}`;
}
