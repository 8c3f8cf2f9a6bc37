/** The encodings a responses export comes in: Google's UTF-8, and what Russian Excel saves. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

/** Windows-1251 bytes 0x80–0xBF (0xC0–0xFF are «А»–«я» in order); 0x98 is unassigned and kept as U+0098. */
const CP1251_HIGH = "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕї";

/** Windows-1251 («ANSI» of Russian Windows and Excel) to text; every byte is a character. */
export function decodeCp1251(bytes: Uint8Array): string {
  let out = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk: string[] = [];
    for (const byte of bytes.subarray(start, start + 8192)) {
      if (byte < 0x80) chunk.push(String.fromCharCode(byte));
      else if (byte < 0xc0) chunk.push(CP1251_HIGH[byte - 0x80]!);
      else chunk.push(String.fromCharCode(0x410 + byte - 0xc0));
    }
    out += chunk.join("");
  }
  return out;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a byte-order mark: most of the text is ASCII or Cyrillic, so one byte of each pair repeats. */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | undefined {
  const pairs = Math.min(Math.floor(bytes.length / 2), 4096);
  if (pairs < 2 || bytes.length % 2 !== 0) return undefined;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < pairs; i++) {
    const [first, second] = [bytes[2 * i]!, bytes[2 * i + 1]!];
    if (second === 0 || second === 4) zeroHigh++;
    if (first === 0 || first === 4) zeroLow++;
  }
  if (zeroHigh > pairs * 0.9 && zeroLow < pairs * 0.1) return "utf-16le";
  if (zeroLow > pairs * 0.9 && zeroHigh < pairs * 0.1) return "utf-16be";
  return undefined;
}

/**
 * Whether bytes after a UTF-16 byte-order mark read as the text of a form: an even length, and most
 * characters ASCII or Cyrillic (high byte 0x00 or 0x04). «яю» and «юя» in Windows-1251 are the very bytes
 * of the two marks, so a mark alone does not decide.
 */
function plausibleUtf16(rest: Uint8Array, order: "le" | "be"): boolean {
  if (rest.length % 2 !== 0) return false;
  const pairs = Math.min(rest.length / 2, 4096);
  let usual = 0;
  for (let i = 0; i < pairs; i++) {
    const high = rest[order === "le" ? 2 * i + 1 : 2 * i]!;
    if (high === 0 || high === 4) usual++;
  }
  // Two bytes alone are «яю» or «юя», not an empty UTF-16 file: a mark with nothing after it says nothing.
  return pairs > 0 && usual * 2 >= pairs;
}

/**
 * The encoding of a text file: its byte-order mark (UTF-8, UTF-16 LE as Excel's «Текст Юникод», UTF-16
 * BE); else UTF-16 recognised by its byte pattern; else UTF-8 when the bytes are valid UTF-8; else
 * Windows-1251, what Russian Excel writes for «CSV (разделители — запятые)».
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe && plausibleUtf16(bytes.subarray(2), "le")) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff && plausibleUtf16(bytes.subarray(2), "be")) return "utf-16be";
  return utf16WithoutBom(bytes) ?? (looksUtf8(bytes) ? "utf-8" : "windows-1251");
}

/**
 * Valid UTF-8 that reads as Russian, or as plain ASCII. Windows-1251 Cyrillic can happen to be valid UTF-8
 * («Жё» is the bytes of «Ƹ»); such text decodes to Latin or Greek letters without any Cyrillic, so it is
 * taken for Windows-1251 — an export of a Russian form always has Cyrillic in it.
 */
function looksUtf8(bytes: Uint8Array): boolean {
  if (!isUtf8(bytes)) return false;
  const text = new TextDecoder("utf-8").decode(bytes);
  return /[\u0400-\u04ff]/.test(text) || !/[\u0080-\u03ff]/.test(text);
}

/** The text of a file in any of the encodings above, without its byte-order mark. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  const text = encoding === "windows-1251" ? decodeCp1251(bytes) : new TextDecoder(encoding).decode(bytes);
  return { text: text.replace(/^\ufeff/, ""), encoding };
}
