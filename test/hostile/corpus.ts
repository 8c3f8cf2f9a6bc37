/**
 * Files people really hand to the program instead of an .xlsx book or a Forms export, built here byte by
 * byte as the programs that make them do (only as much of each format as tells it apart).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";

/** An OLE compound file (the pre-2007 Office container) whose directory names these streams. */
function compoundFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  const entries = Buffer.alloc(128 * (streams.length + 1));
  ["Root Entry", ...streams].forEach((name, index) => {
    const encoded = Buffer.from(`${name}\0`, "utf16le");
    encoded.copy(entries, index * 128);
    entries.writeUInt16LE(encoded.length, index * 128 + 64);
    entries[index * 128 + 66] = index === 0 ? 5 : 2;
  });
  return Buffer.concat([header, entries]);
}

function zip(parts: Record<string, string>): Buffer {
  const archive = new PizZip();
  for (const [name, text] of Object.entries(parts)) archive.file(name, text);
  return archive.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

export interface HostileFile {
  /** What it is, for the test's name. */
  readonly what: string;
  readonly name: string;
  readonly bytes?: Buffer;
  /** A folder instead of a file. */
  readonly folder?: boolean;
  /** The message must say this. */
  readonly says: RegExp;
}

/** The hostile files, given a real .xlsx book to cut down. */
export function hostileFiles(book: Buffer): HostileFile[] {
  const ods = zip({
    mimetype: "application/vnd.oasis.opendocument.spreadsheet",
    "content.xml": "<office:document-content/>",
  });
  return [
    { what: "a zero-byte file", name: "пустой.xlsx", bytes: Buffer.alloc(0), says: /пустой \(0 байт\)/ },
    {
      what: "a truncated book",
      name: "обрезанный.xlsx",
      bytes: book.subarray(0, Math.floor(book.length / 2)),
      says: /повреждён или обрезан/,
    },
    {
      what: "an Excel 97–2003 book",
      name: "старая.xls",
      bytes: compoundFile(["Workbook", "\u0005SummaryInformation"]),
      says: /книга старого формата Excel 97–2003 \(\.xls\).*сохраните как «Книга Excel \(\.xlsx\)»/,
    },
    {
      what: "an .xls renamed to .xlsx",
      name: "переименованная.xlsx",
      bytes: compoundFile(["Workbook"]),
      says: /Excel 97–2003/,
    },
    {
      what: "a password-protected .xlsx",
      name: "с-паролем.xlsx",
      bytes: compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
      says: /защищённая паролем.*снимите пароль/,
    },
    { what: "an .ods", name: "таблица.ods", bytes: ods, says: /таблица OpenDocument \(\.ods/ },
    { what: "an .ods renamed to .xlsx", name: "таблица.xlsx", bytes: ods, says: /таблица OpenDocument/ },
    {
      what: "a Word document renamed to .xlsx",
      name: "документ.xlsx",
      bytes: zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
      says: /документ Word, а не таблица/,
    },
    {
      what: "a zip that is no book",
      name: "архив.xlsx",
      bytes: zip({ "readme.txt": "привет" }),
      says: /zip-архив, но не книга Excel/,
    },
    {
      what: "a PDF",
      name: "скан.xlsx",
      bytes: Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "latin1"),
      says: /документ PDF/,
    },
    {
      what: "a web page saved as .xls",
      name: "выгрузка.xls",
      bytes: Buffer.from("<html><body><table><tr><td>Фамилия</td></tr></table></body></html>"),
      says: /веб-страница \(HTML\)/,
    },
    { what: "a folder", name: "папка.xlsx", folder: true, says: /это папка, а нужен файл/ },
  ];
}

/** Writes the hostile files into `folder`; returns their paths with what they are. */
export function writeHostileFiles(folder: string, bookPath: string): (HostileFile & { path: string })[] {
  return hostileFiles(readFileSync(bookPath)).map((file) => {
    const path = join(folder, file.name);
    if (file.folder) mkdirSync(path);
    else writeFileSync(path, file.bytes!);
    return { ...file, path };
  });
}
