/** The plain-text renderer: the reference every other renderer must agree with. */
import { TemplateError, templateProblem, unique } from "./errors";
import type { TemplateNode } from "./parse";
import type { CompiledTemplate } from "./validate";
import {
  checkKind,
  formatValue,
  isMissing,
  lookup,
  sectionValue,
  type TemplateData,
  type TemplateScalar,
} from "./values";

/** Where in the data a tag is being filled, for messages: «список {{#Пары}}, строка 2». */
type Place = readonly string[];

interface Context {
  readonly template: CompiledTemplate;
  readonly problems: string[];
}

function where(place: Place): string {
  return place.length === 0 ? "" : ` (${place.join(" → ")})`;
}

/** «Не указана фамилия.» → «не указана фамилия», to follow «в теге {{X}}: ». */
function phrase(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.charAt(0).toLocaleLowerCase("ru") + message.slice(1)).replace(/\.$/, "");
}

/** The text of one value tag, or `null` after recording a problem. */
function renderValue(
  context: Context,
  node: Extract<TemplateNode, { type: "value" }>,
  scopes: readonly TemplateData[],
  place: Place,
): string | null {
  const value = lookup(scopes, node.tag.name);
  if (isMissing(value)) {
    context.problems.push(`не заполнено поле ${node.tag.raw}${where(place)}`);
    return null;
  }
  try {
    const spec = context.template.specs.get(node);
    if (spec !== undefined) checkKind(value, spec);
    if (Array.isArray(value)) throw new Error("Это список, его нельзя вставить как текст");
    return formatValue(value as TemplateScalar, node.tag.format);
  } catch (error) {
    context.problems.push(`в теге ${node.tag.raw}: ${phrase(error)}${where(place)}`);
    return null;
  }
}

function renderNodes(
  context: Context,
  nodes: readonly TemplateNode[],
  scopes: readonly TemplateData[],
  place: Place,
): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") {
      out += node.text;
    } else if (node.type === "value") {
      out += renderValue(context, node, scopes, place) ?? "";
    } else {
      out += renderSection(context, node, scopes, place);
    }
  }
  return out;
}

function renderSection(
  context: Context,
  node: Extract<TemplateNode, { type: "section" }>,
  scopes: readonly TemplateData[],
  place: Place,
): string {
  const value = lookup(scopes, node.name);
  const spec = context.template.specs.get(node);
  if (spec?.kind === "list" && value !== null && value !== undefined && !Array.isArray(value)) {
    context.problems.push(`блок ${node.raw}: ожидается список${where(place)}`);
    return "";
  }
  const shown = sectionValue(value);
  const pieces: string[] = [];
  if (node.inverted) {
    if (shown === "hidden") pieces.push(renderNodes(context, node.children, scopes, place));
  } else if (shown === "once") {
    pieces.push(renderNodes(context, node.children, scopes, place));
  } else if (shown !== "hidden") {
    shown.forEach((item, index) => {
      const itemPlace = [...place, `список ${node.raw}, строка ${index + 1}`];
      if (typeof item !== "object" || item === null || Array.isArray(item)) {
        context.problems.push(`элемент не является записью с полями${where(itemPlace)}`);
        return;
      }
      pieces.push(renderNodes(context, node.children, [...scopes, item], itemPlace));
    });
  }
  if (node.layout !== "rows") return pieces.join("");
  return node.rowTerminator ? pieces.map((p) => `${p}\n`).join("") : pieces.join("\n");
}

/**
 * Fills a compiled template with data. Throws `TemplateError` listing every empty field and every value
 * that does not fit, rather than leaving a blank in an order.
 */
export function renderText(template: CompiledTemplate, data: TemplateData): string {
  const context: Context = { template, problems: [] };
  const text = renderNodes(context, template.nodes, [data], []);
  if (context.problems.length > 0) {
    throw new TemplateError(
      template.name,
      unique(context.problems).map((p) => templateProblem(template.name, p)),
    );
  }
  return text;
}
