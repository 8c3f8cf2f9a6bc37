import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { type Block, blocksToText, loopRow } from "../../src/core/template";
import { columnWidths, docxText, writeDocxTemplate } from "../../src/node/docx";
import { PAGE, TEXT_WIDTH, W_NS } from "../../src/node/docx/ooxml";
import { parseXml, partXml } from "./helpers";

const BLOCKS: readonly Block[] = [
  { paragraph: "ПРИКАЗ", align: "center", bold: true, size: 16 },
  { paragraph: 'Текст <с> разметкой & "кавычками"\nвторой абзац\u0001', align: "justify" },
  { pageBreak: true },
  {
    table: {
      header: ["№", "Наставник", "Наставляемый"],
      rows: [
        loopRow("Пары", ["{{Номер}}", "{{Наставник}}", "{{Наставляемый}}"]),
        ["итого", "строка\nс переносом"],
      ],
      widths: [1, 4, 4],
    },
  },
  { paragraph: "" },
];

describe("writeDocxTemplate", () => {
  const docx = writeDocxTemplate(BLOCKS);

  it("writes a package whose every part is well-formed XML", () => {
    const zip = new PizZip(docx);
    const files = Object.keys(zip.files).filter((n) => !n.endsWith("/"));
    expect(files.sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "word/_rels/document.xml.rels",
      "word/document.xml",
      "word/styles.xml",
    ]);
    for (const name of files) {
      expect(() => parseXml(zip.file(name)?.asText() ?? ""), name).not.toThrow();
    }
  });

  it("lays out an A4 page with 2 cm margins and 3 cm on the left, Times New Roman 14, tables 12", () => {
    const doc = parseXml(partXml(docx, "word/document.xml"));
    const pgSz = doc.getElementsByTagNameNS(W_NS, "pgSz").item(0);
    const pgMar = doc.getElementsByTagNameNS(W_NS, "pgMar").item(0);
    expect([pgSz?.getAttribute("w:w"), pgSz?.getAttribute("w:h")]).toEqual([String(PAGE.width), "16838"]);
    expect(["top", "right", "bottom", "left"].map((s) => pgMar?.getAttribute(`w:${s}`))).toEqual([
      "1134",
      "1134",
      "1134",
      "1701",
    ]);
    const styles = partXml(docx, "word/styles.xml");
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('<w:sz w:val="28"/>');
    const cellSizes = Array.from({ length: doc.getElementsByTagNameNS(W_NS, "tc").length }, (_, i) =>
      doc
        .getElementsByTagNameNS(W_NS, "tc")
        .item(i)
        ?.getElementsByTagNameNS(W_NS, "sz")
        .item(0)
        ?.getAttribute("w:val"),
    );
    expect(new Set(cellSizes)).toEqual(new Set(["24"]));
    expect(doc.getElementsByTagNameNS(W_NS, "tblHeader")).toHaveLength(1);
  });

  it("reads back as the same template text as the block model gives", () => {
    expect(docxText(docx)).toBe(blocksToText(BLOCKS).replace("\u0001", ""));
  });

  it("splits the text width between columns by weight, exactly", () => {
    expect(columnWidths(3, [1, 4, 4]).reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(columnWidths(2, undefined)[0]).toBe(Math.floor(TEXT_WIDTH / 2));
    expect(columnWidths(2, [0, -1])).toEqual(columnWidths(2, [1, 1]));
  });
});
