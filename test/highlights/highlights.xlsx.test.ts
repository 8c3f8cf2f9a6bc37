import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROADMAP } from "../../src/core/schema/sheets";
import { PLANS } from "../../src/core/schema/yearSheets";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { openWorkbook, saveWorkbook } from "../../src/node/xlsx/xlsxFile";
import { context } from "../support/demoWorkbook";
import { partXml, sheetXml, xmlText } from "../support/sheetXml";
import { nastavnik } from "../support/xlsxWorld";

async function run(...args: string[]): Promise<void> {
  const { code, out } = await nastavnik(...args);
  if (code !== 0) throw new Error(`nastavnik ${args.join(" ")}: ${out}`);
}

/** Each <conditionalFormatting> of the sheet: its range and its rules' formulas. */
function conditionalFormatting(path: string, sheet: string): { sqref: string; formulas: string[] }[] {
  return [
    ...sheetXml(path, sheet).matchAll(
      /<conditionalFormatting [^>]*?sqref="([^"]+)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g,
    ),
  ].map((match) => ({
    sqref: match[1]!,
    formulas: [...match[2]!.matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((formula) =>
      xmlText(formula[1]!),
    ),
  }));
}

async function setupAndSave(path: string): Promise<void> {
  const port = await openWorkbook(path, { mustExist: true });
  setupWorkbook(port, context);
  await saveWorkbook(port, path);
}

describe("overdue highlights in the .xlsx", () => {
  it("are written once by `init` and stay once through setup run again and a save of the loaded file", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "nastavnik-")), "школа.xlsx");
    await run("init", path);
    const expected = [
      {
        sqref: "A2:J1000",
        formulas: [
          'AND(N("Наставничество: срок пункта дорожной карты прошёл")=0,ISNUMBER($J2),$J2<TODAY(),LOWER(TRIM($G2))<>"выполнено")',
        ],
      },
    ];
    expect(conditionalFormatting(path, ROADMAP.name)).toEqual(expected);
    expect(conditionalFormatting(path, PLANS.name)).toHaveLength(1);
    expect(conditionalFormatting(path, "Пары")).toHaveLength(2);
    expect(conditionalFormatting(path, "Наставники")).toEqual([]);
    // The fill is a differential style (dxf): Excel paints a solid conditional fill with its bgColor.
    expect(partXml(path, "xl/styles.xml")).toMatch(/<dxf>[\s\S]*?<bgColor rgb="FFF4CCCC"\/>[\s\S]*?<\/dxf>/);

    await setupAndSave(path); // `init` saves only a workbook it changed: here setup runs and saves regardless
    expect(conditionalFormatting(path, ROADMAP.name)).toEqual(expected);
    const port = await openWorkbook(path, { mustExist: true });
    await saveWorkbook(port, path);
    expect(conditionalFormatting(path, ROADMAP.name)).toEqual(expected);
    expect(conditionalFormatting(path, "Пары")).toHaveLength(2);
  });

  it("leave the coordinator's own rule in place, first", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "nastavnik-")), "школа.xlsx");
    await run("init", path);
    const port = await openWorkbook(path, { mustExist: true });
    port.workbook.getWorksheet(ROADMAP.name)!.addConditionalFormatting({
      ref: "G2:G50",
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: ['$G2="В работе"'],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFF2CC" } } },
        },
      ],
    });
    await saveWorkbook(port, path);
    await setupAndSave(path);
    const found = conditionalFormatting(path, ROADMAP.name);
    expect(found.map((entry) => entry.sqref)).toEqual(["G2:G50", "A2:J1000"]);
    expect(found[0]?.formulas).toEqual(['$G2="В работе"']);
    const priorities = [...sheetXml(path, ROADMAP.name).matchAll(/<cfRule [^>]*?priority="(\d+)"/g)].map(
      (m) => m[1],
    );
    expect(new Set(priorities).size).toBe(priorities.length);
  });
});
