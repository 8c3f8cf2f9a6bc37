import type ExcelJS from "exceljs";
import type { Rollup } from "../../core/region/rollup";
import type { ChartImage, ChartSpec } from "../../core/results/chartTypes";
import { INDICATOR_COLUMNS, type IndicatorValue } from "../../core/results/indicators";
import { fillIndicatorSheet } from "./indicatorsXlsx";

export const ROLLUP_SHEET = "Свод";
export const PROBLEMS_SHEET = "Проблемы";
export const CHARTS_SHEET = "Диаграммы";
export const FILE_HEADER = "Файл";

/** The pictures are drawn at twice their size (sharp when zoomed); the sheet shows them at their own. */
const PICTURE_DENSITY = 2;
const BOLD = { bold: true } as const;
const TOTALS_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };

/**
 * «Свод»: the layout's columns and the file each row came from, one row per organisation by code, then
 * the totals and the average organisation, set apart so that a filter or a sum over the rows skips them.
 */
function fillRollupSheet(sheet: ExcelJS.Worksheet, rollup: Rollup): void {
  fillIndicatorSheet(
    sheet,
    rollup.entries.map((entry) => entry.record.values),
  );
  const fileColumn = INDICATOR_COLUMNS.length + 1;
  sheet.getRow(1).getCell(fileColumn).value = FILE_HEADER;
  sheet.getRow(1).getCell(fileColumn).font = BOLD;
  sheet.getColumn(fileColumn).width = 40;
  for (const [index, entry] of rollup.entries.entries())
    sheet.getRow(index + 2).getCell(fileColumn).value = entry.file;
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1 + rollup.entries.length, column: fileColumn },
  };
  sheet.addRow([]);
  for (const values of [rollup.totals, rollup.averages]) {
    const row = sheet.addRow(values.map((value: IndicatorValue) => value ?? null));
    row.font = BOLD;
    for (let column = 1; column <= INDICATOR_COLUMNS.length; column++) row.getCell(column).fill = TOTALS_FILL;
  }
  // The average school has 71,3 teachers: the columns' whole-number format would show 71.
  const averages = sheet.lastRow;
  if (averages)
    for (const [index, column] of INDICATOR_COLUMNS.entries())
      if (column.kind !== "text") averages.getCell(index + 1).numFmt = "0.0";
}

function fillProblemsSheet(sheet: ExcelJS.Worksheet, rollup: Rollup): void {
  sheet.addRow([FILE_HEADER, "Организация", "Причина"]).font = BOLD;
  for (const problem of rollup.problems) sheet.addRow([problem.file, problem.organisation, problem.reason]);
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 36;
  sheet.getColumn(3).width = 100;
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

/** The charts' figures as small tables, and the pictures beside them when a renderer drew them. */
function fillChartsSheet(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  specs: readonly ChartSpec<string>[],
  images: readonly ChartImage<string>[],
): void {
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 16;
  let top = 1;
  for (const spec of specs) {
    sheet.getRow(top).getCell(1).value = spec.title;
    sheet.getRow(top).font = BOLD;
    sheet.getRow(top + 1).values = ["", ...spec.series.map((series) => series.name)];
    spec.categories.forEach((category, index) => {
      sheet.getRow(top + 2 + index).values = [
        category,
        ...spec.series.map((series) => series.values[index] ?? null),
      ];
    });
    const image = images.find((candidate) => candidate.id === spec.id);
    if (image) {
      const id = workbook.addImage({ buffer: Buffer.from(image.png) as never, extension: "png" });
      sheet.addImage(id, {
        tl: { col: 3, row: top - 1 },
        ext: { width: image.widthPx / PICTURE_DENSITY, height: image.heightPx / PICTURE_DENSITY },
      });
    }
    // The next table starts below this one and below its picture (rows are about 20 px tall).
    top += Math.max(
      spec.categories.length + 3,
      image ? Math.ceil(image.heightPx / PICTURE_DENSITY / 20) + 2 : 0,
    );
  }
}

/** The roll-up workbook: «Свод», «Проблемы» and «Диаграммы». */
export async function regionWorkbook(
  rollup: Rollup,
  specs: readonly ChartSpec<string>[],
  images: readonly ChartImage<string>[] = [],
): Promise<ExcelJS.Workbook> {
  const workbook = new (await import("exceljs")).default.Workbook();
  fillRollupSheet(workbook.addWorksheet(ROLLUP_SHEET), rollup);
  fillProblemsSheet(workbook.addWorksheet(PROBLEMS_SHEET), rollup);
  fillChartsSheet(workbook, workbook.addWorksheet(CHARTS_SHEET), specs, images);
  return workbook;
}
