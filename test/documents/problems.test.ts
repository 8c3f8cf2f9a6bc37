import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENT_KINDS, generateDocuments, MAX_FILE_NAME } from "../../src/core/documents";
import { MENTEES } from "../../src/core/schema/sheets";
import { blocksToText, TemplateError } from "../../src/core/template";
import { DocxDocuments } from "../../src/node/documents/docxDocuments";
import { docxText } from "../../src/node/docx";
import { approvedDemo, context } from "./approvedDemo";
import { FakeDocuments } from "./fakeDocuments";
import { setCell } from "./sheets";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "nastavnik-docs-"));
}

describe("a template with a mistake", () => {
  it("is refused naming the tag and the template, before anything is made or written", () => {
    const workbook = approvedDemo();
    const before = JSON.stringify(workbook.sheets);
    const writes = workbook.writes;
    const text = blocksToText(DOCUMENT_KINDS.pairs.blocks()).replace(
      "{{Наставник|вин}}",
      "{{Наставнник|вин}}",
    );
    const docs = new FakeDocuments({ templates: { pairs: text } });
    let error: unknown;
    try {
      generateDocuments(workbook, docs, context, { kinds: ["regulation", "pairs", "program"] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).problems).toEqual([
      "Шаблон «Приказ о закреплении наставнических пар»: неизвестное поле {{Наставнник|вин}} " +
        "(может быть, имелось в виду {{Наставник}}?)",
    ]);
    expect(docs.creations).toEqual([]);
    expect(workbook.writes).toBe(writes);
    expect(JSON.stringify(workbook.sheets)).toBe(before);
  });
});

describe("values that are special elsewhere", () => {
  const orgShortName = 'Школа $1 \\ $& $$ «№ 5» <b>&amp;"';

  it("are printed literally, as text and in .docx", () => {
    const workbook = approvedDemo({ orgShortName });
    const out = tempDir();
    const docs = new DocxDocuments(out);
    const result = generateDocuments(workbook, docs, context, { kinds: ["pairs", "pdConsent"] });
    const order = result.made.find((doc) => doc.kind === "pairs")!;
    const text = docxText(new Uint8Array(readFileSync(order.link)));
    expect(text).toContain(
      'Положением о системе наставничества педагогических работников Школа $1 \\ $& $$ «№\u00a05» <b>&amp;"',
    );

    const fake = new FakeDocuments();
    generateDocuments(approvedDemo({ orgShortName }), fake, context, { kinds: ["pairs"] });
    expect(fake.creations[0]?.text).toContain('Школа $1 \\ $& $$ «№\u00a05» <b>&amp;"');
  });
});

describe("a very long name", () => {
  it("is printed whole, while the file name is cut to the limit", () => {
    const workbook = approvedDemo();
    const lastName = `Смирнова-${"Длиннофамильная".repeat(12)}`;
    setCell(workbook, MENTEES.name, "П-001", "Фамилия", lastName);
    const out = tempDir();
    const docs = new DocxDocuments(out);
    const result = generateDocuments(workbook, docs, context, { kinds: ["program", "pdConsent"] });
    const long = result.made.filter((doc) => doc.fileName.startsWith("Программа наставничества — Смирнова-"));
    expect(long).toHaveLength(1);
    expect(Array.from(long[0]!.fileName).length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(long[0]!.fileName.endsWith("… — ПР-004")).toBe(true);
    const text = docxText(new Uint8Array(readFileSync(long[0]!.link)));
    expect(text).toContain(`Наставляемый\t${lastName} Алина Дмитриевна\t`);
  });
});
