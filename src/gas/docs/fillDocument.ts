import type { DocumentKind } from "../../core/template/fields";
import { type LoopFrame, renderFragment } from "../../core/template/fragment";
import { escapeForRe2, quoteReplacement } from "../../core/template/re2";
import { parseTag, type SectionTag } from "../../core/template/syntax";
import { lookup, type SectionValue, sectionValue, type TemplateData } from "../../core/template/values";

type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.TableCell;
type Element = GoogleAppsScript.Document.Element;
/** A list item is a paragraph with a bullet or number: the same text, tags and sections. */
type TextBlock = GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;

interface Fill {
  readonly data: TemplateData;
  readonly kind: DocumentKind;
  readonly name: string;
  /** Tags outside any loop: they mean the same everywhere, so the whole body is replaced once per tag. */
  readonly outerTags: Set<string>;
}

const TAG = /\{\{[^{}]*\}\}/g;

function section(text: string, type: "open" | "close"): SectionTag | undefined {
  const match = /^\s*\{\{([^{}]*)\}\}\s*$/.exec(text);
  if (!match) return undefined;
  const tag = parseTag(match[1] ?? "");
  return "type" in tag && tag.type === type ? (tag as SectionTag) : undefined;
}

function shown(fill: Fill, frames: readonly LoopFrame[], tag: SectionTag): SectionValue {
  const value = sectionValue(lookup([fill.data, ...frames.map((frame) => frame.item)], tag.name));
  if (!tag.inverted) return value;
  return value === "hidden" ? "once" : "hidden";
}

/** The element as a paragraph or list item, or undefined for a table, a page break and the like. */
function textBlock(element: Element): TextBlock | undefined {
  const type = element.getType();
  if (type === DocumentApp.ElementType.PARAGRAPH) return element.asParagraph();
  if (type === DocumentApp.ElementType.LIST_ITEM) return element.asListItem();
  return undefined;
}

/**
 * Fills a paragraph (or list item) whose text is `text` in place. Value tags are replaced one distinct
 * tag at a time, which keeps the paragraph's formatting; a paragraph with a section inside it is re-set
 * as a whole.
 */
