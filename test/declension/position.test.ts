import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GRAMMATICAL_CASES } from "../../src/core/declension";
import { parseNameOverrides } from "../../src/core/declension/overrides";
import { declinePosition } from "../../src/core/declension/position";

describe("declinePosition", () => {
  it.each([
    [
      "учитель биологии и химии",
      "учителя биологии и химии",
      "учителю биологии и химии",
      "учителем биологии и химии",
    ],
    ["Заведующий", "Заведующего", "Заведующему", "Заведующим"],
    ["старший воспитатель", "старшего воспитателя", "старшему воспитателю", "старшим воспитателем"],
    ["учитель-логопед", "учителя-логопеда", "учителю-логопеду", "учителем-логопедом"],
    [
      "заместитель директора по УВР",
      "заместителя директора по УВР",
      "заместителю директора по УВР",
      "заместителем директора по УВР",
    ],
    ["социальный педагог", "социального педагога", "социальному педагогу", "социальным педагогом"],
    ["заведующий хозяйством", "заведующего хозяйством", "заведующему хозяйством", "заведующим хозяйством"],
    [
      "преподаватель-организатор ОБЖ",
      "преподавателя-организатора ОБЖ",
      "преподавателю-организатору ОБЖ",
      "преподавателем-организатором ОБЖ",
    ],
  ])("«%s» → %s, %s, %s", (position, genitive, dative, instrumental) => {
    expect(declinePosition(position, "род")).toBe(genitive);
    expect(declinePosition(position, "вин")).toBe(genitive);
    expect(declinePosition(position, "дат")).toBe(dative);
    expect(declinePosition(position, "твор")).toBe(instrumental);
    expect(declinePosition(position, "им")).toBe(position);
  });

  it("changes only the leading words: what follows the head noun is kept as written", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("учитель", "педагог-психолог", "старший воспитатель", "Директор"),
        fc.array(fc.constantFrom("математики", "по УВР", "начальных", "классов", "(совместитель)"), {
          maxLength: 4,
        }),
        fc.constantFrom(...GRAMMATICAL_CASES),
        (head, tail, grammaticalCase) => {
          const rest = tail.join(" ");
          const declined = declinePosition(rest === "" ? head : `${head} ${rest}`, grammaticalCase);
          expect(declined.endsWith(rest)).toBe(true);
        },
      ),
    );
  });
});

describe("parseNameOverrides", () => {
  it("reads the two columns and «вин: …; твор: …», the columns winning", () => {
    expect(
      parseNameOverrides(
        " Кравца  Ивана Петровича",
        "",
        "вин: Кравца Ивана Петровича; Творительный: Кравцом Иваном Петровичем; род: X",
      ),
    ).toEqual({
      overrides: {
        род: "Кравца Ивана Петровича",
        вин: "Кравца Ивана Петровича",
        твор: "Кравцом Иваном Петровичем",
      },
      unreadable: [],
    });
  });

  it("reports what names no case, and keeps the rest", () => {
    expect(parseNameOverrides("", "", "тв: Кравцом; пред Кравце; дат: Кравцу")).toEqual({
      overrides: { дат: "Кравцу" },
      unreadable: ["тв: Кравцом", "пред Кравце"],
    });
  });
});
