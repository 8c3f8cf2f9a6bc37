import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { cellText } from "../../src/core/cell";
import { loadQuestionnaire } from "../../src/core/intake/questionnaireSet";
import { formatCsv } from "../../src/core/questionnaires/csv";
import { MENTEES, MENTORS, WORKBOOK } from "../../src/core/schema/sheets";
import { bankExport } from "../../src/node/demo/demoAnswers";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { markConsents } from "../../src/node/demo/markConsents";
import { openWorkbook, saveWorkbook } from "../../src/node/xlsx/xlsxFile";
import { context } from "../support/demoWorkbook";
import { nastavnik } from "../support/xlsxWorld";

async function run(...args: string[]): Promise<string> {
  const { code, out } = await nastavnik(...args);
  if (code !== 0) throw new Error(`nastavnik ${args.join(" ")}: ${out}`);
  return out;
}

/** Each sheet's data validations as the saved file holds them: sheet name → sqref of each entry. */
function validationsInFile(path: string): Map<string, string[]> {
  const zip = new PizZip(readFileSync(path));
  const workbookXml = zip.file("xl/workbook.xml")!.asText();
  const relsXml = zip.file("xl/_rels/workbook.xml.rels")!.asText();
  const targets = new Map(
    [...relsXml.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
  const result = new Map<string, string[]>();
  for (const sheet of workbookXml.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target = targets.get(sheet[2]!)!.replace(/^\/?(xl\/)?/, "xl/");
    const xml = zip.file(target)!.asText();
    const block = /<dataValidations[^>]*>([\s\S]*?)<\/dataValidations>/.exec(xml)?.[1] ?? "";
    result.set(
      sheet[1]!,
      [...block.matchAll(/<dataValidation [^>]*?sqref="([^"]+)"/g)].map((m) => m[1]!),
    );
  }
  return result;
}

/** Every column letter a sqref entry touches, with its rows: «E2:E1000 G5» → E 2–1000, G 5–5. */
function columnSpans(sqref: string): { column: string; first: number; last: number }[] {
  return sqref.split(/\s+/).map((part) => {
    const [from, to = from] = part.split(":") as [string, string?];
    const a = /^([A-Z]+)(\d+)$/.exec(from)!;
    const b = /^([A-Z]+)(\d+)$/.exec(to!)!;
    expect(a[1]).toBe(b[1]); // one column per entry
    return { column: a[1]!, first: Number(a[2]), last: Number(b[2]) };
  });
}

/** One validation per column of each sheet, none overlapping, each covering row 2 to row 1000. */
function expectOneValidationPerColumn(path: string) {
  const found = validationsInFile(path);
  for (const schema of WORKBOOK) {
    const entries = (found.get(schema.name) ?? []).flatMap(columnSpans);
    const columns = entries.map((entry) => entry.column);
    expect(columns, `${schema.name}: ${columns.join(" ")}`).toEqual([...new Set(columns)]);
    const enums = schema.columns.filter((column) => column.options).length;
    expect(entries, schema.name).toHaveLength(enums);
    for (const entry of entries) expect(entry, schema.name).toMatchObject({ first: 2, last: 1000 });
  }
}

describe("data validations in the saved .xlsx", () => {
  it("stay one per column through init → import → match → approve → init again", async () => {
    const folder = mkdtempSync(join(tmpdir(), "nastavnik-"));
    const path = join(folder, "школа.xlsx");
    await run("init", path);
    expectOneValidationPerColumn(path);

    const port = await openWorkbook(path, { mustExist: true });
    for (const [form, people] of [
      ["mentor", DEMO_MENTORS],
      ["mentee", DEMO_MENTEES],
    ] as const) {
      const table = bankExport(loadQuestionnaire(port, context, form), people, new Date(2026, 8, 15, 10));
      const csv = join(folder, `${form}.csv`);
      writeFileSync(csv, formatCsv([table.header, ...table.rows].map((row) => row.map(cellText))), "utf8");
      await run("import", path, csv, "--form", form);
      expectOneValidationPerColumn(path);
    }

    const marked = await openWorkbook(path, { mustExist: true });
    markConsents(marked, MENTORS, DEMO_MENTORS);
    markConsents(marked, MENTEES, DEMO_MENTEES);
    await saveWorkbook(marked, path);
    expectOneValidationPerColumn(path);

    expect(await run("match", path)).toContain("Предложено пар: 11");
    expectOneValidationPerColumn(path);
    expect(await run("approve", path, "--all")).toContain("Утверждено пар: 11");
    expectOneValidationPerColumn(path);
    await run("init", path);
    expectOneValidationPerColumn(path);
  }, 60_000);
});
