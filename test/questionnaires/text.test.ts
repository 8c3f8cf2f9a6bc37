import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalizeName, normalizePersonName, personKey } from "../../src/core/questionnaires/names";
import {
  cleanParagraph,
  collapseSpaces,
  escapeCell,
  escapeFormula,
  foldChars,
  foldKey,
  normalizeEmail,
  truncate,
  unescapeFormula,
} from "../../src/core/questionnaires/text";

describe("formula escape", () => {
  it.each(['=HYPERLINK("http://x";"жми")', "+7 999 123-45-67", "-5", "@имя"])("escapes %s", (text) => {
    expect(escapeFormula(text)).toBe(`'${text}`);
    expect(unescapeFormula(escapeFormula(text))).toBe(text);
  });

  it("leaves ordinary text, numbers and dates alone", () => {
    expect(escapeFormula("Иванова")).toBe("Иванова");
    expect(escapeFormula("5 = пять")).toBe("5 = пять");
    expect(escapeCell(-5)).toBe(-5);
    const date = new Date(2025, 0, 1);
    expect(escapeCell(date)).toBe(date);
  });

  it("is idempotent and never leaves a formula start", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = escapeFormula(text);
        expect(escapeFormula(once)).toBe(once);
        expect(/^[=+\-@]/.test(once)).toBe(false);
        expect(unescapeFormula(once)).toBe(
          text.startsWith("'") && /^'[=+\-@]/.test(text) ? text.slice(1) : text,
        );
      }),
    );
  });
});

describe("text helpers", () => {
  it("collapses spaces, invisible characters and non-breaking spaces", () => {
    expect(collapseSpaces("  Иванова\u00a0\u00a0 Мария\u200b ")).toBe("Иванова Мария");
  });

  it("cleans paragraphs but keeps line breaks", () => {
    expect(cleanParagraph("  первое  \r\n\r\n\r\n\r\n  второе\tслово ")).toBe("первое\n\nвторое слово");
  });

  it("folds case and ё while keeping the length", () => {
    expect(foldKey("  СЕМЁНОВА  Алёна ")).toBe("семенова алена");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(foldChars(text).length).toBe(text.length);
      }),
    );
  });

  it("truncates without splitting a surrogate pair", () => {
    expect(truncate("абв😀где", 4)).toEqual({ text: "абв", truncated: true });
    expect(truncate("абв", 3)).toEqual({ text: "абв", truncated: false });
  });

  it.each([
    ["  Ivanova@School.RU ", "ivanova@school.ru", true],
    ["mailto:petrov@mail.ru", "petrov@mail.ru", true],
    ["учитель@школа.рф", "учитель@школа.рф", true],
    ["ivanova@school", "ivanova@school", false],
    ["ivanova school.ru", "ivanova school.ru", false],
    ["a@b..ru", "a@b..ru", false],
    ["=HYPERLINK(1)@x.ru", "=hyperlink(1)@x.ru", false],
  ])("e-mail %s", (raw, email, valid) => {
    expect(normalizeEmail(raw)).toEqual({ email, valid });
  });
});

describe("person names", () => {
  it.each([
    ["иванова-петрова", "Иванова-Петрова"],
    ["ИВАНОВА", "Иванова"],
    ["  семёнова  ", "Семёнова"],
    ["Иванова - Петрова", "Иванова-Петрова"],
    ["«Мария».", "Мария"],
    ["иванов,", "Иванов"],
    ["Мамед оглы", "Мамед оглы"],
    ["о’нил", "О'Нил"],
    ["МакКой", "МакКой"],
    ["анна-мария", "Анна-Мария"],
  ])("normalises %s to %s", (raw, expected) => {
    expect(normalizePersonName(raw, "Имя")).toEqual({ value: expected, problems: [] });
  });

  it("keeps but flags a name that is not Cyrillic", () => {
    const result = normalizePersonName("smith", "Фамилия");
    expect(result.value).toBe("Smith");
    expect(result.problems).toEqual(["«Фамилия»: «Smith» написано не кириллицей — проверьте написание"]);
  });

  it("flags Latin look-alikes mixed into a Cyrillic name", () => {
    const result = normalizePersonName("Ивaнова", "Фамилия"); // Latin «a»
    expect(result.value).toBe("Ивaнова");
    expect(result.problems[0]).toMatch(/латинские буквы вперемешку/);
  });

  it.each(["-Иванов", "=Иванов", "@Иванов", "Иванов2", "+Иванов"])(
    "flags %s as not a name, keeping it",
    (raw) => {
      const result = normalizePersonName(raw, "Фамилия");
      expect(result.value).toBe(raw);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatch(/допустимы только буквы/);
    },
  );

  it("cuts an overly long name, saying so", () => {
    const result = normalizePersonName("а".repeat(80), "Фамилия");
    expect(result.value).toHaveLength(60);
    expect(result.problems[0]).toMatch(/длиннее 60 символов/);
  });

  it("gives nothing for punctuation only", () => {
    expect(normalizePersonName(" .. ", "Имя")).toEqual({ value: "", problems: [] });
  });

  it("capitalisation is idempotent", () => {
    const letters = fc.string({ unit: fc.constantFrom("а", "Б", "ё", "Я", "-", " ", "'"), minLength: 1 });
    fc.assert(
      fc.property(letters, (name) => {
        const once = capitalizeName(name);
        expect(capitalizeName(once)).toBe(once);
      }),
    );
  });

  it("matches people regardless of case, spaces and ё", () => {
    expect(personKey("Семёнова", "Алёна", "")).toBe(personKey(" СЕМЕНОВА ", "алена", ""));
    expect(personKey("Семёнова", "Алёна", "Петровна")).not.toBe(personKey("Семёнова", "Алёна", ""));
    expect(personKey("", "Алёна", "")).toBe("");
  });
});
