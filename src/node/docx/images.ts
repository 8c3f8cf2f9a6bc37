/**
 * Pictures into a filled .docx, without docxtemplater's paid image module: each paragraph whose whole
 * text is a picture's marker (`imageMarker`) becomes that picture as a DrawingML inline — the PNG under
 * `word/media/`, its relationship in `word/_rels/document.xml.rels`, the png content type — scaled
 * down to the text width. A marker without its picture is removed. Word, LibreOffice and Google Docs'
 * conversion all keep such a picture.
 */
import PizZip from "pizzip";
import type { ChartImage } from "../../core/results/chartTypes";
import { partText } from "./extractText";
import { TEXT_WIDTH } from "./ooxml";

/** English Metric Units per pixel at 96 dpi, and per twip. */
export const EMU_PER_PX = 9525;
const EMU_PER_TWIP = 635;
const DOCUMENT = "word/document.xml";
const RELS = "word/_rels/document.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MARKER = /^\[\[рисунок:([\w-]+)\]\]$/;

/** The picture's size in EMU: its own at 96 dpi, scaled down (never up) to fit `maxWidthEmu`. */
export function extentEmu(image: Pick<ChartImage, "widthPx" | "heightPx">, maxWidthEmu: number) {
  const cx = image.widthPx * EMU_PER_PX;
  const cy = image.heightPx * EMU_PER_PX;
  if (cx <= maxWidthEmu) return { cx, cy };
  return { cx: maxWidthEmu, cy: Math.round((cy * maxWidthEmu) / cx) };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function drawingParagraph(relId: string, id: number, image: ChartImage, maxWidthEmu: number): string {
  const { cx, cy } = extentEmu(image, maxWidthEmu);
  const name = escapeAttribute(image.title);
  return (
    '<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>' +
    '<wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${id}" name="${name}" descr="${name}"/>` +
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="${name}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relId}" xmlns:r="${R_NS}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
  );
}

/** The text width of the document's (first) section in EMU; the default layout's when it says none. */
function textWidthEmu(xml: string): number {
  const size = /<w:pgSz\b[^>]*\bw:w="(\d+)"/.exec(xml);
  const margins = /<w:pgMar\b[^>]*>/.exec(xml)?.[0] ?? "";
  const left = /\bw:left="(\d+)"/.exec(margins);
  const right = /\bw:right="(\d+)"/.exec(margins);
  const twips = size && left && right ? Number(size[1]) - Number(left[1]) - Number(right[1]) : TEXT_WIDTH;
  return (twips > 0 ? twips : TEXT_WIDTH) * EMU_PER_TWIP;
}

/** Every first group of `pattern` (global) in `text`: matchAll is newer than the Apps Script runtime's ES2019. */
function allMatches(pattern: RegExp, text: string): string[] {
  const out: string[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) out.push(match[1] ?? "");
  return out;
}

/** Relationship IDs and drawing IDs not used yet. */
function freshIds(rels: string, xml: string) {
  let rel = 1;
  const usedRels = new Set(allMatches(/\bId="([^"]+)"/g, rels));
  let drawing = Math.max(0, ...allMatches(/<wp:docPr\b[^>]*\bid="(\d+)"/g, xml).map(Number));
  return {
    rel(): string {
      while (usedRels.has(`rIdImg${rel}`)) rel++;
      usedRels.add(`rIdImg${rel}`);
      return `rIdImg${rel}`;
    },
    drawing(): number {
      drawing++;
      return drawing;
    },
  };
}

/** The filled document with its markers replaced by the pictures (or removed); unchanged without markers. */
export function placeImages(docx: Uint8Array, images: readonly ChartImage[]): Uint8Array {
  const zip = new PizZip(docx);
  const xml = zip.file(DOCUMENT)?.asText() ?? "";
  if (!xml.includes("[[рисунок:")) return docx;
  let rels = zip.file(RELS)?.asText() ?? "";
  const ids = freshIds(rels, xml);
  const maxWidth = textWidthEmu(xml);
  const placed = new Map<string, string>();
  const byId = new Map(images.map((image) => [image.id as string, image]));
  const body = xml.replace(/<w:p\b(?:[^>]*)>[\s\S]*?<\/w:p>/g, (paragraph) => {
    const marker = MARKER.exec(partText(paragraph).trim());
    if (marker === null) return paragraph;
    const image = byId.get(marker[1]!);
    if (image === undefined) return "";
    let relId = placed.get(image.id);
    if (relId === undefined) {
      relId = ids.rel();
      placed.set(image.id, relId);
      zip.file(`word/media/${relId}.png`, image.png);
      rels = rels.replace(
        "</Relationships>",
        `<Relationship Id="${relId}" Type="${IMAGE_REL}" Target="media/${relId}.png"/></Relationships>`,
      );
    }
    return drawingParagraph(relId, ids.drawing(), image, maxWidth);
  });
  zip.file(DOCUMENT, body);
  if (placed.size > 0) {
    zip.file(RELS, rels);
    const types = zip.file(CONTENT_TYPES)?.asText() ?? "";
    if (!/<Default\b[^>]*Extension="png"/i.test(types))
      zip.file(
        CONTENT_TYPES,
        types.replace(/(<Types\b[^>]*>)/, '$1<Default Extension="png" ContentType="image/png"/>'),
      );
  }
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}
