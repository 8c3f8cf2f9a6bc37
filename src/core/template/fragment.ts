import type { DocumentKind } from "./fields";
import { renderText } from "./render";
import { compileTemplate } from "./validate";
import type { TemplateData } from "./values";

/** One level of a repeated block a fragment stands in: the list's name and the element being filled. */
export interface LoopFrame {
  readonly list: string;
  readonly item: TemplateData;
}

/**
 * Renders one piece of a template (a paragraph or a table cell of a Google Doc) as the whole template
 * would render it at that place: inside the loops of `frames`, with their elements in scope. The piece
 * is wrapped in those loops, each holding only its current element, so that names resolve exactly as
 * in `renderText` of the whole document.
 */
export function renderFragment(
  text: string,
  data: TemplateData,
  frames: readonly LoopFrame[],
  kind: DocumentKind,
  name: string,
): string {
  const open = frames.map((frame) => `{{#${frame.list}}}`).join("");
  const close = [...frames]
    .reverse()
    .map((frame) => `{{/${frame.list}}}`)
    .join("");
  let nested: TemplateData | undefined;
  for (let index = frames.length - 1; index >= 0; index--) {
    const frame = frames[index]!;
    const inner = frames[index + 1];
    nested = inner && nested ? { ...frame.item, [inner.list]: [nested] } : frame.item;
  }
  const first = frames[0];
  const scoped: TemplateData = first && nested ? { ...data, [first.list]: [nested] } : data;
  return renderText(compileTemplate({ name, text: `${open}${text}${close}` }, kind), scoped);
}
