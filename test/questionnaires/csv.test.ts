import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvDelimiter, detectDelimiter, formatCsv, parseCsv } from "../../src/core/questionnaires/csv";
import { QuestionnaireError } from "../../src/core/questionnaires/errors";

describe("parseCsv", () => {
  it("reads plain fields and rows", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    const text = 'Имя,Пожелания\r\n"Иванова, Мария","Сказала ""да""\r\nи ушла"\r\n';
    expect(parseCsv(text)).toEqual([
      ["Имя", "Пожелания"],
      ["Иванова, Мария", 'Сказала "да"\r\nи ушла'],
    ]);
  });

  it("drops a byte-order mark and accepts CR, LF and CRLF line ends", () => {
    expect(parseCsv("\ufeffa,b\rc,d\ne,f\r\ng,h")).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  it("keeps empty fields, including a trailing one, and an empty line as one empty field", () => {
    expect(parseCsv("a,,\n\nb")).toEqual([["a", "", ""], [""], ["b"]]);
  });

  it("keeps a quote inside an unquoted field as a character", () => {
    expect(parseCsv('МБОУ "СОШ № 1",2')).toEqual([['МБОУ "СОШ № 1"', "2"]]);
  });

  it("refuses an unclosed quote, naming the line where it opened", () => {
    expect(() => parseCsv('a,b\n"c,d\ne')).toThrow(QuestionnaireError);
    expect(() => parseCsv('a,b\n"c,d\ne')).toThrow(/строке 2/);
  });

  it("detects semicolon and tab delimiters (Excel in a Russian locale)", () => {
    expect(detectDelimiter("Фамилия;Имя;Стаж\n1,5;2;3")).toBe(";");
    expect(parseCsv("Фамилия;Имя\nИванова;Мария")).toEqual([
      ["Фамилия", "Имя"],
      ["Иванова", "Мария"],
    ]);
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter('"a;b;c",d')).toBe(",");
  });

  it("tells «;» from «,» by consistent field counts, even when the header has more commas", () => {
    const text = [
      "Отметка времени;Фамилия;Сильные стороны (методика, оценивание, документы, дисциплина)",
      "21.11.2025 19:08;Иванова;Мотивация обучающихся",
      "21.11.2025 19:09;Петрова;Методика проведения урока (занятия), Мотивация обучающихся",
    ].join("\r\n");
    expect(detectDelimiter(text)).toBe(";");
    expect(parseCsv(text)[2]).toEqual([
      "21.11.2025 19:09",
      "Петрова",
      "Методика проведения урока (занятия), Мотивация обучающихся",
    ]);
    expect(detectDelimiter("Фамилия\tИмя, отчество\nИванова\tМария, Петровна")).toBe("\t");
    // A quote inside an unquoted field is a character, as parseCsv reads it.
    expect(detectDelimiter('Школа;Город\nМБОУ "СОШ № 1, корпус 2;Тула\nМБОУ СОШ № 2;Тула')).toBe(";");
  });

  it("finds the delimiter of any table written with it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CsvDelimiter>(",", ";", "\t"),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.infiniteStream(fc.string({ unit: fc.constantFrom("а", "b", " ", '"', "\n", "1") })),
        (delimiter, width, height, texts) => {
          const cell = () => `${texts.next().value as string}${delimiter === "," ? "," : delimiter}x`;
          const data = Array.from({ length: height + 1 }, () => Array.from({ length: width }, cell));
          expect(detectDelimiter(formatCsv(data, delimiter))).toBe(delimiter);
          expect(parseCsv(formatCsv(data, delimiter))).toEqual(data);
        },
      ),
    );
  });

  it("is the inverse of formatCsv for any rows", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "я", ",", ";", '"', "\n", "\r", " ", "\t", "ё") });
    const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(rows, fc.constantFrom<CsvDelimiter>(",", ";", "\t"), (data, delimiter) => {
        expect(parseCsv(formatCsv(data, delimiter), delimiter)).toEqual(data);
      }),
    );
  });

  it("round-trips with a semicolon delimiter too", () => {
    const data = [
      ["Отметка времени", "Сильные стороны"],
      ["21.11.2025 19:08:00", "Работа с детьми с ОВЗ, инклюзивное образование; ещё"],
    ];
    expect(parseCsv(formatCsv(data, ";"), ";")).toEqual(data);
  });
});
