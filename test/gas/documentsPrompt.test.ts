import { describe, expect, it } from "vitest";
import { ALL_KINDS, YEAR_END_KINDS } from "../../src/core/documents";
import { KINDS_PROMPT, parseDocumentsRequest } from "../../src/gas/docs/generateHandlers";

describe("the answer to «Сформировать документы»", () => {
  it("reads the kinds, a date, «бланки», «одним днём» and «pdf»", () => {
    expect(parseDocumentsRequest("6, 7 20.04.2027 одним днём pdf")).toEqual({
      kinds: ["finalEvent", "awards"],
      pdf: true,
      date: "20.04.2027",
      sameDay: true,
    });
    expect(parseDocumentsRequest("4 5 Бланки")).toEqual({
      kinds: ["pdConsent", "agreement"],
      pdf: false,
      blanks: true,
    });
    expect(parseDocumentsRequest("все").kinds).toEqual(
      ALL_KINDS.map((kind) => kind.id).filter((id) => !YEAR_END_KINDS.includes(id)),
    );
  });

  it("refuses a date that does not exist and an unknown kind, in one Russian line", () => {
    expect(() => parseDocumentsRequest("1 31.02.2027")).toThrow(
      "Дата «31.02.2027» не существует: укажите её как дд.мм.гггг.",
    );
    expect(() => parseDocumentsRequest("13")).toThrow(
      "Неизвестный вид документа «13». Укажите номера от 1 до 12 или «все».",
    );
  });

  it("lists every kind in the prompt, the Положение included", () => {
    expect(KINDS_PROMPT).toContain("8 — Положение о системе наставничества педагогических работников");
    expect(KINDS_PROMPT).toContain("9 — Приказ о досрочном прекращении наставничества");
  });
});
