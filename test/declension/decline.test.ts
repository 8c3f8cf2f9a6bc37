import fc from "fast-check";
import { inclineFirstname, inclineLastname } from "lvovich";
import { describe, expect, it } from "vitest";
import {
  declineFull,
  declineInitialsFirst,
  declineShort,
  GRAMMATICAL_CASES,
  type PersonName,
  PersonNameError,
  personInitials,
} from "../../src/core/declension";
import { NAME_TABLE, type NameRow } from "./names.table";

function personOf(row: NameRow, gender = row.person[3]): PersonName {
  const [lastName, firstName, middleName] = row.person;
  return { lastName, firstName, middleName, gender };
}

describe("declineFull over a table of real names", () => {
  for (const row of NAME_TABLE) {
    it(`${row.forms[0]} (${row.person[3]})`, () => {
      const got = GRAMMATICAL_CASES.map((c) => declineFull(personOf(row), c));
      expect(got).toEqual(row.forms);
    });
  }

  it("infers the gender from the patronymic when none is stored, with the same result", () => {
    for (const row of NAME_TABLE) {
      const got = GRAMMATICAL_CASES.map((c) => declineFull(personOf(row, ""), c));
      expect(got, row.forms[0]).toEqual(row.forms);
    }
  });

  it("normalises case and spaces of the input, whatever they are", () => {
    const rowArb = fc.constantFrom(...NAME_TABLE);
    const spellArb = fc.constantFrom("lower", "upper", "as-is");
    const spaceArb = fc.constantFrom(" ", "  ", "\u00a0", "\t ");
    fc.assert(
      fc.property(
        rowArb,
        spellArb,
        spaceArb,
        fc.constantFrom(...GRAMMATICAL_CASES),
        (row, spell, space, c) => {
          const mangle = (s: string): string => {
            const spelled =
              spell === "lower"
                ? s.toLocaleLowerCase("ru")
                : spell === "upper"
                  ? s.toLocaleUpperCase("ru")
                  : s;
            return `${space}${spelled.replace(/ /g, space)}${space}`;
          };
          const [lastName, firstName, middleName, gender] = row.person;
          const person = {
            lastName: mangle(lastName),
            firstName: mangle(firstName),
            middleName: mangle(middleName),
            gender,
          };
          expect(declineFull(person, c)).toBe(row.forms[GRAMMATICAL_CASES.indexOf(c)]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps a deliberately mixed spelling of a name as stored", () => {
    expect(
      declineFull({ lastName: "МакКейн", firstName: "Джон", middleName: "Сидневич", gender: "М" }, "род"),
    ).toBe("МакКейна Джона Сидневича");
  });

  it("writes a person without a patronymic with two words", () => {
    expect(declineFull({ lastName: "Ким", firstName: "Ирина", middleName: "", gender: "Ж" }, "дат")).toBe(
      "Ким Ирине",
    );
    expect(declineFull({ lastName: "Ким", firstName: "Роман", gender: "М" }, "твор")).toBe("Кимом Романом");
  });

  it("lets the stored gender decide for an undeclinable-looking surname without a patronymic", () => {
    expect(declineFull({ lastName: "Шмидт", firstName: "Женя", gender: "Ж" }, "род")).toBe("Шмидт Жени");
    expect(declineFull({ lastName: "Шмидт", firstName: "Женя", gender: "М" }, "род")).toBe("Шмидта Жени");
  });

  it("never declines a woman's surname ending in a consonant, «й» or «ь»", () => {
    const consonants = "бвгджзклмнпрстфхцчшщйь".split("");
    const surname = fc
      .tuple(fc.constantFrom("Ив", "Пет", "Сол", "Бер", "Коз", "Цо"), fc.constantFrom(...consonants))
      .map(([stem, end]) => stem + end);
    fc.assert(
      fc.property(surname, fc.constantFrom(...GRAMMATICAL_CASES), (lastName, c) => {
        const full = declineFull({ lastName, firstName: "Анна", middleName: "Ивановна", gender: "Ж" }, c);
        expect(full.split(" ")[0]).toBe(lastName);
      }),
    );
  });

  it("keeps the nominative as stored and the number of words in every case", () => {
    for (const row of NAME_TABLE) {
      const words = row.forms[0].split(" ").length;
      expect(declineFull(personOf(row), "им")).toBe(row.forms[0]);
      for (const c of GRAMMATICAL_CASES) expect(declineFull(personOf(row), c).split(" ")).toHaveLength(words);
    }
  });
});

describe("corrections of lvovich", () => {
  // Each pair shows lvovich's own answer (still wrong) next to ours, so a fixed upstream shows up here.
  it("a woman called Цой is not declined", () => {
    expect(inclineLastname("Цой", "genitive", "female")).toBe("Цоя");
    expect(declineFull({ lastName: "Цой", firstName: "Анна", gender: "Ж" }, "род")).toBe("Цой Анны");
  });

  it("the first part of Бонч-Бруевич and Тер-Петросян stays", () => {
    expect(inclineLastname("Бонч-Бруевич", "genitive", "male")).toBe("Бонча-Бруевича");
    expect(declineFull({ lastName: "Тер-Петросян", firstName: "Левон", middleName: "Акопович" }, "дат")).toBe(
      "Тер-Петросяну Левону Акоповичу",
    );
  });

  it("women's names in «ь» follow the third declension", () => {
    expect(inclineFirstname("Айгюль", "genitive", "female")).toBe("Айгюль");
    expect(declineFull({ lastName: "Алиева", firstName: "Асель", gender: "Ж" }, "твор")).toBe(
      "Алиевой Аселью",
    );
  });

  it("«Воробей» in the instrumental is «Воробьём», the ending being stressed", () => {
    expect(inclineLastname("Воробей", "instrumental", "male")).toBe("Воробьем");
    expect(declineFull({ lastName: "Воробей", firstName: "Иван", middleName: "Петрович" }, "твор")).toBe(
      "Воробьём Иваном Петровичем",
    );
    expect(declineFull({ lastName: "Воробьёв", firstName: "Иван", middleName: "Петрович" }, "твор")).toBe(
      "Воробьёвым Иваном Петровичем",
    );
  });

  it("«Илья» in the instrumental keeps its «ё»", () => {
    expect(inclineFirstname("Илья", "instrumental", "male")).toBe("Ильей");
    expect(declineFull({ lastName: "Муромец", firstName: "Илья", middleName: "Иванович" }, "твор")).toContain(
      "Ильёй",
    );
  });
});

describe("short forms", () => {
  const maria: PersonName = { lastName: "Иванова", firstName: "Мария", middleName: "Петровна", gender: "Ж" };

  it("writes the surname in the case and the initials with a space between", () => {
    expect(declineShort(maria)).toBe("Иванова М. П.");
    expect(declineShort(maria, "род")).toBe("Ивановой М. П.");
    expect(declineInitialsFirst(maria)).toBe("М. П. Иванова");
    expect(declineInitialsFirst(maria, "дат")).toBe("М. П. Ивановой");
  });

  it("makes initials of hyphenated names, Turkic patronymics, ё and missing patronymics", () => {
    expect(personInitials({ lastName: "Сидорова", firstName: "Анна-Мария", middleName: "Петровна" })).toBe(
      "А.-М. П.",
    );
    expect(personInitials({ lastName: "Алиева", firstName: "Айгюль", middleName: "Рашид кызы" })).toBe(
      "А. Р.",
    );
    expect(declineShort({ lastName: "Ёлкина", firstName: "ёлка", middleName: "", gender: "Ж" }, "род")).toBe(
      "Ёлкиной Ё.",
    );
  });

  it("declines a double surname in the short form", () => {
    expect(
      declineShort({ lastName: "Римский-Корсаков", firstName: "Николай", middleName: "Андреевич" }, "твор"),
    ).toBe("Римским-Корсаковым Н. А.");
  });
});

describe("overrides", () => {
  const lev: PersonName = {
    lastName: "Лев",
    firstName: "Игорь",
    middleName: "Петрович",
    gender: "М",
    overrides: { род: "Льва  Игоря Петровича" },
  };

  it("wins over the rules for its case, in full and short forms", () => {
    expect(declineFull(lev, "род")).toBe("Льва Игоря Петровича");
    expect(declineShort(lev, "род")).toBe("Льва И. П.");
    expect(declineInitialsFirst(lev, "род")).toBe("И. П. Льва");
  });

  it("leaves the other cases to the rules, and an empty override counts as none", () => {
    expect(declineFull(lev, "дат")).toBe("Льву Игорю Петровичу");
    expect(declineFull({ ...lev, overrides: { род: "  " } }, "род")).toBe("Льва Игоря Петровича");
    // The coordinator's choice «Лева» wins over the rules' «Льва».
    expect(declineFull({ ...lev, overrides: { род: "Лева Игоря Петровича" } }, "род")).toBe(
      "Лева Игоря Петровича",
    );
  });
});

describe("errors", () => {
  it("refuses a person without a surname or first name, in Russian", () => {
    expect(() => declineFull({ lastName: " ", firstName: "Мария", middleName: "Петровна" })).toThrow(
      PersonNameError,
    );
    expect(() => declineFull({ lastName: " ", firstName: "Мария", middleName: "Петровна" })).toThrow(
      "Не указана фамилия у «Мария Петровна».",
    );
    expect(() => declineShort({ lastName: "Иванова", firstName: "" })).toThrow("Не указано имя");
  });
});
