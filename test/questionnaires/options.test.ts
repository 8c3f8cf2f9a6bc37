import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import { joinOptions, matchOption, splitOptions } from "../../src/core/questionnaires/options";

const OPTIONS = [
  "Работа с детьми с ОВЗ",
  "Работа с детьми с ОВЗ, инклюзивное образование",
  "Нормативные документы (ФГОС, ФОП, СанПиН)",
  "Методика проведения урока (занятия)",
  "Ведение документации",
];

describe("matchOption", () => {
  it("ignores case, spaces and ё", () => {
    expect(matchOption("  методика  проведения урока (ЗАНЯТИЯ) ", OPTIONS)).toBe(
      "Методика проведения урока (занятия)",
    );
    expect(matchOption("Подготовка к ЕГЭ", OPTIONS)).toBeUndefined();
    expect(matchOption("", OPTIONS)).toBeUndefined();
  });
});

describe("splitOptions", () => {
  it("prefers the longest option that ends at a comma", () => {
    expect(
      splitOptions("Работа с детьми с ОВЗ, инклюзивное образование, Ведение документации", OPTIONS),
    ).toEqual({
      known: ["Работа с детьми с ОВЗ, инклюзивное образование", "Ведение документации"],
      unknown: [],
    });
    expect(splitOptions("Работа с детьми с ОВЗ, Ведение документации", OPTIONS)).toEqual({
      known: ["Работа с детьми с ОВЗ", "Ведение документации"],
      unknown: [],
    });
  });

  it("does not take an option that is only the start of a longer unknown text", () => {
    expect(splitOptions("Ведение документации в электронном журнале", OPTIONS)).toEqual({
      known: [],
      unknown: ["Ведение документации в электронном журнале"],
    });
  });

  it("reports leftovers, including ones with commas, as unknown", () => {
    expect(
      splitOptions(
        "Нормативные документы (ФГОС, ФОП, СанПиН), шахматы, шашки, Ведение документации,",
        OPTIONS,
      ),
    ).toEqual({
      known: ["Нормативные документы (ФГОС, ФОП, СанПиН)", "Ведение документации"],
      unknown: ["шахматы, шашки"],
    });
  });

  it("matches a live response item by item", () => {
    expect(
      splitOptions(["работа с детьми с ОВЗ, инклюзивное образование", "Другое: хор", " "], OPTIONS),
    ).toEqual({
      known: ["Работа с детьми с ОВЗ, инклюзивное образование"],
      unknown: ["Другое: хор"],
    });
  });

  it("recovers any selection of the competences from its export text, whatever the case", () => {
    const selection = fc.uniqueArray(fc.constantFrom(...COMPETENCES), { minLength: 1 });
    fc.assert(
      fc.property(selection, fc.boolean(), (chosen, upper) => {
        const text = joinOptions(chosen);
        expect(splitOptions(upper ? text.toUpperCase() : text, COMPETENCES)).toEqual({
          known: chosen,
          unknown: [],
        });
      }),
    );
  });

  it("finds every inserted unknown piece and every chosen option around it", () => {
    const unknownPiece = fc.constantFrom("шахматы", "хор, танцы", "робототехника (кружок)");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...COMPETENCES), { minLength: 1 }),
        unknownPiece,
        fc.nat(),
        (chosen, piece, at) => {
          const position = at % (chosen.length + 1);
          const parts = [...chosen.slice(0, position), piece, ...chosen.slice(position)];
          expect(splitOptions(parts.join(", "), COMPETENCES)).toEqual({ known: chosen, unknown: [piece] });
        },
      ),
    );
  });
});
