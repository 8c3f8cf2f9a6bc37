import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { generateDocuments } from "../../src/core/documents";
import { DocxDocuments } from "../../src/node/documents/docxDocuments";
import { docxText, writeDocxTemplate } from "../../src/node/docx";
import { EMU_PER_PX, extentEmu, placeImages } from "../../src/node/docx/images";
import { TEXT_WIDTH } from "../../src/node/docx/ooxml";
import { chartImages } from "../support/png";
import { MAY, schoolAtYearEnd } from "../support/yearWorld";

const TEXT_WIDTH_EMU = TEXT_WIDTH * 635;

/** A filled document: paragraphs of text and of picture markers, as the renderer leaves them. */
function filled(lines: readonly string[]): Uint8Array {
  return writeDocxTemplate(lines.map((line) => ({ paragraph: line })));
}

describe("placeImages", () => {
  const [satisfaction, plan] = chartImages(400, 200);

  it("puts each picture in its marker's paragraph: media part, relationship, png content type, inline drawing", () => {
    const out = new PizZip(
      placeImages(filled(["До", "[[рисунок:satisfaction]]", "После", "[[рисунок:planCompletion]]"]), [
        satisfaction!,
        plan!,
      ]),
    );
    const media = Object.keys(out.files).filter((name) => name.startsWith("word/media/"));
    expect(media).toHaveLength(2);
    expect([...out.file(media[0]!)!.asUint8Array().subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const rels = out.file("word/_rels/document.xml.rels")!.asText();
    for (const name of media)
      expect(rels).toContain(
        `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${name.slice(5)}"`,
      );
    expect(out.file("[Content_Types].xml")!.asText()).toContain(
      '<Default Extension="png" ContentType="image/png"/>',
    );
    const xml = out.file("word/document.xml")!.asText();
    expect(xml.match(/<w:drawing><wp:inline /g)).toHaveLength(2);
    expect(xml).toContain(`<wp:extent cx="${400 * EMU_PER_PX}" cy="${200 * EMU_PER_PX}"/>`);
    expect(xml).not.toContain("[[рисунок");
    expect(docxText(out)).toBe("До\n\nПосле\n\n");
  });

  it("scales a picture wider than the text down to the text width, keeping its proportions", () => {
    expect(extentEmu({ widthPx: 1600, heightPx: 800 }, TEXT_WIDTH_EMU)).toEqual({
      cx: TEXT_WIDTH_EMU,
      cy: Math.round(TEXT_WIDTH_EMU / 2),
    });
    expect(extentEmu({ widthPx: 100, heightPx: 50 }, TEXT_WIDTH_EMU)).toEqual({ cx: 952500, cy: 476250 });
  });

  it("removes a marker without its picture and leaves a document without markers as it is", () => {
    const out = new PizZip(placeImages(filled(["Текст", "[[рисунок:pairsByForm]]"]), [satisfaction!]));
    expect(docxText(out)).toBe("Текст\n");
    expect(Object.keys(out.files).some((name) => name.startsWith("word/media/"))).toBe(false);
    const plainDoc = filled(["Без рисунков"]);
    expect(placeImages(plainDoc, [satisfaction!])).toBe(plainDoc);
  });
});

describe("the year's report as a .docx", () => {
  it("holds the four charts as pictures and reads back as text", () => {
    const out = mkdtempSync(join(tmpdir(), "nastavnik-year-report-"));
    const docs = new DocxDocuments(out);
    const result = generateDocuments(schoolAtYearEnd().workbook, docs, MAY, {
      kinds: ["yearReport", "monitoringNote"],
      year: { charts: chartImages() },
    });
    expect(result.made).toHaveLength(2);
    const [report, note] = result.made.map((doc) => new PizZip(readFileSync(doc.link)));
    expect(Object.keys(report!.files).filter((name) => name.startsWith("word/media/"))).toHaveLength(4);
    expect(Object.keys(note!.files).filter((name) => name.startsWith("word/media/"))).toHaveLength(1);
    const text = docxText(report!);
    expect(text).toContain("Рисунок 1. Удовлетворённость участников в начале и в конце программы");
    expect(text).not.toContain("[[рисунок");
  });
});
