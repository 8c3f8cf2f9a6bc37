/**
 * DocumentsPort offline: .docx files under an output folder. Templates are materialised from the default
 * blocks into `<out>/Шаблоны/<kind title>.docx` on first use, so that a coordinator can edit them in Word
 * or LibreOffice; an existing one is re-used, after validation. Documents go to `<out>/<kind folder>/`.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { DocumentKindSpec, DocumentRequest, DocumentsPort, MadeDocument } from "../../core/documents";
import { TemplateError, type TemplateSource } from "../../core/template";
import { docxText, placeImages, renderDocx, validateDocxTemplate, writeDocxTemplate } from "../docx";

export const TEMPLATES_FOLDER = "Шаблоны";

/** Writes through a temporary file and a rename: a failure never leaves half a file under the real name. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export class DocxDocuments implements DocumentsPort {
  /** Every file this port wrote or found, in order: what a PDF copy is made of. */
  readonly files: string[] = [];
  /** Templates written from the defaults by this run. */
  readonly newTemplates: string[] = [];
  private readonly templates = new Map<string, Uint8Array>();

  constructor(readonly outDir: string) {}

  templatePath(kind: DocumentKindSpec): string {
    return join(this.outDir, TEMPLATES_FOLDER, `${kind.title}.docx`);
  }

  documentPath(request: DocumentRequest): string {
    return join(this.outDir, request.folder, `${request.fileName}.docx`);
  }

  template(kind: DocumentKindSpec): TemplateSource {
    const path = this.templatePath(kind);
    if (!existsSync(path)) {
      writeAtomically(path, writeDocxTemplate(kind.blocks()));
      this.newTemplates.push(path);
    }
    const bytes = new Uint8Array(readFileSync(path));
    const problems = validateDocxTemplate(bytes, { name: kind.title, kind });
    if (problems.length > 0) throw new TemplateError(kind.title, problems);
    this.templates.set(kind.id, bytes);
    return { name: kind.title, text: docxText(bytes) };
  }

  /**
   * A link is the path a document was written to. A folder moved or renamed with the workbook (or a
   * relative path from another working folder) is looked up by name in this run's output folder too.
   */
  exists(kind: DocumentKindSpec, link: string): boolean {
    return existsSync(link) || existsSync(join(this.outDir, kind.folder, basename(link)));
  }

  find(request: DocumentRequest): MadeDocument | null {
    const path = this.documentPath(request);
    if (!existsSync(path)) return null;
    this.files.push(path);
    return { link: path };
  }

  create(request: DocumentRequest): MadeDocument {
    if (!this.templates.has(request.kind.id)) this.template(request.kind);
    const template = this.templates.get(request.kind.id)!;
    const path = this.documentPath(request);
    const filled = renderDocx(template, request.data, { name: request.kind.title, kind: request.kind });
    writeAtomically(path, placeImages(filled, request.images ?? []));
    this.files.push(path);
    return { link: path };
  }
}
