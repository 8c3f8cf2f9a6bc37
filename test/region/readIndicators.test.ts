import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkIndicatorRow,
  readIndicatorsCsv,
  readIndicatorTable,
} from "../../src/core/region/readIndicators";
import {
  INDICATOR_HEADERS,
  type IndicatorValue,
  indicatorIndex,
  indicatorsCsv,
} from "../../src/core/results/indicators";
import { neighbourSchoolRow } from "../../src/node/demo/neighbourSchools";

const row = neighbourSchoolRow(4, 2);

function withValues(changes: Record<string, IndicatorValue>): IndicatorValue[] {
  const copy = [...row];
  for (const [key, value] of Object.entries(changes)) copy[indicatorIndex(key)] = value;
  return copy;
}

function reasonOf(values: readonly IndicatorValue[]): string {
  const result = checkIndicatorRow(values);
  if (result.ok) throw new Error("the row was accepted");
  return result.reason;
}

/** Windows-1251 bytes of Cyrillic and ASCII text, as Russian Excel saves «CSV (разделители — точка с запятой)». */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (char === "Ё") return 0xa8;
    if (char === "ё") return 0xb8;
    if (char === "№") return 0xb9;
    if (char === "«") return 0xab;
    if (char === "»") return 0xbb;
    if (char === "–") return 0x96;
    throw new Error(`no cp1251 byte for ${char}`);
  });
}

describe("checkIndicatorRow", () => {
  it("accepts every row a consistent school writes", () => {
    fc.assert(
      fc.property(fc.nat(5_000), fc.integer({ min: 1, max: 50 }), (index, seed) => {
        expect(checkIndicatorRow(neighbourSchoolRow(index, seed))).toEqual({
          ok: true,
          record: { values: neighbourSchoolRow(index, seed) },
        });
      }),
    );
  });

  it("refuses a row without the organisation's code", () => {
    expect(reasonOf(withValues({ code: "" }))).toContain("не заполнен ИНН/код");
  });

  it("names the column whose value is not a number of its kind", () => {
    expect(reasonOf(withValues({ teachers: "много" }))).toBe(
      "в столбце «Педагогов всего» стоит «много», а нужно целое число не меньше 0",
    );
    expect(reasonOf(withValues({ teachers: 2.5 }))).toContain("целое число не меньше 0");
    expect(reasonOf(withValues({ planDone: 120 }))).toContain(
      "«Выполнение планов, %» стоит «120», а нужно число от 0 до 100",
    );
    expect(reasonOf(withValues({ mentorSatisfaction: 11, mentorAnswers: 3 }))).toContain(
      "среднее от 1 до 10",
    );
    expect(reasonOf(withValues({ meetings: null }))).toBe("не заполнен столбец «Встреч проведено»");
  });

  it("refuses parts larger than their wholes and totals that do not add up", () => {
    expect(reasonOf(withValues({ young: 3, youngCovered: 5, coverage: 100 }))).toContain(
      "молодых специалистов в парах (5) больше, чем молодых специалистов (3)",
    );
    expect(reasonOf(withValues({ young: 10, youngCovered: 5, coverage: 80 }))).toContain(
      "охват 80, а 5 из 10 — это 50%",
    );
    const pairs = row[indicatorIndex("pairs")] as number;
    expect(reasonOf(withValues({ pairs: pairs + 1 }))).toContain(
      `пар и групп всего ${pairs + 1}, а активных, завершённых и досрочно прекращённых вместе ${pairs}`,
    );
    expect(reasonOf(withValues({ mentorSatisfaction: null, mentorAnswers: 4 }))).toContain(
      "удовлетворённость наставников не указана при 4 ответах",
    );
  });

  it("reads numbers written with a decimal comma and spaces between thousands", () => {
    const result = checkIndicatorRow(
      withValues({
        teachers: "1 200",
        meetingsPerPair: String(row[indicatorIndex("meetingsPerPair")] ?? "").replace(".", ","),
      }),
    );
    expect(result.ok && result.record.values[indicatorIndex("teachers")]).toBe(1200);
  });
});

describe("readIndicatorTable", () => {
  it("refuses a header of another form, naming the column", () => {
    const header = [...INDICATOR_HEADERS];
    header[4] = "Учителей";
    const result = readIndicatorTable([header, row]);
    expect(result).toEqual({
      ok: false,
      reason: "столбец 5 называется «Учителей», а должен «Педагогов всего»: файл не по форме показателей",
    });
  });

  it("refuses a header cut short, and accepts columns a newer layout added at the end", () => {
    const short = readIndicatorTable([INDICATOR_HEADERS.slice(0, 10), row.slice(0, 10)]);
    expect(short.ok).toBe(false);
    expect(!short.ok && short.reason).toContain("в заголовке 10 столбцов из 24");
    const longer = readIndicatorTable([
      [...INDICATOR_HEADERS, "Новый столбец"],
      [...row, 5],
    ]);
    expect(longer.ok && longer.rows).toEqual([{ ok: true, record: { values: row } }]);
  });

  it("says so for an empty table and for a header without rows; skips blank rows", () => {
    expect(readIndicatorTable([])).toEqual({ ok: false, reason: "файл пустой: нет даже заголовка" });
    expect(readIndicatorTable([[...INDICATOR_HEADERS], ["", ""]])).toEqual({
      ok: false,
      reason: "в файле только заголовок, строки показателей нет",
    });
  });
});

describe("readIndicatorsCsv", () => {
  it("reads back what report writes, in UTF-8 with BOM, Windows-1251 and UTF-16", () => {
    const text = indicatorsCsv([row, neighbourSchoolRow(5, 2)]);
    const expected = {
      ok: true,
      rows: [row, neighbourSchoolRow(5, 2)].map((values) => ({ ok: true, record: { values } })),
    };
    expect(readIndicatorsCsv(new TextEncoder().encode(text))).toEqual(expected);
    expect(readIndicatorsCsv(cp1251(text.replace(/^\ufeff/, "")))).toEqual(expected);
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...[...text.replace(/^\ufeff/, "")].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(readIndicatorsCsv(utf16)).toEqual(expected);
  });

  it("gives a broken CSV's reason instead of throwing", () => {
    const result = readIndicatorsCsv(new TextEncoder().encode(`${INDICATOR_HEADERS.join(";")}\r\n"1;2`));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/кавычка/);
  });
});
