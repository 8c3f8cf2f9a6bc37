/**
 * The advanced Drive service (Drive API v3 as `Drive` in Apps Script,
 * https://developers.google.com/apps-script/advanced/drive): the one method the script uses.
 */
import { importDocx } from "./docxImport";
import { type FakeBlob, type FakeDrive, MimeType } from "./drive";

type DriveResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** The formats Drive imports into a Google Doc that the fake can read. */
const DOCS_IMPORTS = new Set<string>([MimeType.MICROSOFT_WORD]);

const PARENT_QUERY = /^'([^']+)' in parents and trashed = false$/;

export function advancedDrive(drive: FakeDrive) {
  return {
    Files: {
      /**
       * files.list (https://developers.google.com/drive/api/reference/rest/v3/files/list): the fake knows
       * the one query the script uses, a folder's live files. At most `pageSize` files a page (100 when
       * absent, 1 000 at most), then `nextPageToken` for the rest.
       */
      list(optionalArgs: { q?: string; pageSize?: number; pageToken?: string; fields?: string } = {}) {
        drive.calls.record("Drive.Files.list");
        const query = PARENT_QUERY.exec((optionalArgs.q ?? "").replace(/\s+/g, " ").trim());
        if (!query)
          throw new Error(
            `Fake lists only «'<id>' in parents and trashed = false», not «${optionalArgs.q}».`,
          );
        const size = Math.min(optionalArgs.pageSize ?? 100, 1000);
        const start = Number(optionalArgs.pageToken ?? 0);
        const live = drive.files.filter((file) => file.folder.id === query[1] && !file.trashed);
        const page = live.slice(start, start + size);
        return {
          files: page.map((file) => ({ id: file.id, name: file.getName() })),
          ...(start + size < live.length ? { nextPageToken: String(start + size) } : {}),
        };
      },
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
