import type { DocumentKindId, DocumentKindSpec } from "../../core/documents/kinds";
import type { DocumentRequest, DocumentsPort, MadeDocument } from "../../core/documents/port";
import { TemplateError } from "../../core/template/errors";
import type { TemplateSource } from "../../core/template/validate";
// The .docx renderer is plain JavaScript (docxtemplater over pizzip): the very code that makes the
// offline documents runs here, so a Google Doc and its offline .docx are the same document by construction.
import { docxText } from "../../node/docx/extractText";
import { placeImages } from "../../node/docx/images";
import { renderDocx, validateDocxTemplate } from "../../node/docx/render";
import { writeDocxTemplate } from "../../node/docx/writeTemplate";
import { openRecorded, recordOwner, shareWithEditors } from "../access";
import { fromJavaBytes, toJavaBytes } from "./bytes";

type Folder = GoogleAppsScript.Drive.Folder;
type DriveFile = GoogleAppsScript.Drive.File;

export const ROOT_FOLDER_NAME = "Наставничество — документы";
export const TEMPLATES_FOLDER = "Шаблоны";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** Copies an older version left half-filled under «~ name»: trashed when their folder is read. */
const UNFINISHED_PREFIX = "~ ";
export const ROOT_KEY = "nastavnik.documents.folder";
/** The .docx template of a kind (earlier versions kept Google Doc templates under another key). */
const templateKey = (kind: DocumentKindSpec) => `nastavnik.template.docx.${kind.id}`;

export function templateFileName(kind: DocumentKindSpec): string {
  return `Шаблон — ${kind.title}.docx`;
}

/** The address of a Google Doc by its ID: the link «Пары» shows, without another call to Drive. */
export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

function live<T extends { isTrashed(): boolean }>(open: () => T): T | null {
  try {
    const item = open();
    return item.isTrashed() ? null : item;
  } catch {
    return null; // deleted, or no longer shared with the coordinator
  }
}

/**
 * A folder or template Nastavnik recorded: null when deleted or in the trash (a new one takes its place);
 * an error naming its owner when it is not shared with this coordinator (see `openRecorded`) — never a
 * silent second folder, nor a default template in place of a customised one.
 */
function recorded<T extends { isTrashed(): boolean }>(what: string, id: string, open: () => T): T | null {
  const item = openRecorded(what, id, open);
  return item && !item.isTrashed() ? item : null;
}

/** The advanced Drive service (enabled in appsscript.json); a Russian line when a copy of the script lacks it. */
function advancedDrive(): GoogleAppsScript.Drive {
  if (typeof Drive === "undefined" || !Drive)
    throw new Error(
      "Не включена служба Drive API: в редакторе скриптов выберите «Службы → Drive API → Добавить» и повторите.",
    );
  return Drive;
}

/** A file of an output folder as the port knows it: found by the folder's search, or made by this batch. */
interface Known {
  readonly id: string;
  readonly file?: DriveFile;
}

const LIST_PAGE = 1000;

/**
 * The live files of a folder by name: one Drive API list call per thousand files (its records are plain
 * data, where a DriveApp iterator would cost three calls a file), instead of a lookup per document.
 */
