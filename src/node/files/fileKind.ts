/**
 * What a file really is, from its first bytes and (for a zip) its parts, whatever its name says: people
 * rename files, save in the wrong format, protect books with a password, copy half a file. Each kind that
 * is not a readable .xlsx gets its own Russian sentence saying what to do.
 */
import PizZip from "pizzip";

export type FileKind =
  | { readonly kind: "xlsx"; readonly zip: PizZip }
  | { readonly kind: "empty" }
  | { readonly kind: "xls" }
  | { readonly kind: "encrypted" }
  | { readonly kind: "oldOffice" }
  | { readonly kind: "ods" }
  | { readonly kind: "xlsb" }
  | { readonly kind: "docx" }
  | { readonly kind: "zip" }
  | { readonly kind: "broken" }
  | { readonly kind: "pdf" }
  | { readonly kind: "html" }
  | { readonly kind: "text" }
  | { readonly kind: "other" };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** `name` in UTF-16LE. Plain bytes, no Buffer: the offline page sniffs files too. */
function utf16le(name: string): number[] {
  return [...name].flatMap((char) => {
    const code = char.charCodeAt(0);
    return [code & 0xff, code >> 8];
  });
}

/** Whether a compound file (the pre-2007 Office container) names a stream `name`: names are UTF-16LE. */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const needle = utf16le(name);
  const first = needle[0];
  for (
    let at = bytes.indexOf(first!);
    at >= 0 && at + needle.length <= bytes.length;
    at = bytes.indexOf(first!, at + 1)
  )
    if (needle.every((byte, index) => bytes[at + index] === byte)) return true;
  return false;
}

/** A password-protected .xlsx is an encrypted package inside a compound file, like an old .xls. */
function compoundKind(bytes: Uint8Array): FileKind {
  if (hasStream(bytes, "EncryptedPackage") || hasStream(bytes, "EncryptionInfo"))
    return { kind: "encrypted" };
  if (hasStream(bytes, "Workbook") || hasStream(bytes, "Book")) return { kind: "xls" };
  return { kind: "oldOffice" };
}

function zipKind(bytes: Uint8Array): FileKind {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    return { kind: "broken" };
  }
  const mimetype = zip.file("mimetype")?.asText().trim() ?? "";
  if (mimetype.startsWith("application/vnd.oasis.opendocument")) return { kind: "ods" };
  if (zip.file("xl/workbook.xml")) return { kind: "xlsx", zip };
  if (zip.file("xl/workbook.bin")) return { kind: "xlsb" };
  if (zip.file("word/document.xml")) return { kind: "docx" };
  return { kind: "zip" };
}

/**
 * UTF-16 text without a byte-order mark («Текст Юникод» of some programs): in Latin and Cyrillic text
 * the high byte of almost every character is 0x00 or 0x04. `high` is its place: 1 little-endian, 0 big.
 */
function looksLikeUtf16(sample: Uint8Array, high: 0 | 1): boolean {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return false;
  let plain = 0;
  for (let index = 0; index + 1 < sample.length; index += 2) {
    const byte = sample[index + high];
    if (byte === 0x00 || byte === 0x04) plain++;
  }
  return plain >= pairs * 0.9;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (
    sample.length >= 2 &&
    ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))
  )
    return true; // UTF-16 with its byte-order mark
  if (looksLikeUtf16(sample, 1) || looksLikeUtf16(sample, 0)) return true;
  let control = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  return control <= sample.length / 100;
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, CFB_MAGIC)) return compoundKind(bytes);
  if (startsWith(bytes, [0x50, 0x4b])) return zipKind(bytes);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: "pdf" };
  if (looksLikeText(bytes)) {
    const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.includes("<table"))
      return { kind: "html" };
    return { kind: "text" };
  }
  return { kind: "other" };
}

/** How a file is used: the coordinator's workbook, or a responses export to import. */
export type FileRole = "workbook" | "export";

const SAVE_AS_XLSX = "откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)»";

/** The Russian sentence for a file of `kind` that cannot be read as an .xlsx, or null for an .xlsx. */
export function fileKindProblem(kind: FileKind, path: string, role: FileRole): string | null {
  const name = `«${path}»`;
  const again =
    role === "workbook"
      ? "Возьмите резервную копию книги или создайте новую: nastavnik init"
      : "Скачайте ответы из формы заново";
  switch (kind.kind) {
    case "xlsx":
      return null;
    case "empty":
      return `Файл ${name} пустой (0 байт) — вероятно, он не был сохранён или скопирован до конца. ${again}.`;
    case "xls":
      return `Файл ${name} — книга старого формата Excel 97–2003 (.xls), её программа не читает: ${SAVE_AS_XLSX}.`;
    case "encrypted":
      return (
        `Файл ${name} — книга Excel, защищённая паролем: прочитать её без пароля нельзя. Откройте её в Excel, ` +
        "снимите пароль («Файл» → «Сведения» → «Защита книги» → «Зашифровать с использованием пароля», " +
        "пароль стереть) и сохраните."
      );
    case "oldOffice":
      return `Файл ${name} — документ старого формата Microsoft Office, а не книга Excel (.xlsx): ${SAVE_AS_XLSX}.`;
    case "ods":
      return `Файл ${name} — таблица OpenDocument (.ods, LibreOffice), а не книга Excel: ${SAVE_AS_XLSX}.`;
    case "xlsb":
      return `Файл ${name} — двоичная книга Excel (.xlsb): ${SAVE_AS_XLSX}.`;
    case "docx":
      return `Файл ${name} — документ Word, а не таблица. Укажите книгу Excel (.xlsx).`;
    case "zip":
      return `Файл ${name} — zip-архив, но не книга Excel. Распакуйте его или укажите саму книгу (.xlsx).`;
    case "broken":
      return `Файл ${name} повреждён или обрезан (скопирован не до конца), прочитать его нельзя. ${again}.`;
    case "pdf":
      return `Файл ${name} — документ PDF, а не таблица. Укажите книгу Excel (.xlsx)${role === "export" ? " или выгрузку .csv" : ""}.`;
    case "html":
      return `Файл ${name} — веб-страница (HTML), а не книга Excel: ${SAVE_AS_XLSX}.`;
    case "text":
      return role === "workbook"
        ? `Файл ${name} — текстовый файл (например, CSV), а не книга Excel. Ответы из выгрузки переносят командой nastavnik import; книгу создаёт nastavnik init.`
        : `Файл ${name} — текстовый файл, а не книга Excel: если это выгрузка CSV, дайте ему расширение .csv.`;
    case "other":
      return `Файл ${name} — не книга Excel (.xlsx) и не таблица, которую программа знает. ${role === "workbook" ? "Укажите книгу .xlsx" : "Укажите выгрузку ответов .csv или .xlsx"}.`;
  }
}
