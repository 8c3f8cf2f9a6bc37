/**
 * Fills a .docx template with docxtemplater, in the template language of src/core/template: delimiters
 * `{{ }}`, modifiers through the parser option, loops with `paragraphLoop`. Before docxtemplater runs,
 * every part's text is compiled and rendered by core, so a bad template or missing data is refused with
 * core's own messages and nothing is produced.
 */
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import { TemplateError, templateProblem, unique } from "../../core/template/errors";
import type { DocumentKind } from "../../core/template/fields";
import { renderText } from "../../core/template/render";
import { parseTag } from "../../core/template/syntax";
import { compileTemplate } from "../../core/template/validate";
import {
  formatValue,
  isMissing,
  ownValue,
  sectionValue,
  type TemplateData,
  ValueProblem,
} from "../../core/template/values";
import { partText, textParts } from "./extractText";

export interface DocxTemplateOptions {
  /** Template name for messages: «Приказ о закреплении пар». */
  readonly name: string;
  readonly kind: DocumentKind;
}

function openZip(template: Uint8Array, name: string): PizZip {
  try {
    return new PizZip(template);
  } catch {
    throw new TemplateError(name, [
      templateProblem(name, "файл не является документом .docx (не открывается как архив)"),
    ]);
  }
}

function collect(problems: string[], action: () => void): void {
  try {
    action();
  } catch (error) {
    if (error instanceof TemplateError) problems.push(...error.problems);
    else throw error;
  }
}

/** Compiles each part's text: returns every problem of the template (empty when it is usable). */
export function validateDocxTemplate(template: Uint8Array, options: DocxTemplateOptions): string[] {
  const zip = openZip(template, options.name);
  const problems: string[] = [];
  for (const part of textParts(zip)) {
    const text = partText(zip.file(part)?.asText() ?? "");
    collect(problems, () => compileTemplate({ name: options.name, text }, options.kind));
  }
  return unique(problems);
}

/** Renders every part's text with core first: the same checks, the same messages, as `renderText`. */
function preflight(zip: PizZip, data: TemplateData, options: DocxTemplateOptions): void {
  const problems: string[] = [];
  const compiled = textParts(zip).flatMap((part) => {
    const text = partText(zip.file(part)?.asText() ?? "");
    try {
      return [compileTemplate({ name: options.name, text }, options.kind)];
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      problems.push(...error.problems);
      return [];
    }
  });
  if (problems.length === 0) {
    for (const template of compiled) collect(problems, () => renderText(template, data));
  }
  if (problems.length > 0) throw new TemplateError(options.name, unique(problems));
}

interface ParserMeta {
  readonly tag?: { readonly module?: string };
}

/** docxtemplater's parser: the same tag syntax, lookup and formatting as core. */
export function templateParser(templateName: string) {
  return (tag: string, meta?: ParserMeta) => {
    if (meta?.tag?.module === "loop") {
      const name = tag.replace(/[\s\u00a0\u2007\u202f]+/g, " ").trim();
      return {
        get(scope: unknown) {
          const value = ownValue(scope, name);
          if (value === null || value === undefined) return undefined;
          const shown = sectionValue(value);
          return shown === "hidden" ? false : shown === "once" ? true : shown;
        },
      };
    }
    const parsed = parseTag(tag);
    if ("problem" in parsed || parsed.type !== "value") {
      const problem = "problem" in parsed ? parsed.problem : `неожиданный тег {{${tag}}}`;
      throw new TemplateError(templateName, [templateProblem(templateName, problem)]);
    }
    return {
      get(scope: unknown) {
        const value = ownValue(scope, parsed.name);
        if (value === null || value === undefined) return undefined;
        if (Array.isArray(value))
          throw new ValueProblem(`поле ${parsed.raw} — список, его нельзя вставить как текст`);
        if (isMissing(value)) throw new ValueProblem(`не заполнено поле ${parsed.raw}`);
        return formatValue(value as Exclude<typeof value, readonly TemplateData[]>, parsed.format);
      },
    };
  };
}

interface DocxtemplaterError {
  readonly message?: string;
  readonly properties?: {
    readonly errors?: readonly DocxtemplaterError[];
    readonly explanation?: string;
    readonly rootError?: unknown;
  };
}

/** docxtemplater's errors (should preflight miss one) as Russian problems naming the template. */
function translate(error: unknown, name: string): TemplateError {
  if (error instanceof TemplateError) return error;
  const list = (error as DocxtemplaterError).properties?.errors ?? [error as DocxtemplaterError];
  const problems = list.map((item) => {
    const root = item.properties?.rootError;
    if (root instanceof TemplateError) return root.problems.join("\n");
    if (root instanceof Error) return templateProblem(name, root.message);
    const detail = item.properties?.explanation ?? item.message ?? String(item);
    return templateProblem(name, `документ не удалось заполнить: ${detail}`);
  });
  return new TemplateError(name, unique(problems));
}

/**
 * Fills the template and returns the new .docx. Throws `TemplateError` (every problem at once) for an
 * unknown tag, a bad modifier, an unbalanced loop or an empty field; then nothing is produced.
 */
export function renderDocx(
  template: Uint8Array,
  data: TemplateData,
  options: DocxTemplateOptions,
): Uint8Array {
  const zip = openZip(template, options.name);
  preflight(zip, data, options);
  try {
    const doc = new Docxtemplater(zip, {
      delimiters: { start: "{{", end: "}}" },
      paragraphLoop: true,
      linebreaks: true,
      stripInvalidXMLChars: true,
      syntax: { changeDelimiterPrefix: null },
      parser: templateParser(options.name),
      nullGetter(part) {
        if (part.module === "loop") return false;
        throw new TemplateError(options.name, [
          templateProblem(options.name, `не заполнено поле {{${part.value}}}`),
        ]);
      },
    });
    doc.render(data);
    return doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
  } catch (error) {
    throw translate(error, options.name);
  }
}
