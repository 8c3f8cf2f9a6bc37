/**
 * Google's import of a .docx into a Google Doc, as the fake models it: what Drive does when a file is
 * created with the Google Docs MIME type from .docx content («If a file is created with a Google Doc MIME
 * type, the uploaded content is imported», https://developers.google.com/drive/api/reference/rest/v3/files/create;
 * import formats: https://developers.google.com/drive/api/guides/ref-export-formats).
 *
 * The body's paragraphs (numbered ones as list items), tables with their rows and cells, tabs, line
 * breaks and page breaks; and what Docs always does to a body: it never ends with a table, and two tables
 * are never adjacent — an empty paragraph follows a table in both cases. Formatting is not modelled.
 */
import PizZip from "pizzip";
import {
  type FakeDocument,
  FakeListItem,
  FakeParagraph,
  FakeTable,
  FakeTableCell,
  FakeTableRow,
} from "./docs";

const TOKEN = /<(\/?)(w:p|w:t|w:tab|w:br|w:cr|w:tbl|w:tr|w:tc|w:numPr)(?=[\s/>])([^>]*)>/g;

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity in named) return named[entity]!;
    return String.fromCodePoint(
      entity.startsWith("#x") ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
    );
  });
}

type Container = FakeDocument["body"] | FakeTableCell;

/** Throws as Drive does for content it cannot read as the declared type. */
export function importDocx(bytes: Uint8Array, document: FakeDocument): void {
  let xml: string;
  try {
    xml = new PizZip(bytes).file("word/document.xml")?.asText() ?? "";
  } catch {
    throw new Error("API call to drive.files.create failed with error: Bad Request");
  }
  if (!xml.includes("<w:body"))
    throw new Error("API call to drive.files.create failed with error: Bad Request");
  const owner = document.owner;
  const containers: Container[] = [document.body];
  const tables: FakeTable[] = [];
  let paragraph: FakeParagraph | null = null;
  let text = "";
  let numbered = false;
  let pageBreak = false;
  const container = () => containers[containers.length - 1]!;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(xml); match !== null; match = TOKEN.exec(xml)) {
    const [, closing, name, rest = ""] = match;
    const selfClosing = rest.endsWith("/");
    if (name === "w:p" && !closing) {
      paragraph = new FakeParagraph(owner, "");
      text = "";
      numbered = false;
      pageBreak = false;
    }
    if (name === "w:p" && (closing || selfClosing) && paragraph) {
      const made = numbered ? new FakeListItem(owner, text) : new FakeParagraph(owner, text);
      made.pageBreak = pageBreak;
      container().importChild(made);
      paragraph = null;
    } else if (name === "w:numPr" && !closing) numbered = true;
    else if (name === "w:t" && !closing && !selfClosing) {
      const end = xml.indexOf("</w:t>", TOKEN.lastIndex);
      text += decode(xml.slice(TOKEN.lastIndex, end));
      TOKEN.lastIndex = end + "</w:t>".length;
    } else if (name === "w:tab" && !closing && paragraph) text += "\t";
    else if ((name === "w:br" || name === "w:cr") && !closing) {
      if (/w:type="page"/.test(rest)) pageBreak = true;
      else text += "\n";
    } else if (name === "w:tbl") {
      if (!closing) {
        const table = new FakeTable(owner);
        container().importChild(table);
        tables.push(table);
        containers.push(container()); // a table's rows are not a container of paragraphs
      } else {
        containers.pop();
        tables.pop();
      }
    } else if (name === "w:tr" && !closing) {
      tables[tables.length - 1]?.importChild(new FakeTableRow(owner));
    } else if (name === "w:tc") {
      if (!closing) {
        const row = tables[tables.length - 1]?.children.at(-1) as FakeTableRow | undefined;
        const cell = new FakeTableCell(owner);
        row?.importChild(cell);
        containers.push(cell);
      } else {
        const cell = containers.pop() as FakeTableCell;
        if (cell.getNumChildren() === 0) cell.importChild(new FakeParagraph(owner, ""));
      }
    }
  }
  // Docs keeps a paragraph after every table: at the end of the body and between two tables.
  const children = document.body.children;
  for (let index = children.length - 1; index >= 0; index--) {
    const next = children[index + 1];
    if (children[index] instanceof FakeTable && (next === undefined || next instanceof FakeTable))
      document.body.children.splice(index + 1, 0, emptyParagraph(document));
  }
}

function emptyParagraph(document: FakeDocument): FakeParagraph {
  const paragraph = new FakeParagraph(document.owner, "");
  paragraph.parent = document.body;
  return paragraph;
}
