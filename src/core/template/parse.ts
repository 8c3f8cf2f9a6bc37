/**
 * Template text → tree. The text is paragraphs ending with «\n»; a table row is its cells joined by «\t»
 * and ended by «\n» (that is how the .docx and Google Docs renderers see a document). A section
 * `{{#X}}…{{/X}}` is laid out by where its tags stand, exactly as docxtemplater does it:
 * - within one paragraph or cell: `inline`, the text between the tags repeats in place;
 * - across paragraphs: `paragraphs`, each tag must be alone in its paragraph; those two paragraphs vanish
 *   and the paragraphs between them repeat;
 * - across cells: `rows`, `{{#X}}` must open the first cell of a row and `{{/X}}` end the last cell of a
 *   (possibly later) row; the rows repeat.
 * Any other placement is a problem, so that both renderers always agree.
 */
import { CLOSE, OPEN, parseTag, type ValueTag } from "./syntax";

export interface TextNode {
  readonly type: "text";
  text: string;
}

export interface ValueNode {
  readonly type: "value";
  readonly tag: ValueTag;
}

export type SectionLayout = "inline" | "paragraphs" | "rows";

export interface SectionNode {
  readonly type: "section";
  readonly name: string;
  readonly inverted: boolean;
  /** The opening tag as written: «{{#Пары}}». */
  readonly raw: string;
  readonly layout: SectionLayout;
  /** For `rows`: the last row ended with «\n», which each repetition then ends with. */
  readonly rowTerminator: boolean;
  readonly children: TemplateNode[];
}

export type TemplateNode = TextNode | ValueNode | SectionNode;

export interface ParsedTemplate {
  readonly nodes: readonly TemplateNode[];
  /** Russian phrases without the template name; empty when the syntax is right. */
  readonly problems: readonly string[];
}

interface TagToken {
  readonly content: string;
  readonly start: number;
  readonly end: number;
}

interface Frame {
  readonly token: TagToken;
  readonly name: string;
  readonly inverted: boolean;
  readonly raw: string;
  readonly children: TemplateNode[];
}

function snippet(text: string, at: number): string {
  const from = Math.max(0, text.lastIndexOf("\n", at - 1) + 1, at - 30);
  return text.slice(from, at + 2).trim();
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos - 1) + 1;
}

function lineEnd(text: string, pos: number): number {
  const next = text.indexOf("\n", pos);
  return next < 0 ? text.length : next;
}

function pushText(children: TemplateNode[], text: string): void {
  if (text === "") return;
  const last = children[children.length - 1];
  if (last?.type === "text") last.text += text;
  else children.push({ type: "text", text });
}

type Layout = { readonly layout: SectionLayout } | { readonly problem: string };

function layoutOf(text: string, open: TagToken, close: TagToken, openRaw: string, name: string): Layout {
  const body = text.slice(open.end, close.start);
  const closeRaw = `{{/${name}}}`;
  const atLineStart = lineStart(text, open.start) === open.start;
  const atLineEnd = lineEnd(text, close.end) === close.end;
  if (body.includes("\t")) {
    const cellAfterOpen = text.slice(open.end, lineEnd(text, open.end)).includes("\t");
    const cellBeforeClose = text.slice(lineStart(text, close.start), close.start).includes("\t");
    if (atLineStart && atLineEnd && cellAfterOpen && cellBeforeClose) return { layout: "rows" };
    return {
      problem: `${openRaw}…${closeRaw} захватывает несколько ячеек таблицы: ${openRaw} должен стоять в самом начале первой ячейки строки, а ${closeRaw} — в самом конце последней ячейки строки (тогда строки повторяются)`,
    };
  }
  if (body.includes("\n")) {
    const openAlone = atLineStart && text.charAt(open.end) === "\n";
    const closeAlone = atLineEnd && text.charAt(close.start - 1) === "\n";
    if (openAlone && closeAlone) return { layout: "paragraphs" };
    return {
      problem: `${openRaw} и ${closeRaw} стоят в разных абзацах, поэтому каждый из них должен занимать отдельный абзац целиком`,
    };
  }
  return { layout: "inline" };
}

export function parseTemplateText(text: string): ParsedTemplate {
  const problems: string[] = [];
  const root: TemplateNode[] = [];
  const stack: Frame[] = [];
  let stripNewline = false;
  const current = (): TemplateNode[] => stack[stack.length - 1]?.children ?? root;

  const addText = (from: number, to: number): void => {
    let chunk = text.slice(from, to);
    const stray = chunk.indexOf(CLOSE);
    if (stray >= 0) problems.push(`лишние «${CLOSE}» без «${OPEN}»: «${snippet(text, from + stray)}»`);
    if (stripNewline && chunk.startsWith("\n")) chunk = chunk.slice(1);
    stripNewline = false;
    pushText(current(), chunk);
  };

  const closeSection = (frame: Frame, token: TagToken): void => {
    const layout = layoutOf(text, frame.token, token, frame.raw, frame.name);
    if ("problem" in layout) problems.push(layout.problem);
    const kind = "layout" in layout ? layout.layout : "inline";
    const first = frame.children[0];
    if (kind === "paragraphs" && first?.type === "text") {
      first.text = first.text.slice(1);
      if (first.text === "") frame.children.shift();
    }
    const endsLine = text.charAt(token.end) === "\n";
    current().push({
      type: "section",
      name: frame.name,
      inverted: frame.inverted,
      raw: frame.raw,
      layout: kind,
      rowTerminator: kind === "rows" && endsLine,
      children: frame.children,
    });
    stripNewline = kind !== "inline" && endsLine;
  };

  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf(OPEN, pos);
    if (open < 0) break;
    const close = text.indexOf(CLOSE, open + OPEN.length);
    const nextOpen = text.indexOf(OPEN, open + OPEN.length);
    const newline = text.indexOf("\n", open);
    const broken = close < 0 || (nextOpen >= 0 && nextOpen < close) || (newline >= 0 && newline < close);
    addText(pos, open);
    if (broken) {
      problems.push(
        `тег не закрыт: «${text.slice(open, lineEnd(text, open)).slice(0, 40)}» — нет «${CLOSE}»`,
      );
      pos = open + OPEN.length;
      continue;
    }
    const token: TagToken = {
      content: text.slice(open + OPEN.length, close),
      start: open,
      end: close + CLOSE.length,
    };
    pos = token.end;
    const parsed = parseTag(token.content);
    if ("problem" in parsed) problems.push(parsed.problem);
    const tag = "problem" in parsed ? parsed.recovered : parsed;
    if (tag === undefined) continue;
    if (tag.type === "value") {
      current().push({ type: "value", tag });
    } else if (tag.type === "open") {
      stack.push({ token, name: tag.name, inverted: tag.inverted, raw: tag.raw, children: [] });
    } else {
      const depth = stack.map((f) => f.name).lastIndexOf(tag.name);
      if (depth < 0) {
        problems.push(`${tag.raw} без открывающего {{#${tag.name}}}`);
        continue;
      }
      while (stack.length - 1 > depth) {
        const unclosed = stack.pop() as Frame;
        problems.push(`${unclosed.raw} не закрыт до ${tag.raw}`);
        current().push(...unclosed.children);
      }
      closeSection(stack.pop() as Frame, token);
    }
  }
  addText(pos, text.length);
  for (const frame of stack.reverse()) problems.push(`${frame.raw} не закрыт: нет {{/${frame.name}}}`);
  return { nodes: root, problems };
}
