import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CalendarDate, daysInMonth } from "../../src/core/format/dates";
import { addDays, daysBetween, isoWeekday } from "../../src/core/year/dayArithmetic";
import { addWorkingDays, isWorkingDay, workingDaysAfter } from "../../src/core/year/productionCalendar";

const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

function workingDaysInMonth(year: number, month: number): number {
  let count = 0;
  for (let day = 1; day <= daysInMonth(year, month); day++) if (isWorkingDay(d(year, month, day))) count++;
  return count;
}

describe("production calendar", () => {
  it("gives the 2026 monthly working-day counts of the approved calendar (247 in all)", () => {
    // Производственный календарь на 2026 год (пятидневная неделя), постановление Правительства РФ
    // от 24.09.2025 о переносе выходных дней.
    const expected = [15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22];
    const counts = expected.map((_, index) => workingDaysInMonth(2026, index + 1));
    expect(counts).toEqual(expected);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(247);
  });

  it("moves a weekend holiday to the next working day, except the January ones", () => {
    expect(isWorkingDay(d(2026, 3, 9))).toBe(false); // 8 марта 2026 — воскресенье
    expect(isWorkingDay(d(2026, 5, 11))).toBe(false); // 9 мая 2026 — суббота
    expect(isWorkingDay(d(2027, 5, 3))).toBe(false); // 1 мая 2027 — суббота
    expect(isWorkingDay(d(2027, 5, 10))).toBe(false); // 9 мая 2027 — воскресенье
    expect(isWorkingDay(d(2027, 6, 14))).toBe(false); // 12 июня 2027 — суббота
    expect(isWorkingDay(d(2027, 1, 11))).toBe(true); // 2–3 января 2027 переносит постановление, не ТК
    expect(isWorkingDay(d(2026, 1, 9))).toBe(false); // перенос по постановлению
  });

  it("takes the coordinator's transfers for a year without a built-in decree", () => {
    const adjustments = { daysOff: ["2027-12-31"], workingDays: ["2027-11-13"] };
    expect(isWorkingDay(d(2027, 12, 31))).toBe(true);
    expect(isWorkingDay(d(2027, 12, 31), adjustments)).toBe(false);
    expect(isWorkingDay(d(2027, 11, 13), adjustments)).toBe(true);
  });

  it("counts a notice of three working days across a holiday", () => {
    // Notice on Thursday 30.04.2026: 1–3 May are days off, so the third working day is 6 May.
    expect(addWorkingDays(d(2026, 4, 30), 3)).toEqual(d(2026, 5, 6));
    expect(workingDaysAfter(d(2026, 4, 30), d(2026, 5, 6))).toBe(3);
    // Notice on Monday: Tuesday, Wednesday, Thursday.
    expect(addWorkingDays(d(2026, 11, 30), 3)).toEqual(d(2026, 12, 3));
  });

  it("keeps addWorkingDays and workingDaysAfter consistent", () => {
    const anyDay = fc
      .record({ offset: fc.integer({ min: 0, max: 729 }) })
      .map(({ offset }) => addDays(d(2026, 1, 1), offset));
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 30 }), (from, count) => {
        const end = addWorkingDays(from, count);
        expect(workingDaysAfter(from, end)).toBe(count);
        if (count > 0) expect(isWorkingDay(end)).toBe(true);
        expect(daysBetween(from, end)).toBeGreaterThanOrEqual(count);
      }),
    );
  });

  it("never calls a Saturday or Sunday working without a transfer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 729 }), (offset) => {
        const day = addDays(d(2026, 1, 1), offset);
        if (isoWeekday(day) >= 6) expect(isWorkingDay(day)).toBe(false);
      }),
    );
  });
});
