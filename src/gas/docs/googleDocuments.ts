import type { DocumentKindSpec } from "../../core/documents/kinds";
import type { DocumentRequest, DocumentsPort, MadeDocument } from "../../core/documents/port";
import type { TemplateSource } from "../../core/template/validate";
import { writeBlocks } from "./blocksToDoc";
import { docText } from "./docText";
import { fillDocument } from "./fillDocument";

type Folder = GoogleAppsScript.Drive.Folder;
type DriveFile = GoogleAppsScript.Drive.File;

export const ROOT_FOLDER_NAME = "Наставничество — документы";
export const TEMPLATES_FOLDER = "Шаблоны";
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

function firstLive(files: GoogleAppsScript.Drive.FileIterator): DriveFile | null {
  while (files.hasNext()) {
    const file = files.next();
    if (!file.isTrashed()) return file;
  }
  return null;
}

/**
 * Google Docs behind the documents use case: templates are Docs in «Шаблоны» that the coordinator may
 * edit (created from the default blocks on first use), documents are copies of them filled in place,
 * each kind in its sub-folder of one Drive folder remembered in the document's properties.
 */
export class GoogleDocumentsPort implements DocumentsPort {
  private readonly properties = PropertiesService.getDocumentProperties();
  private root: Folder | null = null;

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
    const root = this.rootFolder();
    const found = root.getFoldersByName(name);
    return found.hasNext() ? found.next() : root.createFolder(name);
  }

  private templateFile(kind: DocumentKindSpec): DriveFile {
    const id = this.properties.getProperty(templateKey(kind));
    const existing = id ? live(() => DriveApp.getFileById(id)) : null;
    if (existing) return existing;
    const document = DocumentApp.create(`Шаблон — ${kind.title}`);
    writeBlocks(document.getBody(), kind.blocks());
    document.saveAndClose();
    const file = DriveApp.getFileById(document.getId());
    file.moveTo(this.folder(TEMPLATES_FOLDER));
    this.properties.setProperty(templateKey(kind), file.getId());
    return file;
  }

  template(kind: DocumentKindSpec): TemplateSource {
    const file = this.templateFile(kind);
    const document = DocumentApp.openById(file.getId());
    return { name: file.getName(), text: docText(document.getBody()) };
  }

  find(request: DocumentRequest): MadeDocument | null {
    const file = firstLive(this.folder(request.folder).getFilesByName(request.fileName));
    return file ? { link: file.getUrl() } : null;
  }

  create(request: DocumentRequest): MadeDocument {
    const folder = this.folder(request.folder);
    const stale = folder.getFilesByName(request.fileName);
    while (stale.hasNext()) stale.next().setTrashed(true);
    const copy = this.templateFile(request.kind).makeCopy(request.fileName, folder);
    try {
      const document = DocumentApp.openById(copy.getId());
      fillDocument(document.getBody(), { data: request.data, kind: request.kind, name: request.kind.title });
      document.saveAndClose();
    } catch (error) {
      copy.setTrashed(true); // a half-filled copy must not be found and recorded by the next run
      throw error;
    }
    if (this.options.pdf) folder.createFile(copy.getAs(MimeType.PDF)).setName(`${request.fileName}.pdf`);
    return { link: copy.getUrl() };
  }
}
