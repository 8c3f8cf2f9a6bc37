/**
 * The text of a WordprocessingML part as the template language sees it (see src/core/template/parse.ts):
 * each paragraph ends with «\n»; a table row is its cells joined by «\t» and ended by «\n»; paragraphs
 * inside one cell are joined by a space; a line break is «\n», a tab «\t»; a page break adds nothing.
 * Runs are simply concatenated, so a tag Word split across runs reads whole.
 */
import PizZip from "pizzip";

const TOKEN = /<(\/?)(w:p|w:t|w:tab|w:br|w:cr|w:tr|w:tc)(?=[\s/>])([^>]*)>/g;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    switch (entity) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          entity.startsWith("#x") ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
        );
    }
  });
}

export function partText(xml: string): string {
  let out = "";
  const paragraphs: string[] = [];
  const cells: string[][] = [];
  const rows: string[][] = [];
  const emit = (line: string): void => {
    const cell = cells[cells.length - 1];
    if (cell !== undefined) cell.push(line);
    else out += `${line}\n`;
  };
  const append = (text: string): void => {
    if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] += text;
  };
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(xml); match !== null; match = TOKEN.exec(xml)) {
    const [, closing, name, rest = ""] = match;
    const selfClosing = rest.endsWith("/");
    if (name === "w:t" && !closing) {
      if (selfClosing) continue;
      const end = xml.indexOf("</w:t>", TOKEN.lastIndex);
      if (end < 0) break;
      append(decodeEntities(xml.slice(TOKEN.lastIndex, end)));
      TOKEN.lastIndex = end + "</w:t>".length;
    } else if (name === "w:tab" && !closing) {
      append("\t");
    } else if ((name === "w:br" || name === "w:cr") && !closing) {
      if (!/w:type="(page|column)"/.test(rest)) append("\n");
    } else if (name === "w:p") {
      if (!closing) paragraphs.push("");
      if (closing || selfClosing) emit(paragraphs.pop() ?? "");
    } else if (name === "w:tc") {
      if (!closing) cells.push([]);
      if (closing || selfClosing) rows[rows.length - 1]?.push((cells.pop() ?? []).join(" "));
    } else if (name === "w:tr") {
      if (!closing) rows.push([]);
      if (closing || selfClosing) emit((rows.pop() ?? []).join("\t"));
    }
  }
  return out;
}

/** The parts of a .docx that hold text a template may use: the body, headers, footers, notes. */
export function textParts(zip: PizZip): string[] {
  const names = Object.keys(zip.files).filter((name) =>
    /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(name),
  );
  return names.sort((a, b) =>
    a === "word/document.xml" ? -1 : b === "word/document.xml" ? 1 : a.localeCompare(b),
  );
}

/** The template-language text of a whole .docx: the body first, then headers, footers and notes. */
export function docxText(docx: Uint8Array | PizZip): string {
  const zip = docx instanceof PizZip ? docx : new PizZip(docx);
  return textParts(zip)
    .map((name) => partText(zip.file(name)?.asText() ?? ""))
    .join("");
}
