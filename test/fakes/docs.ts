import type { CallLog, Implements } from "./calls";
import { javaReplace } from "./javaRegex";

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
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
    const parent = this.parent;
    // Docs keeps a body and a table cell ending in a paragraph.
    if (
      this instanceof FakeParagraph &&
      (parent instanceof FakeBody || parent instanceof FakeTableCell) &&
      parent.children.at(-1) === this
    )
      throw new Error(
        parent instanceof FakeBody
          ? "Can't remove the last paragraph in a document section."
          : "Can't remove the last paragraph in a table cell.",
      );
    this.parent?.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = undefined;
    return this;
  }
  getParent(): FakeContainer | undefined {
    return this.parent;
  }
  asParagraph(): Paragraph {
    if (!(this instanceof FakeParagraph) || this instanceof FakeListItem)
      throw new Error("Element is not a paragraph.");
    return this as unknown as Paragraph;
  }
  asListItem(): ListItem {
    if (!(this instanceof FakeListItem)) throw new Error("Element is not a list item.");
    return this as unknown as ListItem;
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
    if (paragraph instanceof FakeListItem) throw new Error("A list item is inserted with insertListItem.");
    const node =
      typeof paragraph === "string"
        ? new FakeParagraph(this.owner, paragraph)
        : (paragraph as unknown as FakeParagraph);
    return this.adopt(node, childIndex) as unknown as Paragraph;
  }
  insertListItem(childIndex: number, listItem: string | ListItem): ListItem {
    this.touch("insertListItem");
    const node =
      typeof listItem === "string"
        ? new FakeListItem(this.owner, listItem)
        : (listItem as unknown as FakeNode);
    if (!(node instanceof FakeListItem)) throw new Error("Element is not a list item.");
    return this.adopt(node, childIndex) as unknown as ListItem;
  }
  insertTable(childIndex: number, table: Table | string[][]): Table {
    this.touch("insertTable");
    const node = Array.isArray(table)
      ? FakeTable.withCells(this.owner, table)
      : (table as unknown as FakeTable);
    return this.adopt(node, childIndex) as unknown as Table;
  }
  /** Adds contents without a service call: what Google's own conversion does (docxImport.ts). */
  importChild<T extends FakeNode>(child: T): T {
    return this.adopt(child);
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
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.touch("appendPageBreak");
    this.pageBreak = true;
    return this as unknown as GoogleAppsScript.Document.PageBreak;
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

/** A paragraph with a bullet or number: the same text and replacing, its own type and copy. */
export class FakeListItem
  extends FakeParagraph
  implements Implements<ListItem, "getText" | "setText" | "replaceText" | "getNestingLevel" | "getListId">
{
  nestingLevel = 0;
  listId = "kix.list.1";
  glyph = "NUMBER";
  override getType(): unknown {
    return ElementType.LIST_ITEM;
  }
  getNestingLevel(): number {
    return this.nestingLevel;
  }
  getListId(): string {
    return this.listId;
  }
  override copy(): FakeListItem {
    const clone = new FakeListItem(this.owner, this.text);
    Object.assign(clone, {
      alignment: this.alignment,
      bold: this.bold,
      size: this.size,
      nestingLevel: this.nestingLevel,
      listId: this.listId,
      glyph: this.glyph,
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
  static withCells(owner: Owner, cells: readonly (readonly string[])[]): FakeTable {
    const table = new FakeTable(owner);
    for (const row of cells) table.adopt(FakeTableRow.withCells(owner, row));
    return table;
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
      | "appendListItem"
      | "insertParagraph"
      | "insertListItem"
      | "insertTable"
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
  /** As in Docs, a body never ends with a table: an empty paragraph follows the appended one. */
  appendTable(cells?: string[][] | Table): Table {
    this.touch("appendTable");
    const table =
      cells && !Array.isArray(cells)
        ? (cells as unknown as FakeTable)
        : FakeTable.withCells(this.owner, cells ?? []);
    this.adopt(table);
    this.adopt(new FakeParagraph(this.owner, ""));
    return table as unknown as Table;
  }
  appendListItem(listItem: string | ListItem): ListItem {
    return this.insertListItem(this.children.length, listItem as ListItem);
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
  /**
   * The text as the renderers' contract defines it: a paragraph ends with «\n», a table row's cells are
   * joined by «\t»; the empty paragraph Docs keeps after a final table or between two tables is not part
   * of it.
   */
  text(): string {
    const children = this.body.children;
    return children
      .filter((child, index) => {
        const separator =
          child instanceof FakeParagraph &&
          !(child instanceof FakeListItem) &&
          child.text === "" &&
          !child.pageBreak &&
          children[index - 1] instanceof FakeTable &&
          (index === children.length - 1 || children[index + 1] instanceof FakeTable);
        return !separator;
      })
      .map((child) => {
        if (child instanceof FakeTable) return child.children.map((row) => `${row.getText()}\n`).join("");
        return `${child.getText()}\n`;
      })
      .join("");
  }
}
