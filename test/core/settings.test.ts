import { describe, expect, it } from "vitest";
import { schoolYearLabel, schoolYearStart } from "../../src/core/roadmap/schoolYear";
import { readSettings } from "../../src/core/schema/settings";
import { inZone, ZONES } from "../support/zone";

const LABEL = "Краткое наименование организации";

describe("readSettings", () => {
  it("reads a date typed into a text setting as the day the sheet shows, in any time zone", () => {
    for (const zone of ZONES) {
      inZone(zone, () => {
        const today = new Date(2026, 8, 1);
        // Google Sheets gives a local midnight; an .xlsx read by exceljs gives a UTC midnight.
        for (const typed of [new Date(2026, 8, 1), new Date(Date.UTC(2026, 8, 1))]) {
          const { values, problems } = readSettings([[LABEL, typed]], today);
          expect(values.orgShortName, zone).toBe("2026-09-01");
          expect(problems).toEqual([]);
        }
      });
    }
  });

  it("falls back to the default, with a Russian message, for a number out of range", () => {
    const { values, problems } = readSettings(
      [["Максимум наставляемых у одного наставника", "12"]],
      new Date(2026, 8, 1),
    );
    expect(values.maxMenteesPerMentor).toBe(2);
    expect(problems.map((p) => p.message)).toEqual([
      "«Максимум наставляемых у одного наставника»: ожидается целое число от 1 до 10, указано «12»; использовано 2",
    ]);
  });
});

describe("the school year", () => {
  it("starts in September; from August on, preparation is for the year that starts", () => {
    // [year, month (0-based), day, hour, minute] on the wall clock, and the school year's first year.
    const cases: [[number, number, number, number, number], number][] = [
      [[2026, 0, 15, 12, 0], 2025],
      [[2026, 6, 31, 23, 59], 2025],
      [[2026, 7, 1, 0, 0], 2026],
      [[2026, 8, 1, 0, 0], 2026],
      [[2026, 11, 31, 23, 59], 2026],
    ];
    for (const zone of ZONES) {
      inZone(zone, () => {
        for (const [[y, m, d, h, min], start] of cases) {
          const local = new Date(y, m, d, h, min);
          expect(schoolYearStart(local), `${zone} ${local.toString()}`).toBe(start);
        }
      });
    }
    expect(schoolYearLabel(2026)).toBe("2026–2027");
  });
});
