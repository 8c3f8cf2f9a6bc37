import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CalendarDateError,
  calendarDate,
  calendarDateFromLocal,
  calendarDateFromUtc,
  dayOf,
  daysInMonth,
  formatDateLong,
  formatDateNumeric,
  formatDateQuoted,
  formatMonthYear,
  formatNumber,
  monthName,
  NBSP,
  numberInWords,
  parseIsoDate,
  parseRussianDate,
  pluralForm,
  termEnd,
  toIsoDate,
} from "../../src/core/format";
import { inZone, ZONES } from "../support/zone";

const date = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month));

describe("dates", () => {
  const d = calendarDate(2022, 11, 18);

  it("writes the Russian forms", () => {
    expect(formatDateQuoted(d)).toBe("«18» ноября 2022 г.");
    expect(formatDateQuoted(calendarDate(2023, 9, 5))).toBe("«05» сентября 2023 г.");
    expect(formatDateNumeric(calendarDate(2023, 9, 5))).toBe("05.09.2023");
    expect(formatDateLong(calendarDate(2023, 3, 1))).toBe("1 марта 2023 г.");
    expect(formatMonthYear(d)).toBe("ноябрь 2022");
    expect(monthName(5, "род")).toBe("мая");
    expect(monthName(12)).toBe("декабрь");
  });

  it("refuses days that do not exist, in Russian", () => {
    expect(() => calendarDate(2023, 2, 29)).toThrow(CalendarDateError);
    expect(() => calendarDate(2023, 2, 29)).toThrow("Такой даты нет: 29.02.2023.");
    expect(calendarDate(2024, 2, 29)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => monthName(13)).toThrow("Нет месяца с номером 13.");
  });

  it("parses ISO and Russian notation back to the same day", () => {
    fc.assert(
      fc.property(date, (x) => {
        expect(parseIsoDate(toIsoDate(x))).toEqual(x);
        expect(parseRussianDate(formatDateNumeric(x))).toEqual(x);
      }),
    );
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseRussianDate("31.04.2023")).toBeNull();
    expect(parseRussianDate("18 ноября")).toBeNull();
  });

  it("reads the day of a Date in UTC or in the zone it was made in, whatever that zone", () => {
    for (const zone of ZONES) {
      inZone(zone, () => {
        fc.assert(
          fc.property(date, fc.integer({ min: 0, max: 86_399_999 }), (x, ms) => {
            expect(calendarDateFromUtc(new Date(Date.UTC(x.year, x.month - 1, x.day) + ms))).toEqual(x);
            // A local midnight and a minute before the next one: in Moscow the first is still the day
            // before in UTC, in Los Angeles the second is already the next day in UTC.
            for (const local of [
              new Date(x.year, x.month - 1, x.day),
              new Date(x.year, x.month - 1, x.day, 23, 59),
            ])
              expect(calendarDateFromLocal(local), zone).toEqual(x);
          }),
          { numRuns: 50 },
        );
      });
    }
    inZone("Europe/Moscow", () => {
      expect(calendarDateFromUtc(new Date(2026, 8, 1))).toEqual({ year: 2026, month: 8, day: 31 });
    });
  });

  it("reads a date cell as the day it shows: Sheets' local midnights and exceljs' UTC midnights", () => {
    for (const zone of ZONES) {
      inZone(zone, () => {
        fc.assert(
          fc.property(date, (x) => {
            expect(dayOf(new Date(x.year, x.month - 1, x.day)), zone).toEqual(x);
            expect(dayOf(new Date(Date.UTC(x.year, x.month - 1, x.day))), zone).toEqual(x);
            expect(dayOf(formatDateNumeric(x))).toEqual(x);
            expect(dayOf(toIsoDate(x))).toEqual(x);
          }),
          { numRuns: 50 },
        );
      });
    }
    expect(dayOf(new Date(Number.NaN))).toBeNull();
    expect(dayOf("")).toBeNull();
    expect(dayOf("31.02.2026")).toBeNull();
    expect(dayOf(45000)).toBeNull();
  });

  it("ends a term of N months the day before the same date N months on, or with a short month's last day", () => {
    expect(termEnd(calendarDate(2026, 10, 1), 9)).toEqual({ year: 2027, month: 6, day: 30 });
    expect(termEnd(calendarDate(2026, 9, 15), 12)).toEqual({ year: 2027, month: 9, day: 14 });
    expect(termEnd(calendarDate(2026, 8, 31), 6)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(termEnd(calendarDate(2027, 8, 31), 6)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(termEnd(calendarDate(2026, 3, 1), 1)).toEqual({ year: 2026, month: 3, day: 31 });
    expect(termEnd(calendarDate(2026, 12, 1), 1)).toEqual({ year: 2026, month: 12, day: 31 });
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 36 }), (start, months) => {
        const end = termEnd(start, months);
        // Months counted from year 0: the month N months on from the start's, and the end's.
        const monthsOn = start.year * 12 + start.month - 1 + months;
        const endIndex = end.year * 12 + end.month - 1;
        if (start.day <= daysInMonth(Math.floor(monthsOn / 12), (monthsOn % 12) + 1)) {
          // The next day is the same date N months on.
          const next = end.day < daysInMonth(end.year, end.month) ? { ...end, day: end.day + 1 } : null;
          if (next) expect([endIndex, next.day]).toEqual([monthsOn, start.day]);
          else expect([endIndex + 1, start.day]).toEqual([monthsOn, 1]);
        } else {
          expect([endIndex, end.day]).toEqual([monthsOn, daysInMonth(end.year, end.month)]);
        }
      }),
    );
  });
});

describe("numbers", () => {
  it("groups thousands with a non-breaking space from five digits", () => {
    expect(formatNumber(2022)).toBe("2022");
    expect(formatNumber(12500)).toBe(`12${NBSP}500`);
    expect(formatNumber(-1234567)).toBe(`-1${NBSP}234${NBSP}567`);
    expect(formatNumber(1500, { groupFrom: 4, separator: " " })).toBe("1 500");
    expect(formatNumber(3.5)).toBe("3,5");
    expect(formatNumber(0.1 + 0.2)).toBe("0,3");
    expect(formatNumber(-0.001)).toBe("0");
  });

  it("keeps every digit of an integer, in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(Number(formatNumber(n).replaceAll(NBSP, ""))).toBe(n);
      }),
    );
  });

  it("chooses the noun form for a count", () => {
    const forms = ["пара", "пары", "пар"] as const;
    expect([0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => pluralForm(n, forms))).toEqual([
      "пар",
      "пара",
      "пары",
      "пары",
      "пар",
      "пар",
      "пар",
      "пар",
      "пара",
      "пары",
      "пар",
      "пара",
      "пар",
    ]);
  });

  it("writes small counts in words", () => {
    expect(numberInWords(0)).toBe("ноль");
    expect(numberInWords(1)).toBe("один");
    expect(numberInWords(2, "ж")).toBe("две");
    expect(numberInWords(21, "ж")).toBe("двадцать одна");
    expect(numberInWords(1, "ср")).toBe("одно");
    expect(numberInWords(12)).toBe("двенадцать");
    expect(numberInWords(115)).toBe("сто пятнадцать");
    expect(numberInWords(2000)).toBe("две тысячи");
    expect(numberInWords(1_001_001)).toBe("один миллион одна тысяча один");
    expect(numberInWords(5_000_000)).toBe("пять миллионов");
    expect(() => numberInWords(1.5)).toThrow("Прописью пишутся только целые числа");
  });
});