function fillParagraph(paragraph: TextBlock, text: string, fill: Fill, frames: readonly LoopFrame[]): void {
  const tags = [...new Set(text.match(TAG) ?? [])];
  if (tags.length === 0) return;
  if (tags.some((tag) => /^\{\{\s*[#^/]/.test(tag))) {
    paragraph.setText(renderFragment(text, fill.data, frames, fill.kind, fill.name));
    return;
  }
  if (frames.length === 0) {
    for (const tag of tags) fill.outerTags.add(tag);
    return;
  }
  for (const tag of tags) {
    const value = renderFragment(tag, fill.data, frames, fill.kind, fill.name);
    paragraph.replaceText(escapeForRe2(tag), quoteReplacement(value));
  }
}

function closingIndex(container: Container, from: number, end: number, name: string): number {
  let depth = 0;
  for (let index = from + 1; index < end; index++) {
    const block = textBlock(container.getChild(index));
    if (!block) continue;
    const text = block.getText();
    if (section(text, "open")?.name === name) depth++;
    else if (section(text, "close")?.name === name) {
      if (depth === 0) return index;
      depth--;
    }
  }
  throw new Error(`В шаблоне нет закрывающего тега {{/${name}}}`);
}

function insertCopy(container: Container, index: number, element: Element): void {
  const type = element.getType();
  if (type === DocumentApp.ElementType.TABLE) container.insertTable(index, element.asTable().copy());
  else if (type === DocumentApp.ElementType.LIST_ITEM)
    container.insertListItem(index, element.asListItem().copy());
  else container.insertParagraph(index, element.asParagraph().copy());
}

/**
 * Removes children [from, from + count) and returns how many stay. Docs refuses to remove the last
 * paragraph of a body or a table cell («Can't remove the last paragraph…»), so that one is emptied instead.
 */
function removeChildren(container: Container, from: number, count: number): number {
  let kept = 0;
  for (let index = from + count - 1; index >= from; index--) {
    const child = container.getChild(index);
    const block = index === container.getNumChildren() - 1 ? textBlock(child) : undefined;
    if (block) {
      block.setText("");
      kept++;
    } else child.removeFromParent();
  }
  return kept;
}

/**
 * Fills children [start, end) of a container and returns where that range now ends: a block
 * between paragraphs `{{#Список}}` and `{{/Список}}` is copied once per element (or kept once, or
 * dropped, for an optional section), then filled in the element's scope.
 */
function fillRange(
  container: Container,
  start: number,
  end: number,
  fill: Fill,
  frames: readonly LoopFrame[],
): number {
  let index = start;
  let limit = end;
  while (index < limit) {
    const child = container.getChild(index);
    const type = child.getType();
    if (type === DocumentApp.ElementType.TABLE) {
      fillTable(child.asTable(), fill, frames);
      index++;
      continue;
    }
    const block = textBlock(child);
    if (!block) {
      index++;
      continue;
    }
    const text = block.getText();
    const open = section(text, "open");
    if (!open) {
      fillParagraph(block, text, fill, frames);
      index++;
      continue;
    }
    const close = closingIndex(container, index, limit, open.name);
    const body = close - index - 1;
    const value = shown(fill, frames, open);
    const items: (LoopFrame | null)[] =
      value === "hidden" ? [] : value === "once" ? [null] : value.map((item) => ({ list: open.name, item }));
    let cursor = close + 1;
    for (const item of items) {
      for (let offset = 0; offset < body; offset++)
        insertCopy(container, cursor + offset, container.getChild(index + 1 + offset));
      const filledEnd = fillRange(container, cursor, cursor + body, fill, item ? [...frames, item] : frames);
      cursor = filledEnd;
    }
    const kept = removeChildren(container, index, body + 2);
    const added = cursor - (close + 1) + kept;
    limit += added - (body + 2);
    index += added;
  }
  return limit;
}

/** Table rows whose first cell opens `{{#Список}}` and last cell closes it repeat once per element. */
function fillTable(table: Table, fill: Fill, frames: readonly LoopFrame[]): void {
  let row = 0;
  while (row < table.getNumRows()) {
    const current = table.getRow(row);
    const cells = current.getNumCells();
    const first = current.getCell(0).getText();
    const last = current.getCell(cells - 1).getText();
    const open = /^\s*\{\{([#^][^{}]*)\}\}/.exec(first);
    const tag = open ? parseTag(open[1] ?? "") : undefined;
    if (
      !tag ||
      !("type" in tag) ||
      tag.type !== "open" ||
      !new RegExp(`\\{\\{\\s*/\\s*${escapeForRe2(tag.name)}\\s*\\}\\}\\s*$`).test(last)
    ) {
      for (let cell = 0; cell < cells; cell++) {
        const container = current.getCell(cell);
        fillRange(container, 0, container.getNumChildren(), fill, frames);
      }
      row++;
      continue;
    }
    const value = shown(fill, frames, tag as SectionTag);
    const items: (LoopFrame | null)[] =
      value === "hidden" ? [] : value === "once" ? [null] : value.map((item) => ({ list: tag.name, item }));
    const openTag = open?.[0].trim() ?? "";
    const closeTag = /\{\{\s*\/[^{}]*\}\}\s*$/.exec(last)?.[0].trim() ?? "";
    items.forEach((item, offset) => {
      const copy = table.insertTableRow(row + 1 + offset, current.copy());
      copy.getCell(0).replaceText(escapeForRe2(openTag), "");
      copy.getCell(cells - 1).replaceText(escapeForRe2(closeTag), "");
      for (let cell = 0; cell < cells; cell++) {
        const container = copy.getCell(cell);
        fillRange(container, 0, container.getNumChildren(), fill, item ? [...frames, item] : frames);
      }
    });
    table.removeRow(row);
    row += items.length;
  }
}

/**
 * Fills a copy of a template in a Google Doc with the data of one document: repeated blocks first,
 * each copy filled in its element's scope, then every tag outside them with one replaceText each.
 */
export function fillDocument(body: GoogleAppsScript.Document.Body, document: Omit<Fill, "outerTags">): void {
  const fill: Fill = { ...document, outerTags: new Set() };
  fillRange(body, 0, body.getNumChildren(), fill, []);
  for (const tag of fill.outerTags)
    body.replaceText(
      escapeForRe2(tag),
      quoteReplacement(renderFragment(tag, fill.data, [], fill.kind, fill.name)),
    );
}
