import type { CallLog, Implements } from "./calls";
import { FakeDocument } from "./docs";

type DriveFile = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;
type Blob = GoogleAppsScript.Base.Blob;

/** What Drive throws for an item that is deleted — or that the user may not open: the same words. */
export const NO_ITEM =
  "Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";

/** Owner and editors of a Drive item; an item in a shared folder is shared with the folder's editors. */
class Sharing {
  owner = "";
  readonly editors: string[] = [];
  constructor(readonly parentOf: () => FakeFolder | undefined) {}
  /** https://developers.google.com/apps-script/reference/drive/file#addEditors(String) */
  add(emails: readonly string[]): void {
    for (const email of emails)
      if (email !== this.owner && !this.editors.includes(email)) this.editors.push(email);
  }
  users(): GoogleAppsScript.Base.User[] {
    return [this.owner, ...this.editors]
      .filter(Boolean)
      .map((email) => ({ getEmail: () => email }) as unknown as GoogleAppsScript.Base.User);
  }
  allows(user: string): boolean {
    if (this.owner === "" || this.allowsDirectly(user)) return true;
    const parent = this.parentOf();
    return parent?.parent !== undefined && parent.sharing.allows(user);
  }
  allowsDirectly(user: string): boolean {
    return user === this.owner || this.editors.includes(user);
  }
}

export const MimeType = {
  GOOGLE_DOCS: "application/vnd.google-apps.document",
  MICROSOFT_WORD: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  PDF: "application/pdf",
} as const;

class FakeIterator<T> {
  private index = 0;
  constructor(private readonly items: readonly T[]) {}
  hasNext(): boolean {
    return this.index < this.items.length;
  }
  next(): T {
    const item = this.items[this.index++];
    if (item === undefined) throw new Error("Cannot retrieve the next object: iterator has reached the end.");
    return item;
  }
}

export class FakeBlob implements Implements<Blob, "getContentType" | "getName" | "setName" | "getBytes"> {
  constructor(
    private name: string,
    private readonly contentType: string,
    readonly text: string,
    /** The content, when it is binary (a .docx). */
    readonly bytes: Uint8Array = new TextEncoder().encode(text),
  ) {}
  /**
   * Java's `byte[]`, as Apps Script passes it to JavaScript: numbers from −128 to 127
   * (https://developers.google.com/apps-script/reference/base/blob#getBytes()).
   */
  getBytes(): GoogleAppsScript.Byte[] {
    return Array.from(new Int8Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength));
  }
  getContentType(): string {
    return this.contentType;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): Blob {
    this.name = name;
    return this as unknown as Blob;
  }
}

