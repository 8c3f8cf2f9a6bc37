import type { CallLog, Implements } from "./calls";
import { javaReplace } from "./javaRegex";

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type Text = GoogleAppsScript.Document.Text;
type Element = GoogleAppsScript.Document.Element;
type Document = GoogleAppsScript.Document.Document;

export const ElementType = {
  BODY_SECTION: "BODY_SECTION",
  PARAGRAPH: "PARAGRAPH",
  TABLE: "TABLE",
  TABLE_ROW: "TABLE_ROW",
  TABLE_CELL: "TABLE_CELL",
  PAGE_BREAK: "PAGE_BREAK",
  LIST_ITEM: "LIST_ITEM",
} as const;

export const HorizontalAlignment = {
  LEFT: "LEFT",
  CENTER: "CENTER",
  RIGHT: "RIGHT",
  JUSTIFY: "JUSTIFY",
} as const;

/** Every element refuses changes once its document is saved and closed, as in Apps Script. */
interface Owner {
  readonly calls: CallLog;
  closed: boolean;
}

abstract class FakeNode {
  parent: FakeContainer | undefined;
  constructor(readonly owner: Owner) {}
  abstract getType(): unknown;
  abstract getText(): string;
  abstract copy(): FakeNode;
  protected touch(method: string): void {
    this.owner.calls.record(`Document.${method}`);
    if (this.owner.closed) throw new Error("Document is closed, its contents cannot be updated.");
  }
  removeFromParent(): this {
    this.touch("removeFromParent");
    this.parent?.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = undefined;
    return this;
  }
  getParent(): FakeContainer | undefined {
    return this.parent;
  }
  asParagraph(): Paragraph {
    if (!(this instanceof FakeParagraph)) throw new Error("Element is not a paragraph.");
    return this as unknown as Paragraph;
  }
  asTable(): Table {
    if (!(this instanceof FakeTable)) throw new Error("Element is not a table.");
    return this as unknown as Table;
  }
  asText(): Text {
    if (!(this instanceof FakeParagraph)) throw new Error("Fake reads the text of paragraphs only.");
    return new FakeText(this) as unknown as Text;
  }
  /** Bold or size for every paragraph below this element. */
  editAsText(): Text {
    const paragraphs =
      this instanceof FakeParagraph ? [this] : this instanceof FakeContainer ? this.paragraphs() : [];
    return new FakeText(...paragraphs) as unknown as Text;
  }
}

abstract class FakeContainer extends FakeNode {
  children: FakeNode[] = [];
  getNumChildren(): number {
    return this.children.length;
  }
  getChild(childIndex: number): Element {
    const child = this.children[childIndex];
    if (!child)
      throw new Error(
        `Child index (${childIndex}) must be less than the number of child elements (${this.children.length}).`,
      );
    return child as unknown as Element;
  }
  getChildIndex(child: Element): number {
    return this.children.indexOf(child as unknown as FakeNode);
  }
  insertParagraph(childIndex: number, paragraph: string | Paragraph): Paragraph {
    this.touch("insertParagraph");
    const node =
      typeof paragraph === "string"
        ? new FakeParagraph(this.owner, paragraph)
        : (paragraph as unknown as FakeParagraph);
    return this.adopt(node, childIndex) as unknown as Paragraph;
  }
  insertTable(childIndex: number, table: Table): Table {
    this.touch("insertTable");
    return this.adopt(table as unknown as FakeTable, childIndex) as unknown as Table;
  }
  protected adopt<T extends FakeNode>(child: T, index = this.children.length): T {
    if (child.parent) throw new Error("Element must be detached.");
    child.parent = this;
    this.children.splice(index, 0, child);
    return child;
  }
  replaceText(searchPattern: string, replacement: string): Element {
    this.touch("replaceText");
    for (const paragraph of this.paragraphs())
      paragraph.text = javaReplace(paragraph.text, searchPattern, replacement);
    return this as unknown as Element;
  }
  paragraphs(): FakeParagraph[] {
    return this.children.flatMap((child) =>
      child instanceof FakeParagraph ? [child] : child instanceof FakeContainer ? child.paragraphs() : [],
    );
  }
}

