import type {
  DocumentKindSpec,
  DocumentRequest,
  DocumentsPort,
  MadeDocument,
} from "../../src/core/documents";
import { blocksToText, compileTemplate, renderText, type TemplateSource } from "../../src/core/template";

/** The text with non-breaking spaces and hyphens as ordinary ones, for assertions about wording. */
export function plain(text: string | undefined): string {
  return (text ?? "").replace(/\u00a0/g, " ").replace(/\u2011/g, "-");
}

export interface Creation {
  readonly kind: string;
  readonly fileName: string;
  readonly text: string;
}

/**
 * A DocumentsPort in memory: default templates (or given texts), each document rendered to plain text
 * with core's reference renderer. Hooks let a test fail a creation or move a clock.
 */
export class FakeDocuments implements DocumentsPort {
  /** Documents by «folder/name»: give another instance's to stand for the same folder on a later run. */
  readonly files: Map<string, Creation>;
  readonly creations: Creation[] = [];
  templateCalls = 0;

  constructor(
    private readonly options: {
      templates?: Partial<Record<string, string>>;
      beforeCreate?: (request: DocumentRequest, count: number) => void;
      files?: Map<string, Creation>;
    } = {},
  ) {
    this.files = options.files ?? new Map();
  }

  template(kind: DocumentKindSpec): TemplateSource {
    this.templateCalls++;
    return { name: kind.title, text: this.options.templates?.[kind.id] ?? blocksToText(kind.blocks()) };
  }

  find(request: DocumentRequest): MadeDocument | null {
    const path = `${request.folder}/${request.fileName}`;
    return this.files.has(path) ? { link: `fake://${path}` } : null;
  }

  create(request: DocumentRequest): MadeDocument {
    this.options.beforeCreate?.(request, this.creations.length);
    const path = `${request.folder}/${request.fileName}`;
    const template = compileTemplate(this.template(request.kind), request.kind);
    this.templateCalls--;
    const creation = {
      kind: request.kind.id,
      fileName: request.fileName,
      text: renderText(template, request.data),
    };
    this.creations.push(creation);
    this.files.set(path, creation);
    return { link: `fake://${path}` };
  }

  /** Whether the document behind a recorded link is still there (a test deletes it from `files`). */
  exists(_kind: DocumentKindSpec, link: string): boolean {
    return this.files.has(link.replace(/^fake:\/\//, ""));
  }

  byKind(kind: string): Creation[] {
    return this.creations.filter((creation) => creation.kind === kind);
  }
}