function indexFolder(folderId: string): Map<string, Known[]> {
  const byName = new Map<string, Known[]>();
  let pageToken: string | undefined;
  do {
    const page = advancedDrive().Files.list({
      q: `'${folderId}' in parents and trashed = false`,
      fields: "nextPageToken, files(id, name)",
      pageSize: LIST_PAGE,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const file of page.files ?? []) {
      const known = { id: file.id ?? "" };
      const name = file.name ?? "";
      if (name.startsWith(UNFINISHED_PREFIX)) trash(known);
      else byName.set(name, [...(byName.get(name) ?? []), known]);
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return byName;
}

function trash(known: Known): void {
  (known.file ?? DriveApp.getFileById(known.id)).setTrashed(true);
}

/**
 * What does not change during one execution, kept across its batches: the folders and the templates'
 * bytes. (Each batch still lists its output folders again: another execution may have added files.)
 */
export class DriveCache {
  root: Folder | null = null;
  readonly folders = new Map<string, { readonly folder: Folder; readonly id: string }>();
  readonly templates = new Map<DocumentKindId, Uint8Array>();
}

/**
 * Google Docs behind the documents use case. Templates are .docx files in «Шаблоны» — the same files as
 * offline, made from the default blocks on first use; Google Docs opens and saves them as .docx, so the
 * coordinator edits them there. A document is the template filled by the .docx renderer and uploaded with
 * conversion to a Google Doc in one Drive call (`Drive.Files.create`), straight under its final name:
 * the upload either makes the whole document or nothing, so no half-filled copy can ever be found.
 *
 * Per document that is two service calls (the blob and the upload), three more for a PDF copy, whatever
 * the document's length or its number of tags. One instance serves one batch: folders, templates and the
 * names in each output folder are read once.
 */
export class GoogleDocumentsPort implements DocumentsPort {
  private readonly properties = PropertiesService.getDocumentProperties();
  private readonly outputs = new Map<string, Map<string, Known[]>>();
  /** IDs of the live files of an output folder, for `exists`. */
  private readonly liveIds = new Map<string, Set<string>>();
  private readonly folders: DriveCache["folders"];
  private readonly templates: DriveCache["templates"];

  constructor(
    private readonly options: { readonly pdf: boolean },
    private readonly cache: DriveCache = new DriveCache(),
  ) {
    this.folders = cache.folders;
    this.templates = cache.templates;
  }

  private rootFolder(): Folder {
    if (this.cache.root) return this.cache.root;
    const id = this.properties.getProperty(ROOT_KEY);
    let folder = id ? recorded(`Папка «${ROOT_FOLDER_NAME}»`, id, () => DriveApp.getFolderById(id)) : null;
    if (!folder) {
      folder = DriveApp.createFolder(ROOT_FOLDER_NAME);
      recordOwner(folder.getId());
      this.properties.setProperty(ROOT_KEY, folder.getId());
    }
    // Templates and documents live in this folder: shared with the spreadsheet's editors, any
    // coordinator can use the customised templates and see every document.
    shareWithEditors(folder, SpreadsheetApp.getActiveSpreadsheet());
    this.cache.root = folder;
    return folder;
  }

  private folder(name: string): { readonly folder: Folder; readonly id: string } {
    const known = this.folders.get(name);
    if (known) return known;
    const root = this.rootFolder();
    const found = root.getFoldersByName(name);
    const folder = found.hasNext() ? found.next() : root.createFolder(name);
    const entry = { folder, id: folder.getId() };
    this.folders.set(name, entry);
    return entry;
  }

  /** A folder's live files by name, read (and swept of unfinished copies) once per batch. */
  private output(name: string): Map<string, Known[]> {
    let files = this.outputs.get(name);
    if (!files) {
      files = indexFolder(this.folder(name).id);
      this.outputs.set(name, files);
    }
    return files;
  }

  /** The kind's .docx template in Drive: the remembered file, one of its name in «Шаблоны», or a new one. */
  private templateFile(kind: DocumentKindSpec): DriveFile {
    const id = this.properties.getProperty(templateKey(kind));
    const remembered = id ? recorded(`Шаблон «${kind.title}»`, id, () => DriveApp.getFileById(id)) : null;
    if (remembered) return remembered;
    const name = templateFileName(kind);
    const found = this.output(TEMPLATES_FOLDER).get(name)?.[0];
    const file =
      (found ? (found.file ?? DriveApp.getFileById(found.id)) : null) ??
      this.folder(TEMPLATES_FOLDER).folder.createFile(
        Utilities.newBlob(toJavaBytes(writeDocxTemplate(kind.blocks())), DOCX_MIME, name),
      );
    if (!found) recordOwner(file.getId());
    this.properties.setProperty(templateKey(kind), file.getId());
    return file;
  }

  private templateBytes(kind: DocumentKindSpec): Uint8Array {
    const cached = this.templates.get(kind.id);
    if (cached) return cached;
    const file = this.templateFile(kind);
    if (file.getMimeType() !== DOCX_MIME)
      throw new TemplateError(kind.title, [
        `Шаблон «${file.getName()}» должен оставаться файлом .docx: удалите его, и при следующем запуске появится исходный.`,
      ]);
    const bytes = fromJavaBytes(file.getBlob().getBytes());
    this.templates.set(kind.id, bytes);
    return bytes;
  }

  template(kind: DocumentKindSpec): TemplateSource {
    const bytes = this.templateBytes(kind);
    const problems = validateDocxTemplate(bytes, { name: kind.title, kind });
    if (problems.length > 0) throw new TemplateError(kind.title, problems);
    return { name: kind.title, text: docxText(bytes) };
  }

  /**
   * A recorded Doc is gone when Drive no longer has it or it is in the trash. It is looked up among the
   * live files of its folder, listed once per batch anyway; only one not found there (moved elsewhere, or
   * gone) costs a call. A link not to Drive is trusted.
   */
  exists(kind: DocumentKindSpec, link: string): boolean {
    const id = /\/d\/([\w-]+)/.exec(link)?.[1];
    if (id === undefined) return true;
    let ids = this.liveIds.get(kind.folder);
    if (!ids) {
      ids = new Set([...this.output(kind.folder).values()].flat().map((known) => known.id));
      this.liveIds.set(kind.folder, ids);
    }
    return ids.has(id) || live(() => DriveApp.getFileById(id)) !== null;
  }

  find(request: DocumentRequest): MadeDocument | null {
    const file = this.output(request.folder).get(request.fileName)?.[0];
    return file ? { link: documentUrl(file.id) } : null;
  }

  create(request: DocumentRequest): MadeDocument {
    const files = this.output(request.folder);
    const folder = this.folder(request.folder);
    const docx = placeImages(
      renderDocx(this.templateBytes(request.kind), request.data, {
        name: request.kind.title,
        kind: request.kind,
      }),
      request.images ?? [],
    );
    // Only when core asked to make it again: the document of the same name is replaced.
    for (const stale of files.get(request.fileName) ?? []) trash(stale);
    const created = advancedDrive().Files.create(
      { name: request.fileName, mimeType: MimeType.GOOGLE_DOCS, parents: [folder.id] },
      Utilities.newBlob(toJavaBytes(docx), DOCX_MIME, `${request.fileName}.docx`),
      { fields: "id" },
    );
    const id = created.id ?? "";
    files.set(request.fileName, [{ id }]);
    if (this.options.pdf) this.pdfCopy(id, folder.folder, `${request.fileName}.pdf`, files);
    return { link: documentUrl(id) };
  }

  private pdfCopy(id: string, folder: Folder, name: string, files: Map<string, Known[]>): void {
    for (const stale of files.get(name) ?? []) trash(stale);
    const pdf = folder.createFile(DriveApp.getFileById(id).getAs(MimeType.PDF)).setName(name);
    files.set(name, [{ id: pdf.getId(), file: pdf }]);
  }
}
