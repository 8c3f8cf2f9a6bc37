import { describe, expect, it } from "vitest";
import { lastMonthOf, orderDeadline, roadmapStartYear } from "../../src/core/documents/roadmapTerms";
import { calendarDate } from "../../src/core/format/dates";
import { typography } from "../../src/core/format/typography";

const DECEMBER = calendarDate(2026, 12, 1);

describe("orderDeadline", () => {
  it("moves months before the order's month up to it, keeping what is still ahead", () => {
    expect(orderDeadline("Сентябрь 2026", DECEMBER, 0)).toBe("Декабрь 2026");
    expect(orderDeadline("Август – сентябрь 2026", DECEMBER, 0)).toBe("Декабрь 2026");
    expect(orderDeadline("Октябрь – декабрь 2026", DECEMBER, 0)).toBe("Декабрь 2026");
    expect(orderDeadline("Ноябрь 2026 – январь 2027", DECEMBER, 0)).toBe("Декабрь 2026 – январь 2027");
    expect(orderDeadline("Октябрь 2026, далее по мере необходимости", DECEMBER, 0)).toBe(
      "Декабрь 2026, далее по мере необходимости",
    );
    expect(orderDeadline("Апрель – май 2027", DECEMBER, 0)).toBe("Апрель – май 2027");
    expect(orderDeadline("В течение 2026–2027 учебного года", DECEMBER, 0)).toBe(
      "В течение 2026–2027 учебного года",
    );
  });

  it("shifts a roadmap made for another school year into the year of «Настройки»", () => {
    const deadlines = ["Сентябрь 2025", "Апрель – май 2026", "В течение 2025–2026 учебного года"];
    expect(roadmapStartYear(deadlines)).toBe(2025);
    const september = calendarDate(2026, 9, 1);
    expect(deadlines.map((text) => orderDeadline(text, september, 1))).toEqual([
      "Сентябрь 2026",
      "Апрель – май 2027",
      "В течение 2026–2027 учебного года",
    ]);
  });

  it("finds the last month a deadline names", () => {
    expect(lastMonthOf("Май 2027")).toEqual(calendarDate(2027, 5, 1));
    expect(lastMonthOf("Апрель – май 2027")).toEqual(calendarDate(2027, 5, 1));
    expect(lastMonthOf("конец учебного года")).toBeNull();
  });
});

describe("typography", () => {
  it("joins what Russian typography keeps on one line", () => {
    expect(typography("МБДОУ «Детский сад № 12», приказ от 18 ноября 2027 г. № 5")).toBe(
      "МБДОУ «Детский сад №\u00a012», приказ от 18\u00a0ноября 2027\u00a0г. №\u00a05",
    );
    expect(typography("Федеральный закон № 152-ФЗ, ст. 351.8, г. Заречный")).toBe(
      "Федеральный закон №\u00a0152\u2011ФЗ, ст.\u00a0351.8, г.\u00a0Заречный",
    );
    expect(typography("Директор И. В. Соколова и Белов А. Н. — за 3 рабочих дня")).toBe(
      "Директор И.\u00a0В.\u00a0Соколова и Белов\u00a0А.\u00a0Н.\u00a0— за 3\u00a0рабочих дня",
    );
  });

  it("changes a text only once: typography of typography is the same", () => {
    const text = "№ 7, 2026 г., И. В. Соколова, Белов А. Н., 152-ФЗ";
    expect(typography(typography(text))).toBe(typography(text));
  });
});