export class FakeText implements Implements<Text, "getText" | "setBold" | "setFontSize"> {
  private readonly paragraphs: FakeParagraph[];
  constructor(...paragraphs: FakeParagraph[]) {
    this.paragraphs = paragraphs;
  }
  getText(): string {
    return this.paragraphs.map((paragraph) => paragraph.text).join("\n");
  }
  setBold(...args: [boolean] | [number, number, boolean]): Text {
    if (args.length !== 1) throw new Error("Fake sets bold on the whole text only.");
    for (const paragraph of this.paragraphs) paragraph.bold = args[0];
    return this as unknown as Text;
  }
  setFontSize(...args: [number] | [number, number, number]): Text {
    if (args.length !== 1) throw new Error("Fake sets the size of the whole text only.");
    for (const paragraph of this.paragraphs) paragraph.size = args[0];
    return this as unknown as Text;
  }
}

export class FakeParagraph
  extends FakeNode
  implements
    Implements<
      Paragraph,
      "getText" | "setText" | "setAlignment" | "getAlignment" | "editAsText" | "replaceText"
    >
{
  alignment: string = HorizontalAlignment.LEFT;
  bold = false;
  size: number | undefined;
  pageBreak = false;
  indentFirstLine = 0;
  constructor(
    owner: Owner,
    public text: string,
  ) {
    super(owner);
  }
  getType(): unknown {
    return ElementType.PARAGRAPH;
  }
  getText(): string {
    return this.text;
  }
  setText(text: string): Paragraph {
    this.touch("setText");
    this.text = text;
    return this as unknown as Paragraph;
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment | null): Paragraph {
    this.touch("setAlignment");
    this.alignment = String(alignment);
    return this as unknown as Paragraph;
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return this.alignment as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }
  setIndentFirstLine(indentFirstLine: number): Paragraph {
    this.indentFirstLine = indentFirstLine;
    return this as unknown as Paragraph;
  }
  replaceText(searchPattern: string, replacement: string): Element {
    this.touch("replaceText");
    this.text = javaReplace(this.text, searchPattern, replacement);
    return this as unknown as Element;
  }
  copy(): FakeParagraph {
    const clone = new FakeParagraph(this.owner, this.text);
    Object.assign(clone, {
      alignment: this.alignment,
      bold: this.bold,
      size: this.size,
      pageBreak: this.pageBreak,
    });
    return clone;
  }
}

export class FakeTableCell
  extends FakeContainer
  implements Implements<TableCell, "getText" | "setText" | "getNumChildren">
{
  getType(): unknown {
    return ElementType.TABLE_CELL;
  }
  getText(): string {
    return this.paragraphs()
      .map((paragraph) => paragraph.text)
      .join("\n");
  }
  setText(text: string): TableCell {
    this.touch("setText");
    this.children = [];
    this.adopt(new FakeParagraph(this.owner, text));
    return this as unknown as TableCell;
  }
  copy(): FakeTableCell {
    const clone = new FakeTableCell(this.owner);
    for (const child of this.children) clone.adopt(child.copy());
    return clone;
  }
  static withText(owner: Owner, text: string): FakeTableCell {
    const cell = new FakeTableCell(owner);
    cell.adopt(new FakeParagraph(owner, text));
    return cell;
  }
}

export class FakeTableRow
  extends FakeContainer
  implements Implements<TableRow, "getNumCells" | "getCell" | "getText" | "getParentTable">
{
  getType(): unknown {
    return ElementType.TABLE_ROW;
  }
  getNumCells(): number {
    return this.children.length;
  }
  getCell(cellIndex: number): TableCell {
    return this.getChild(cellIndex) as unknown as TableCell;
  }
  getText(): string {
    return this.children.map((cell) => cell.getText()).join("\t");
  }
  getParentTable(): Table {
    return this.parent as unknown as Table;
  }
  copy(): FakeTableRow {
    const clone = new FakeTableRow(this.owner);
    for (const child of this.children) clone.adopt(child.copy());
    return clone;
  }
  static withCells(owner: Owner, texts: readonly string[]): FakeTableRow {
    const row = new FakeTableRow(owner);
    for (const text of texts) row.adopt(FakeTableCell.withText(owner, text));
    return row;
  }
}

