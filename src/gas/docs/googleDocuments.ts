import type { DocumentKindId, DocumentKindSpec } from "../../core/documents/kinds";
import type { DocumentRequest, DocumentsPort, MadeDocument } from "../../core/documents/port";
import type { TemplateSource } from "../../core/template/validate";
import { writeBlocks } from "./blocksToDoc";
import { docText } from "./docText";
import { fillDocument } from "./fillDocument";

type Folder = GoogleAppsScript.Drive.Folder;
type DriveFile = GoogleAppsScript.Drive.File;

export const ROOT_FOLDER_NAME = "Наставничество — документы";
export const TEMPLATES_FOLDER = "Шаблоны";
/**
 * A copy is filled under «~ name» and renamed when it is complete, so a run that stops halfway leaves
 * no file under a final name: `find` never returns a half-filled document, and the next run trashes it.
 */
export const UNFINISHED_PREFIX = "~ ";
const ROOT_KEY = "nastavnik.documents.folder";
const templateKey = (kind: DocumentKindSpec) => `nastavnik.template.${kind.id}`;

function live<T extends { isTrashed(): boolean }>(open: () => T): T | null {
  try {
    const item = open();
    return item.isTrashed() ? null : item;
  } catch {
    return null; // deleted, or no longer shared with the coordinator
  }
}

/**
 * The live files of a folder by name, read once per run: one search (Drive's query language, v2 names)
 * instead of a `getFilesByName` per document. Files named «~ …» are copies a stopped run did not finish;
 * they are trashed on the way.
 */
function indexFolder(folder: Folder): Map<string, DriveFile[]> {
  const byName = new Map<string, DriveFile[]>();
  const files = folder.searchFiles("trashed = false");
  while (files.hasNext()) {
    const file = files.next();
    const name = file.getName();
    if (name.startsWith(UNFINISHED_PREFIX)) file.setTrashed(true);
    else byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  return byName;
}

/**
 * Google Docs behind the documents use case: templates are Docs in «Шаблоны» that the coordinator may
 * edit (created from the default blocks on first use), documents are copies of them filled in place,
 * each kind in its sub-folder of one Drive folder remembered in the document's properties.
 *
 * One instance serves one run: folders, template files and the names in each output folder are looked
 * up once and kept, so a document costs a copy and a rename in Drive (and the PDF when asked).
 */
export class GoogleDocumentsPort implements DocumentsPort {
  private readonly properties = PropertiesService.getDocumentProperties();
  private root: Folder | null = null;
  private readonly folders = new Map<string, Folder>();
  private readonly templates = new Map<DocumentKindId, DriveFile>();
  private readonly outputs = new Map<string, Map<string, DriveFile[]>>();
  private templatesSwept = false;

  constructor(private readonly options: { readonly pdf: boolean }) {}

  private rootFolder(): Folder {
    if (this.root) return this.root;
    const id = this.properties.getProperty(ROOT_KEY);
    let folder = id ? live(() => DriveApp.getFolderById(id)) : null;
    if (!folder) {
      folder = DriveApp.createFolder(ROOT_FOLDER_NAME);
      this.properties.setProperty(ROOT_KEY, folder.getId());
    }
    this.root = folder;
    return folder;
  }

  private folder(name: string): Folder {
    const known = this.folders.get(name);
    if (known) return known;
    const root = this.rootFolder();
    const found = root.getFoldersByName(name);
    const folder = found.hasNext() ? found.next() : root.createFolder(name);
    this.folders.set(name, folder);
    return folder;
  }

  /** An output folder's live files by name, read (and swept of unfinished copies) once per run. */
  private output(name: string): Map<string, DriveFile[]> {
    let files = this.outputs.get(name);
    if (!files) {
      files = indexFolder(this.folder(name));
      this.outputs.set(name, files);
    }
    return files;
  }

  private templateFile(kind: DocumentKindSpec): DriveFile {
    const cached = this.templates.get(kind.id);
    if (cached) return cached;
    const id = this.properties.getProperty(templateKey(kind));
    const file = (id ? live(() => DriveApp.getFileById(id)) : null) ?? this.createTemplate(kind);
    this.templates.set(kind.id, file);
    return file;
  }

  /** Writes the default template into a new Doc in «Шаблоны», named only once it is complete. */
  private createTemplate(kind: DocumentKindSpec): DriveFile {
    const name = `Шаблон — ${kind.title}`;
    const folder = this.folder(TEMPLATES_FOLDER);
    if (!this.templatesSwept) indexFolder(folder); // trashes templates a stopped run did not finish
    this.templatesSwept = true;
    const document = DocumentApp.create(`${UNFINISHED_PREFIX}${name}`);
    const file = DriveApp.getFileById(document.getId());
    file.moveTo(folder);
    writeBlocks(document.getBody(), kind.blocks());
    document.saveAndClose();
    file.setName(name);
    this.properties.setProperty(templateKey(kind), file.getId());
    return file;
  }

  template(kind: DocumentKindSpec): TemplateSource {
    const file = this.templateFile(kind);
    const document = DocumentApp.openById(file.getId());
    return { name: document.getName(), text: docText(document.getBody()) };
  }

  /** A recorded Doc is gone when Drive no longer has it or it is in the trash; a link not to Drive is trusted. */
  exists(_kind: DocumentKindSpec, link: string): boolean {
    const id = /\/d\/([\w-]+)/.exec(link)?.[1];
    return id === undefined || live(() => DriveApp.getFileById(id)) !== null;
  }

  find(request: DocumentRequest): MadeDocument | null {
    const file = this.output(request.folder).get(request.fileName)?.[0];
    return file ? { link: file.getUrl() } : null;
  }

  create(request: DocumentRequest): MadeDocument {
    const files = this.output(request.folder);
    const folder = this.folder(request.folder);
    const copy = this.templateFile(request.kind).makeCopy(`${UNFINISHED_PREFIX}${request.fileName}`, folder);
    try {
      const document = DocumentApp.openById(copy.getId());
      fillDocument(document.getBody(), { data: request.data, kind: request.kind, name: request.kind.title });
      document.saveAndClose();
      if (this.options.pdf) {
        const pdfName = `${request.fileName}.pdf`;
        for (const stale of files.get(pdfName) ?? []) stale.setTrashed(true);
        const pdf = folder.createFile(copy.getAs(MimeType.PDF)).setName(pdfName);
        files.set(pdfName, [pdf]);
      }
      // Only now does the document get its name: another of the same name is replaced.
      for (const stale of files.get(request.fileName) ?? []) stale.setTrashed(true);
      copy.setName(request.fileName);
    } catch (error) {
      try {
        copy.setTrashed(true); // the next run would trash it anyway; this keeps the folder tidy now
      } catch {
        // Drive is failing: the original error says more.
      }
      throw error;
    }
    files.set(request.fileName, [copy]);
    return { link: copy.getUrl() };
  }
}