export class FakeDriveFile
  implements
    Implements<
      DriveFile,
      | "getId"
      | "getName"
      | "setName"
      | "getUrl"
      | "makeCopy"
      | "getAs"
      | "setTrashed"
      | "isTrashed"
      | "moveTo"
      | "getMimeType"
      | "getOwner"
      | "getEditors"
      | "addEditors"
      | "getBlob"
    >
{
  trashed = false;
  readonly sharing = new Sharing(() => this.folder);
  constructor(
    private readonly drive: FakeDrive,
    readonly id: string,
    public name: string,
    public folder: FakeFolder,
    readonly mimeType: string,
    /** A Google Doc's contents, or a blob's text. */
    readonly content: FakeDocument | FakeBlob,
  ) {}
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): DriveFile {
    this.drive.calls.record("Drive.File.setName");
    this.name = name;
    if (this.content instanceof FakeDocument) this.content.name = name;
    return this as unknown as DriveFile;
  }
  getMimeType(): string {
    return this.mimeType;
  }
  getOwner(): GoogleAppsScript.Drive.User {
    return this.sharing.users()[0] as unknown as GoogleAppsScript.Drive.User;
  }
  getEditors(): GoogleAppsScript.Drive.User[] {
    return this.sharing.users().slice(1) as unknown as GoogleAppsScript.Drive.User[];
  }
  addEditors(emailAddresses: string[]): DriveFile {
    this.drive.calls.record("Drive.File.addEditors");
    this.sharing.add(emailAddresses);
    return this as unknown as DriveFile;
  }
  getUrl(): string {
    return this.content instanceof FakeDocument
      ? this.content.getUrl()
      : `https://drive.google.com/file/d/${this.id}/view`;
  }
  makeCopy(...args: [] | [string] | [Folder] | [string, Folder]): DriveFile {
    this.drive.calls.record("Drive.File.makeCopy");
    const name = typeof args[0] === "string" ? args[0] : `Копия ${this.name}`;
    const destination = (
      args.length === 2 ? args[1] : typeof args[0] === "object" ? args[0] : this.folder
    ) as Folder;
    if (!(this.content instanceof FakeDocument)) throw new Error("Fake copies Google Docs only.");
    const copy = this.drive.newDocument(name, destination as unknown as FakeFolder);
    copy.body.replaceContents(this.content.body);
    return this.drive.fileOf(copy.id) as unknown as DriveFile;
  }
  /**
   * The file's content; a Google Doc's is its PDF export, the one format `getAs` gives for it
   * (https://developers.google.com/apps-script/reference/drive/file#getBlob()).
   */
  getBlob(): Blob {
    this.drive.calls.record("Drive.File.getBlob");
    if (this.content instanceof FakeDocument) return this.getAs(MimeType.PDF);
    const blob = this.content;
    return new FakeBlob(this.name, blob.getContentType(), blob.text, blob.bytes) as unknown as Blob;
  }
  getAs(contentType: string): Blob {
    this.drive.calls.record("Drive.File.getAs");
    if (contentType !== MimeType.PDF || !(this.content instanceof FakeDocument))
      throw new Error(`Converting to ${contentType} is not supported.`);
    return new FakeBlob(`${this.name}.pdf`, contentType, this.content.text()) as unknown as Blob;
  }
  setTrashed(trashed: boolean): DriveFile {
    this.drive.calls.record("Drive.File.setTrashed");
    this.trashed = trashed;
    return this as unknown as DriveFile;
  }
  isTrashed(): boolean {
    return this.trashed;
  }
  moveTo(destination: Folder): DriveFile {
    this.drive.calls.record("Drive.File.moveTo");
    this.folder = destination as unknown as FakeFolder;
    return this as unknown as DriveFile;
  }
}

