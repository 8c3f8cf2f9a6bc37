import { describe, expect, it } from "vitest";
import { inferGender, sexFromPatronymic, storedSex } from "../../src/core/declension";

describe("gender", () => {
  it("reads the stored «Ж»/«М» tolerantly and nothing else", () => {
    expect(storedSex("Ж")).toBe("female");
    expect(storedSex(" жен. ")).toBe("female");
    expect(storedSex("мужской")).toBe("male");
    expect(storedSex("")).toBeNull();
    expect(storedSex(null)).toBeNull();
    expect(storedSex("F")).toBeNull();
  });

  it("infers from the patronymic", () => {
    expect(sexFromPatronymic("Петрович")).toBe("male");
    expect(sexFromPatronymic("Ильич")).toBe("male");
    expect(sexFromPatronymic("Кузьмич")).toBe("male");
    expect(sexFromPatronymic("Петровна")).toBe("female");
    expect(sexFromPatronymic("Ильинична")).toBe("female");
    expect(sexFromPatronymic("рашид  КЫЗЫ")).toBe("female");
    expect(sexFromPatronymic("Гейдар оглы")).toBe("male");
    expect(sexFromPatronymic("")).toBeNull();
    expect(sexFromPatronymic("Кызы")).toBeNull();
  });

  it("prefers the stored gender, then the patronymic, then a certain guess by first name", () => {
    expect(inferGender({ lastName: "Ким", firstName: "Саша", middleName: "Петровна", gender: "М" })).toBe(
      "М",
    );
    expect(inferGender({ lastName: "Ким", firstName: "Саша", middleName: "Петровна" })).toBe("Ж");
    expect(inferGender({ lastName: "Ким", firstName: "Анна" })).toBe("Ж");
    expect(inferGender({ lastName: "Ким", firstName: "Саша" })).toBeNull();
  });
});