export class FakeTable
  extends FakeContainer
  implements
    Implements<Table, "getNumRows" | "getRow" | "insertTableRow" | "removeRow" | "getText" | "setBorderWidth">
{
  borderWidth = 1;
  getType(): unknown {
    return ElementType.TABLE;
  }
  getNumRows(): number {
    return this.children.length;
  }
  getRow(rowIndex: number): TableRow {
    return this.getChild(rowIndex) as unknown as TableRow;
  }
  insertTableRow(childIndex: number, tableRow?: TableRow): TableRow {
    this.touch("insertTableRow");
    const row = (tableRow as unknown as FakeTableRow | undefined) ?? new FakeTableRow(this.owner);
    return this.adopt(row, childIndex) as unknown as TableRow;
  }
  removeRow(rowIndex: number): TableRow {
    this.touch("removeRow");
    const row = this.children[rowIndex];
    if (!row) throw new Error(`Row index (${rowIndex}) out of range.`);
    row.removeFromParent();
    return row as unknown as TableRow;
  }
  getText(): string {
    return this.children.map((row) => row.getText()).join("\n");
  }
  setBorderWidth(width: number): Table {
    this.borderWidth = width;
    return this as unknown as Table;
  }
  copy(): FakeTable {
    const clone = new FakeTable(this.owner);
    clone.borderWidth = this.borderWidth;
    for (const child of this.children) clone.adopt(child.copy());
    return clone;
  }
}

export class FakeBody
  extends FakeContainer
  implements
    Implements<
      Body,
      | "getNumChildren"
      | "getChild"
      | "getChildIndex"
      | "appendParagraph"
      | "appendTable"
      | "appendPageBreak"
      | "insertParagraph"
      | "replaceText"
      | "getText"
      | "clear"
    >
{
  getType(): unknown {
    return ElementType.BODY_SECTION;
  }
  getText(): string {
    return this.children.map((child) => child.getText()).join("\n");
  }
  appendParagraph(text: string | Paragraph): Paragraph {
    this.touch("appendParagraph");
    const paragraph =
      typeof text === "string" ? new FakeParagraph(this.owner, text) : (text as unknown as FakeParagraph);
    return this.adopt(paragraph) as unknown as Paragraph;
  }
  appendTable(cells?: string[][] | Table): Table {
    this.touch("appendTable");
    if (cells && !Array.isArray(cells)) return this.adopt(cells as unknown as FakeTable) as unknown as Table;
    const table = new FakeTable(this.owner);
    for (const row of cells ?? [])
      table.insertTableRow(
        table.getNumRows(),
        FakeTableRow.withCells(this.owner, row) as unknown as TableRow,
      );
    return this.adopt(table) as unknown as Table;
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.touch("appendPageBreak");
    const paragraph = new FakeParagraph(this.owner, "");
    paragraph.pageBreak = true;
    this.adopt(paragraph);
    return paragraph as unknown as GoogleAppsScript.Document.PageBreak;
  }
  clear(): Body {
    this.touch("clear");
    this.children = [];
    return this as unknown as Body;
  }
  copy(): FakeBody {
    const clone = new FakeBody(this.owner);
    for (const child of this.children) clone.adopt(child.copy());
    return clone;
  }
  replaceContents(from: FakeBody): void {
    this.children = [];
    for (const child of from.children) this.adopt(child.copy());
  }
}

export class FakeDocument
  implements Implements<Document, "getId" | "getName" | "getUrl" | "getBody" | "saveAndClose">
{
  readonly owner: Owner;
  readonly body: FakeBody;
  saves = 0;
  constructor(
    calls: CallLog,
    readonly id: string,
    public name: string,
  ) {
    this.owner = { calls, closed: false };
    this.body = new FakeBody(this.owner);
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody(): Body {
    if (this.owner.closed) throw new Error("Document is closed, its contents cannot be updated.");
    return this.body as unknown as Body;
  }
  saveAndClose(): void {
    this.owner.closed = true;
    this.saves++;
  }
  /** Opening it again (DocumentApp.openById) gives a fresh handle on the same saved contents. */
  reopen(): void {
    this.owner.closed = false;
  }
  /** The text as the renderers' contract defines it: a paragraph ends with «\n», a table row's cells are joined by «\t». */
  text(): string {
    return this.body.children
      .map((child) => {
        if (child instanceof FakeTable) return child.children.map((row) => `${row.getText()}\n`).join("");
        return `${child.getText()}\n`;
      })
      .join("");
  }
}