export class FakeFolder
  implements
    Implements<
      Folder,
      | "getId"
      | "getName"
      | "getUrl"
      | "createFolder"
      | "getFoldersByName"
      | "getFilesByName"
      | "searchFiles"
      | "createFile"
      | "isTrashed"
      | "getOwner"
      | "getEditors"
      | "addEditors"
    >
{
  readonly sharing = new Sharing(() => this.parent);
  constructor(
    private readonly drive: FakeDrive,
    readonly id: string,
    readonly name: string,
    readonly parent: FakeFolder | undefined,
  ) {}
  getOwner(): GoogleAppsScript.Drive.User {
    return this.sharing.users()[0] as unknown as GoogleAppsScript.Drive.User;
  }
  /** Editors besides the owner. https://developers.google.com/apps-script/reference/drive/folder#getEditors() */
  getEditors(): GoogleAppsScript.Drive.User[] {
    return this.sharing.users().slice(1) as unknown as GoogleAppsScript.Drive.User[];
  }
  addEditors(emailAddresses: string[]): Folder {
    this.drive.calls.record("Drive.Folder.addEditors");
    this.sharing.add(emailAddresses);
    return this as unknown as Folder;
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.id}`;
  }
  isTrashed(): boolean {
    return false;
  }
  createFolder(name: string): Folder {
    this.drive.calls.record("Drive.Folder.createFolder");
    return this.drive.newFolder(name, this) as unknown as Folder;
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.drive.calls.record("Drive.Folder.getFoldersByName");
    const found = this.drive.folders.filter(
      (folder) => folder.parent === this && folder.name === name && this.drive.canOpen(folder),
    );
    return new FakeIterator(found) as unknown as GoogleAppsScript.Drive.FolderIterator;
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.drive.calls.record("Drive.Folder.getFilesByName");
    const found = this.drive.files.filter(
      (file) => file.folder === this && file.name === name && this.drive.canOpen(file),
    );
    return new FakeIterator(found) as unknown as GoogleAppsScript.Drive.FileIterator;
  }
  /** Drive's query language; the fake knows the one query the adapter uses. */
  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    this.drive.calls.record("Drive.Folder.searchFiles");
    if (params.replace(/\s+/g, " ").trim() !== "trashed = false")
      throw new Error(`Fake searches only «trashed = false», not «${params}».`);
    return new FakeIterator(this.liveFiles()) as unknown as GoogleAppsScript.Drive.FileIterator;
  }
  createFile(
    ...args: [GoogleAppsScript.Base.BlobSource] | [string, string] | [string, string, string]
  ): DriveFile {
    this.drive.calls.record("Drive.Folder.createFile");
    if (args.length !== 1) throw new Error("Fake creates files from blobs only.");
    const source = args[0] as unknown as FakeBlob;
    // https://developers.google.com/apps-script/reference/drive/folder#createFile(BlobSource)
    if (source.getContentType().startsWith("application/vnd.google-apps."))
      throw new Error(
        'Cannot use "DriveApp.createFile()" to create Google MIME types. Please use Advanced Drive Service',
      );
    return this.drive.newFile(
      source.getName(),
      this,
      source.getContentType(),
      source,
    ) as unknown as DriveFile;
  }
  /** Files directly in this folder that are not in the trash. */
  liveFiles(): FakeDriveFile[] {
    return this.drive.files.filter(
      (file) => file.folder === this && !file.trashed && this.drive.canOpen(file),
    );
  }
}

/** My Drive with its files and folders; Google Docs are FakeDocuments that DocumentApp opens. */
export class FakeDrive {
  readonly files: FakeDriveFile[] = [];
  readonly folders: FakeFolder[] = [];
  readonly root: FakeFolder;
  private nextId = 1;

  constructor(
    readonly calls: CallLog,
    /** The user the script runs as: what they create is theirs, and they open only what is shared with them. */
    readonly user: () => string = () => "",
  ) {
    this.root = new FakeFolder(this, "root", "Мой диск", undefined);
  }

  /** Whether the current user may open the item: theirs, shared with them, or in a folder shared with them. */
  canOpen(item: FakeDriveFile | FakeFolder): boolean {
    return item.sharing.allows(this.user());
  }

  private id(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  newFolder(name: string, parent: FakeFolder): FakeFolder {
    const folder = new FakeFolder(this, this.id("folder"), name, parent);
    folder.sharing.owner = this.user();
    this.folders.push(folder);
    return folder;
  }

  newFile(
    name: string,
    folder: FakeFolder,
    mimeType: string,
    content: FakeDocument | FakeBlob,
  ): FakeDriveFile {
    const id = content instanceof FakeDocument ? content.id : this.id("file");
    const file = new FakeDriveFile(this, id, name, folder, mimeType, content);
    file.sharing.owner = this.user();
    this.files.push(file);
    return file;
  }

  newDocument(name: string, folder: FakeFolder = this.root): FakeDocument {
    const document = new FakeDocument(this.calls, this.id("doc"), name);
    this.newFile(name, folder, MimeType.GOOGLE_DOCS, document);
    return document;
  }

  fileOf(id: string): FakeDriveFile {
    const file = this.files.find((candidate) => candidate.id === id);
    if (!file) throw new Error(`Exception: No item with the given ID could be found (${id}).`);
    return file;
  }

  private openable<T extends FakeDriveFile | FakeFolder>(item: T): T {
    if (!this.canOpen(item)) throw new Error(NO_ITEM);
    return item;
  }

  /** The global `DriveApp`. */
  app() {
    return {
      // Deleted and not shared fail alike. https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
      getFileById: (id: string) => {
        this.calls.record("Drive.DriveApp.getFileById");
        return this.openable(this.fileOf(id));
      },
      getFolderById: (id: string) => {
        this.calls.record("Drive.DriveApp.getFolderById");
        const folder = this.folders.find((candidate) => candidate.id === id);
        if (!folder) throw new Error(NO_ITEM);
        return this.openable(folder);
      },
      createFolder: (name: string) => {
        this.calls.record("Drive.DriveApp.createFolder");
        return this.newFolder(name, this.root);
      },
      getRootFolder: () => this.root,
    };
  }

  /** The global `DocumentApp`. */
  documentApp(enums: Record<string, unknown>) {
    return {
      ...enums,
      create: (name: string) => {
        this.calls.record("DocumentApp.create");
        const document = this.newDocument(name);
        document.body.appendParagraph("");
        return document;
      },
      openById: (id: string) => {
        this.calls.record("DocumentApp.openById");
        const file = this.openable(this.fileOf(id));
        if (!(file.content instanceof FakeDocument)) throw new Error("Not a Google Doc.");
        file.content.reopen();
        return file.content;
      },
    };
  }
}
