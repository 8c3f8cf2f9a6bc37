import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pluralForm } from "../../src/core/format/numbers";
import { numberInWords } from "../../src/core/format/numberWords";
import { readRussianNumber } from "../../src/core/format/parseNumber";
import { allQuestionnaires } from "../../src/core/intake/questionnaireSet";
import { parseBankAnswer, parseResponse } from "../../src/core/questionnaires/parse";
import { CONTEXT, MENTOR_FORM, mentorAnswers, response } from "./fixtures";

const EXPERIENCE = "Педагогический стаж (лет)";
const CAPACITY = "Сколько наставляемых вы готовы взять?";

function mentor(overrides: Parameters<typeof mentorAnswers>[0]) {
  return parseBankAnswer(MENTOR_FORM, response(mentorAnswers(overrides)));
}

describe("readRussianNumber", () => {
  it("reads any whole number 0…100 written in digits or words, with or without a unit, as itself", () => {
    const units: readonly (readonly [string, string, string])[] = [
      ["год", "года", "лет"],
      ["человек", "человека", "человек"],
      ["наставляемый", "наставляемых", "наставляемых"],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        fc.option(fc.constantFrom(...units), { nil: undefined }),
        fc.constantFrom("", "  ", "."),
        (n, inWords, unit, tail) => {
          const number = inWords ? numberInWords(n) : String(n);
          const text = `${number}${unit ? ` ${pluralForm(n, unit)}` : ""}${tail}`;
          expect(readRussianNumber(text)).toEqual({ value: n, low: n, approximate: false });
          expect(readRussianNumber(text.toUpperCase())?.value).toBe(n);
        },
      ),
    );
  });

  it("reads cases, decimal commas, halves, hedges and ranges as meant", () => {
    const read = (text: string) => {
      const result = readRussianNumber(text);
      return result && [result.low, result.value, result.approximate];
    };
    expect(read("двух")).toEqual([2, 2, false]);
    expect(read("троих")).toEqual([3, 3, false]);
    expect(read("не более двух")).toEqual([2, 2, true]);
    expect(read("30,0")).toEqual([30, 30, false]);
    expect(read("2,5")).toEqual([2.5, 2.5, true]);
    expect(read("полтора года")).toEqual([1.5, 1.5, true]);
    expect(read("три с половиной года")).toEqual([3.5, 3.5, true]);
    expect(read("1–2")).toEqual([1, 2, true]);
    expect(read("от 1 до 2 человек")).toEqual([1, 2, true]);
    expect(read("около 18 лет")).toEqual([18, 18, true]);
    for (const nonsense of ["много", "двадцать ноль", "один два", "", "3 2 1", "2–1"])
      expect(read(nonsense), nonsense).toBeUndefined();
  });
});

describe("answers with numbers, read as the person meant them", () => {
  it("reads experience written with a unit, a decimal comma or in words", () => {
    expect(mentor({ [EXPERIENCE]: "18 лет" }).record.experience).toBe(18);
    expect(mentor({ [EXPERIENCE]: "30,0" })).toMatchObject({ record: { experience: 30 }, remarks: "" });
    expect(mentor({ [EXPERIENCE]: "восемнадцать лет" })).toMatchObject({
      record: { experience: 18 },
      status: "Активен",
    });
    const half = mentor({ [EXPERIENCE]: "полтора года" });
    expect(half).toMatchObject({ record: { experience: 1 }, status: "Активен" });
    expect(half.remarks).toMatch(/«полтора года» — записано полных лет: 1/);
    expect(mentor({ [EXPERIENCE]: "8 месяцев" }).record.experience).toBe(0);
  });

  it("reads a capacity written in words or with a unit, and 0 as 0 — never as missing", () => {
    expect(mentor({ [CAPACITY]: "два" })).toMatchObject({ record: { capacity: "2" }, status: "Активен" });
    expect(mentor({ [CAPACITY]: "3 человека" }).record.capacity).toBe("3");
    const bound = mentor({ [CAPACITY]: "не более двух" });
    expect(bound.record.capacity).toBe("2");
    expect(bound.remarks).toMatch(/«не более двух» — записано: 2/);
    const zero = mentor({ [CAPACITY]: "0" });
    expect(zero).toMatchObject({ record: { capacity: "0" }, status: "Активен" });
    expect(zero.remarks).toMatch(/наставляемые не будут предложены/);
    expect(mentor({ [CAPACITY]: "нет" }).record.capacity).toBe("0");
  });

  it("flags in «Замечания» what it still cannot read, keeping the cell empty", () => {
    const unreadable = mentor({ [CAPACITY]: "сколько дадут" });
    expect(unreadable.status).toBe("Требует проверки");
    expect(unreadable.record.capacity).toBeUndefined();
    expect(unreadable.remarks).toMatch(
      /«сколько дадут» — не удалось понять число; ожидается число от 0 до 3/,
    );
    const many = mentor({ [CAPACITY]: "пять" });
    expect(many.status).toBe("Требует проверки");
    expect(many.remarks).toMatch(/«пять» — вне допустимого/);
    expect(mentor({ [EXPERIENCE]: "много лет" }).status).toBe("Требует проверки");
  });
});

describe("numbers through the bank and monitoring answers", () => {
  it("reads any experience 0…60 written in words or digits, with «год/года/лет», as itself, without a note", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.boolean(), (n, inWords) => {
        const text = `${inWords ? numberInWords(n) : n} ${pluralForm(n, ["год", "года", "лет"])}`;
        const answer = mentor({ [EXPERIENCE]: text });
        expect(answer.record.experience).toBe(n);
        expect(answer.remarks).toBe("");
      }),
      { numRuns: 60 },
    );
  });

  it("reads a mark written in words or «из 10», and flags a range", () => {
    const monitoring = allQuestionnaires(CONTEXT).find((form) => form.key === "monitoring")!;
    const overall = monitoring.questions.find((question) => question.id === "overall")!;
    const read = (mark: string) =>
      parseResponse(monitoring, response({ [overall.title]: mark })).values.overall;
    expect([read("8"), read("восемь"), read("8 из 10"), read("9 баллов")]).toEqual([8, 8, 8, 9]);
    expect(read("8-9")).toBeUndefined();
    expect(read("11")).toBeUndefined();
  });
});
