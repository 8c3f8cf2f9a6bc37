import PizZip from "pizzip";
import { advancedDrive } from "../fakes/advancedDrive";
import type { AppsScriptWorld } from "../fakes/appsScript";
import { ElementType, type FakeDocument, HorizontalAlignment } from "../fakes/docs";
import { FakeBlob, FakeDrive, type FakeDriveFile, type FakeFolder, MimeType } from "../fakes/drive";
import { FakeUtilities } from "../fakes/utilities";

/** Adds Drive, Docs and the document's properties to an Apps Script world, before its bundle is loaded. */
export function withDocuments(world: AppsScriptWorld) {
  const drive = new FakeDrive(world.calls, () => world.user);
  const properties = world.properties;
  Object.assign(world.globals, {
    DriveApp: drive.app(),
    DocumentApp: drive.documentApp({ ElementType, HorizontalAlignment }),
    PropertiesService: { getDocumentProperties: () => properties, getScriptProperties: () => properties },
    MimeType,
    Drive: advancedDrive(drive),
    Utilities: FakeUtilities,
  });
  const folderNamed = (name: string): FakeFolder | undefined =>
    drive.folders.find((folder) => folder.name === name);
  /** Live Google Docs in a sub-folder of the output, by file name. */
  const documentsIn = (name: string): Map<string, FakeDocument> => {
    const folder = folderNamed(name);
    const files = folder ? folder.liveFiles() : [];
    return new Map(
      files
        .filter((file) => file.mimeType === MimeType.GOOGLE_DOCS)
        .map((file) => [file.getName(), file.content as FakeDocument]),
    );
  };
  return { drive, properties, folderNamed, documentsIn };
}

/** The coordinator edits a .docx template in Drive: `edit` changes its document.xml. */
export function editTemplate(file: FakeDriveFile, edit: (xml: string) => string): void {
  const blob = file.content as FakeBlob;
  const zip = new PizZip(blob.bytes);
  zip.file("word/document.xml", edit(zip.file("word/document.xml")?.asText() ?? ""));
  const bytes = zip.generate({ type: "uint8array" });
  Object.assign(file, { content: new FakeBlob(file.getName(), blob.getContentType(), "", bytes) });
}
