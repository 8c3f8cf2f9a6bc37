/**
 * The advanced Drive service (Drive API v3 as `Drive` in Apps Script,
 * https://developers.google.com/apps-script/advanced/drive): the one method the script uses.
 */
import { importDocx } from "./docxImport";
import { type FakeBlob, type FakeDrive, MimeType } from "./drive";

type DriveResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** The formats Drive imports into a Google Doc that the fake can read. */
const DOCS_IMPORTS = new Set<string>([MimeType.MICROSOFT_WORD]);

export function advancedDrive(drive: FakeDrive) {
  return {
    Files: {
      /**
       * files.create (https://developers.google.com/drive/api/reference/rest/v3/files/create): metadata and
       * content in one upload. With `mimeType` a Google Docs type and content of an importable format, the
       * content is converted. Each parent must be a folder the user can reach, or the call fails with
       * «File not found». Returns the file resource with the `fields` asked for (`id` at least).
       */
      create(resource: DriveResource, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: object) {
        drive.calls.record("Drive.Files.create");
        void optionalArgs;
        const name = resource.name ?? "Untitled";
        const parents = resource.parents ?? [];
        if (parents.length > 1)
          throw new Error(
            "API call to drive.files.create failed with error: A shared drive item must have exactly one parent.",
          );
        const folder =
          parents.length === 0 ? drive.root : drive.folders.find((candidate) => candidate.id === parents[0]);
        if (!folder)
          throw new Error(`API call to drive.files.create failed with error: File not found: ${parents[0]}.`);
        const blob = mediaData as unknown as FakeBlob | undefined;
        if (resource.mimeType === MimeType.GOOGLE_DOCS) {
          if (blob && !DOCS_IMPORTS.has(blob.getContentType()))
            throw new Error(
              `API call to drive.files.create failed with error: Conversion from ${blob.getContentType()} is not supported by this fake.`,
            );
          const document = drive.newDocument(name, folder);
          if (blob) importDocx(blob.bytes, document);
          return { id: document.id, name, mimeType: MimeType.GOOGLE_DOCS };
        }
        if (!blob) throw new Error("Fake creates Google Docs, or files with content.");
        const file = drive.newFile(name, folder, resource.mimeType ?? blob.getContentType(), blob);
        return { id: file.id, name, mimeType: file.mimeType };
      },
    },
  };
}
