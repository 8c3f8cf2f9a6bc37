import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/core/questionnaires/csv";
import { decodeCp1251, decodeText, detectEncoding } from "../../src/core/questionnaires/decode";

/** Text → Windows-1251 bytes, for the Cyrillic and ASCII the tests use. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch === "Ё") return 0xa8;
    if (ch === "ё") return 0xb8;
    if (ch === "№") return 0xb9;
    throw new Error(`not in the test table: ${ch}`);
  });
}

function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, "utf16le");
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

const SAMPLE = "Отметка времени;Фамилия;Имя\r\n21.11.2025 19:08;Ёлкина;Алёна №1\r\n";

describe("decodeText", () => {
  it("reads Russian Excel's CSV (Windows-1251, «;»)", () => {
    const decoded = decodeText(cp1251(SAMPLE));
    expect(decoded.encoding).toBe("windows-1251");
    expect(decoded.text).toBe(SAMPLE);
    expect(parseCsv(decoded.text)[1]).toEqual(["21.11.2025 19:08", "Ёлкина", "Алёна №1"]);
  });

  it("reads Excel's «Текст Юникод» (UTF-16 LE with a byte-order mark, tabs), and UTF-16 without one", () => {
    const text = SAMPLE.replaceAll(";", "\t");
    for (const bytes of [utf16le(text), utf16le(text, false)]) {
      const decoded = decodeText(bytes);
      expect(decoded.encoding).toBe("utf-16le");
      expect(parseCsv(decoded.text)[1]).toEqual(["21.11.2025 19:08", "Ёлкина", "Алёна №1"]);
    }
    const bigEndian = Buffer.from(utf16le(text)).swap16();
    expect(decodeText(bigEndian).text).toBe(text);
  });

  it("reads UTF-8 with and without a byte-order mark, dropping the mark", () => {
    expect(decodeText(Buffer.from(`\ufeff${SAMPLE}`, "utf8"))).toEqual({ text: SAMPLE, encoding: "utf-8" });
    expect(decodeText(Buffer.from(SAMPLE, "utf8"))).toEqual({ text: SAMPLE, encoding: "utf-8" });
    expect(detectEncoding(new Uint8Array())).toBe("utf-8");
  });

  it("takes Windows-1251 that happens to be valid UTF-8 for Windows-1251", () => {
    expect(decodeText(cp1251("Жёлтый;Ёж\r\nЖё;Жё")).text).toBe("Жёлтый;Ёж\r\nЖё;Жё");
    expect(decodeText(cp1251("Жё")).text).toBe("Жё");
  });

  it("decodes every Windows-1251 byte as the standard decoder does", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeCp1251(all)).toBe(new TextDecoder("windows-1251").decode(all));
  });

  it("gives back any Russian text written in Windows-1251 or UTF-8", () => {
    const letter = fc.constantFrom("Жё", ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЯ ;,"0123456789\r\n№');
    fc.assert(
      fc.property(fc.string({ unit: letter, minLength: 1 }), (text) => {
        expect(decodeText(cp1251(text)).text).toBe(text);
        expect(decodeText(Buffer.from(text, "utf8")).text).toBe(text);
      }),
    );
  });
});

describe("a byte-order mark that is really text", () => {
  it("reads «юя…» and «яю…» written in Windows-1251 as text, not as a UTF-16 mark", () => {
    const cp1251 = (text: string) =>
      Uint8Array.from([...text].map((char) => (char === "ё" ? 0xb8 : char.charCodeAt(0) - 0x410 + 0xc0)));
    expect(decodeText(cp1251("юяЖё")).text).toBe("юяЖё");
    expect(decodeText(cp1251("яюма")).text).toBe("яюма");
    expect(decodeText(cp1251("яю")).text).toBe("яю");
    expect(decodeText(cp1251("юя")).text).toBe("юя");
    const utf16 = new Uint8Array([0xff, 0xfe, 0x1f, 0x04, 0x40, 0x04]);
    expect(decodeText(utf16)).toEqual({ text: "Пр", encoding: "utf-16le" });
  });
});
