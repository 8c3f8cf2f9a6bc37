/**
 * DocumentsPort inside the page: the default templates (the same .docx the CLI writes into «Шаблоны»),
 * documents kept in memory by path until the coordinator downloads them as one .zip.
 */
import type { DocumentKindSpec, DocumentRequest, DocumentsPort, MadeDocument } from "../../core/documents";
import { TemplateError, type TemplateSource } from "../../core/template";
import { docxText } from "../../node/docx/extractText";
import { renderDocx, validateDocxTemplate } from "../../node/docx/render";
import { writeDocxTemplate } from "../../node/docx/writeTemplate";

/** The folder the .zip unpacks into next to the workbook; the links in «Пары» point into it. */
export const DOCUMENTS_FOLDER = "Документы";

export class MemoryDocuments implements DocumentsPort {
  /** Path inside the archive → the .docx. */
  readonly files = new Map<string, Uint8Array>();
  private readonly templates = new Map<string, Uint8Array>();

  documentPath(request: DocumentRequest): string {
    return `${DOCUMENTS_FOLDER}/${request.folder}/${request.fileName}.docx`;
  }

  template(kind: DocumentKindSpec): TemplateSource {
    let bytes = this.templates.get(kind.id);
    if (!bytes) {
      bytes = writeDocxTemplate(kind.blocks());
      const problems = validateDocxTemplate(bytes, { name: kind.title, kind });
      if (problems.length > 0) throw new TemplateError(kind.title, problems);
      this.templates.set(kind.id, bytes);
    }
    return { name: kind.title, text: docxText(bytes) };
  }

  find(request: DocumentRequest): MadeDocument | null {
    const path = this.documentPath(request);
    return this.files.has(path) ? { link: path } : null;
  }

  /**
   * The page cannot see documents saved in an earlier visit (they are in the coordinator's folder or an
   * archive it downloaded), so a recorded document counts as there: a duplicate is worse than a gap.
   */
  exists(): boolean {
    return true;
  }

  create(request: DocumentRequest): MadeDocument {
    if (!this.templates.has(request.kind.id)) this.template(request.kind);
    const path = this.documentPath(request);
    const template = this.templates.get(request.kind.id)!;
    this.files.set(
      path,
      renderDocx(template, request.data, { name: request.kind.title, kind: request.kind }),
    );
    return { link: path };
  }
}
