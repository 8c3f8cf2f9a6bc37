/** The fakes of what Google does with bytes and .docx uploads behave as the references cited in them say. */
import { describe, expect, it } from "vitest";
import { DOCUMENT_KINDS } from "../../src/core/documents";
import { writeDocxTemplate } from "../../src/node/docx";
import { docxText } from "../../src/node/docx/extractText";
import { advancedDrive } from "../fakes/advancedDrive";
import { CallLog } from "../fakes/calls";
import type { FakeDocument } from "../fakes/docs";
import { type FakeBlob, FakeDrive, MimeType } from "../fakes/drive";
import { FakeUtilities } from "../fakes/utilities";

const DOCX = MimeType.MICROSOFT_WORD;

function world() {
  const drive = new FakeDrive(new CallLog());
  const folder = drive.newFolder("Приказы", drive.root);
  return { drive, folder, api: advancedDrive(drive) };
}

describe("Utilities.newBlob and Blob.getBytes", () => {
  it("take and give Java's signed bytes, refusing numbers a byte cannot hold", () => {
    const blob = FakeUtilities.newBlob([-1, 0, 127, -128], DOCX, "a.docx") as unknown as FakeBlob;
    expect([...blob.bytes]).toEqual([255, 0, 127, 128]);
    expect(blob.getBytes()).toEqual([-1, 0, 127, -128]);
    expect(() => FakeUtilities.newBlob([255], DOCX, "a.docx")).toThrow(/Byte\[\]/);
    expect(() => FakeUtilities.newBlob([1.5], DOCX, "a.docx")).toThrow(/Byte\[\]/);
  });
});

describe("Drive.Files.create with conversion", () => {
  it("imports a .docx as a Google Doc with the same text, a paragraph after a final table", () => {
    const { drive, folder, api } = world();
    const bytes = writeDocxTemplate(DOCUMENT_KINDS.pairs.blocks());
    const blob = FakeUtilities.newBlob(Array.from(new Int8Array(bytes.buffer)), DOCX, "x.docx");
    const created = api.Files.create(
      { name: "Приказ", mimeType: MimeType.GOOGLE_DOCS, parents: [folder.id] },
      blob,
    );
    const file = drive.fileOf(created.id);
    expect(file.folder).toBe(folder);
    expect(file.mimeType).toBe(MimeType.GOOGLE_DOCS);
    const document = file.content as FakeDocument;
    expect(document.text()).toBe(docxText(bytes));
    expect(document.body.children.at(-1)?.constructor.name).toBe("FakeParagraph");
  });

  it("refuses an unknown parent and content it cannot read", () => {
    const { folder, api } = world();
    const docx = FakeUtilities.newBlob([1, 2, 3], DOCX, "x.docx");
    expect(() =>
      api.Files.create({ name: "a", mimeType: MimeType.GOOGLE_DOCS, parents: ["nope"] }, docx),
    ).toThrow(/File not found: nope/);
    expect(() =>
      api.Files.create({ name: "a", mimeType: MimeType.GOOGLE_DOCS, parents: [folder.id] }, docx),
    ).toThrow(/Bad Request/);
  });

  it("lists a folder's live files a page at a time", () => {
    const { drive, folder, api } = world();
    for (let i = 0; i < 5; i++) drive.newDocument(`Док ${i}`, folder);
    drive.fileOf(drive.files[2]!.id).setTrashed(true);
    const q = `'${folder.id}' in parents and trashed = false`;
    const first = api.Files.list({ q, pageSize: 3 });
    expect(first.files.map((file) => file.name)).toEqual(["Док 0", "Док 1", "Док 3"]);
    const second = api.Files.list({ q, pageSize: 3, pageToken: first.nextPageToken });
    expect(second.files.map((file) => file.name)).toEqual(["Док 4"]);
    expect(second.nextPageToken).toBeUndefined();
    expect(() => api.Files.list({ q: "name = 'x'" })).toThrow(/Fake lists only/);
  });
});

describe("DriveApp", () => {
  it("refuses to create a Google type from a blob, as the reference says", () => {
    const { folder } = world();
    const blob = FakeUtilities.newBlob("x", MimeType.GOOGLE_DOCS, "x");
    expect(() => folder.createFile(blob)).toThrow(/Please use Advanced Drive Service/);
  });

  it("gives a .docx file's bytes back as they were uploaded", () => {
    const { drive, folder } = world();
    const bytes = writeDocxTemplate(DOCUMENT_KINDS.regulation.blocks());
    const file = folder.createFile(
      FakeUtilities.newBlob(Array.from(new Int8Array(bytes.buffer)), DOCX, "t.docx"),
    );
    const back = Uint8Array.from(drive.fileOf(file.getId()).getBlob().getBytes(), (byte) => byte & 0xff);
    expect(back).toEqual(bytes);
  });
});
