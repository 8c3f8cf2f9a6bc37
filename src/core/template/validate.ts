/** Checks a template against the fields its document kind declares, and compiles it for rendering. */

import { editDistance } from "../format/editDistance";
import { TemplateError, templateProblem, unique } from "./errors";
import { type DocumentKind, FIELD_KIND_TITLES, type FieldSpec } from "./fields";
import { MODIFIERS_BY_KIND } from "./modifiers";
import { parseTemplateText, type TemplateNode } from "./parse";

export interface TemplateSource {
  /** Shown in every message: «Приказ о закреплении пар». */
  readonly name: string;
  readonly text: string;
}

/** A template that passed every check, with each tag bound to its declared field. */
export interface CompiledTemplate {
  readonly name: string;
  readonly kind: DocumentKind;
  readonly nodes: readonly TemplateNode[];
  /** The declared field of each value tag and section, by node. */
  readonly specs: ReadonlyMap<TemplateNode, FieldSpec>;
}

/** The declared name the author most likely meant, if one is close enough. */
function suggestion(name: string, scopes: readonly (readonly FieldSpec[])[]): string | null {
  const lower = name.toLocaleLowerCase("ru").replace(/ё/g, "е");
  let best: { name: string; distance: number } | null = null;
  for (const spec of scopes.flat()) {
    const distance = editDistance(lower, spec.name.toLocaleLowerCase("ru").replace(/ё/g, "е"));
    if (
      distance <= Math.max(1, Math.min(3, Math.floor(spec.name.length / 4))) &&
      distance < (best?.distance ?? 99)
    ) {
      best = { name: spec.name, distance };
    }
  }
  return best?.name ?? null;
}

function resolve(name: string, scopes: readonly (readonly FieldSpec[])[]): FieldSpec | null {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const found = scopes[i]?.find((spec) => spec.name === name);
    if (found !== undefined) return found;
  }
  return null;
}

/** The list whose elements have a field `name`, searched through every level of the kind. */
function listHolding(name: string, fields: readonly FieldSpec[]): FieldSpec | null {
  for (const spec of fields) {
    if (spec.kind !== "list") continue;
    const items = spec.items ?? [];
    if (items.some((item) => item.name === name)) return spec;
    const deeper = listHolding(name, items);
    if (deeper !== null) return deeper;
  }
  return null;
}

function unknownField(raw: string, name: string, scopes: readonly (readonly FieldSpec[])[]): string {
  const list = listHolding(name, scopes[0] ?? []);
  if (list !== null) {
    return `поле ${raw} есть только у элементов списка: оно пишется внутри {{#${list.name}}}…{{/${list.name}}}`;
  }
  const guess = suggestion(name, scopes);
  return `неизвестное поле ${raw}${guess === null ? "" : ` (может быть, имелось в виду {{${guess}}}?)`}`;
}

function checkNodes(
  nodes: readonly TemplateNode[],
  scopes: readonly (readonly FieldSpec[])[],
  problems: string[],
  specs: Map<TemplateNode, FieldSpec>,
): void {
  for (const node of nodes) {
    if (node.type === "text") continue;
    if (node.type === "value") {
      const { tag } = node;
      const spec = resolve(tag.name, scopes);
      if (spec === null) {
        problems.push(unknownField(tag.raw, tag.name, scopes));
      } else if (spec.kind === "list") {
        problems.push(
          `поле ${tag.raw} — список; его элементы выводятся блоком {{#${spec.name}}}…{{/${spec.name}}}`,
        );
      } else if (tag.modifierKinds !== null && !tag.modifierKinds.includes(spec.kind)) {
        const allowed = MODIFIERS_BY_KIND[spec.kind];
        const hint = allowed === undefined ? "у него модификаторов нет" : `допустимы: ${allowed.join(", ")}`;
        problems.push(
          `в теге ${tag.raw} модификаторы не подходят к полю {{${spec.name}}} (${FIELD_KIND_TITLES[spec.kind]}): ${hint}`,
        );
      } else {
        specs.set(node, spec);
      }
      continue;
    }
    const spec = resolve(node.name, scopes);
    if (spec === null) {
      problems.push(unknownField(node.raw, node.name, scopes));
      checkNodes(node.children, scopes, problems, specs);
      continue;
    }
    specs.set(node, spec);
    const inner = spec.kind === "list" && !node.inverted ? [...scopes, spec.items ?? []] : scopes;
    checkNodes(node.children, inner, problems, specs);
  }
}

function check(
  source: TemplateSource,
  kind: DocumentKind,
): { problems: string[]; compiled: CompiledTemplate } {
  const parsed = parseTemplateText(source.text);
  const problems = [...parsed.problems];
  const specs = new Map<TemplateNode, FieldSpec>();
  checkNodes(parsed.nodes, [kind.fields], problems, specs);
  return {
    problems: unique(problems.map((p) => templateProblem(source.name, p))),
    compiled: { name: source.name, kind, nodes: parsed.nodes, specs },
  };
}

/** Every problem of the template, as full Russian sentences; empty when it can be used. */
export function validateTemplate(source: TemplateSource, kind: DocumentKind): string[] {
  return check(source, kind).problems;
}

/** Compiles the template or throws `TemplateError` listing every problem: nothing is rendered from a bad one. */
export function compileTemplate(source: TemplateSource, kind: DocumentKind): CompiledTemplate {
  const { problems, compiled } = check(source, kind);
  if (problems.length > 0) throw new TemplateError(source.name, problems);
  return compiled;
}
