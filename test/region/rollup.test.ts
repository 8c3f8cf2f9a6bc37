import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberOf } from "../../src/core/region/readIndicators";
import { regionChartSpecs } from "../../src/core/region/regionCharts";
import { type RegionEntry, rollUp } from "../../src/core/region/rollup";
import {
  formKey,
  INDICATOR_COLUMNS,
  type IndicatorValue,
  indicatorIndex,
} from "../../src/core/results/indicators";
import { MENTORING_FORMS } from "../../src/core/schema/enums";
import { neighbourSchoolRow } from "../../src/node/demo/neighbourSchools";

function entry(values: IndicatorValue[], file = `${values[0]}.csv`): RegionEntry {
  return { file, record: { values } };
}

/** Distinct schools: indexes drawn without repeats, so that no code is duplicated. */
const schools = fc
  .uniqueArray(fc.nat(100_000), { minLength: 1, maxLength: 40 })
  .chain((indexes) => fc.constant(indexes.map((index) => entry(neighbourSchoolRow(index, 3)))));

const numbers = (values: readonly IndicatorValue[]) =>
  values.filter((value): value is number => typeof value === "number");

describe("rollUp", () => {
  it("totals every count as the sum over the organisations", () => {
    fc.assert(
      fc.property(schools, (entries) => {
        const { totals } = rollUp(entries, []);
        for (const [index, column] of INDICATOR_COLUMNS.entries()) {
          if (column.kind !== "count") continue;
          const sum = entries.reduce((total, one) => total + (one.record.values[index] as number), 0);
          expect(totals[index]).toBe(sum);
        }
      }),
    );
  });

  it("keeps each average and each weighted rate within the organisations' least and greatest", () => {
    fc.assert(
      fc.property(schools, (entries) => {
        const { totals, averages } = rollUp(entries, []);
        for (const [index, column] of INDICATOR_COLUMNS.entries()) {
          if (column.kind === "text") continue;
          const values = numbers(entries.map((one) => one.record.values[index] ?? null));
          if (values.length === 0) {
            expect(averages[index]).toBeNull();
            continue;
          }
          // One decimal of rounding either way.
          for (const figure of column.kind === "count"
            ? [averages[index]]
            : [averages[index], totals[index]]) {
            if (figure === null) continue;
            expect(figure).toBeGreaterThanOrEqual(Math.min(...values) - 0.05);
            expect(figure).toBeLessThanOrEqual(Math.max(...values) + 0.05);
          }
        }
      }),
    );
  });

  it("weighs coverage by young specialists: Σ covered / Σ young, not a mean of percentages", () => {
    fc.assert(
      fc.property(schools, (entries) => {
        const { totals } = rollUp(entries, []);
        const sum = (key: string) =>
          entries.reduce((total, one) => total + (numberOf(one.record, key) ?? 0), 0);
        const young = sum("young");
        expect(totals[indicatorIndex("coverage")]).toBe(
          young === 0 ? null : Math.round((100 * sum("youngCovered")) / young),
        );
      }),
    );
    const small = neighbourSchoolRow(0, 1).map((value, index) =>
      index === indicatorIndex("young")
        ? 1
        : index === indicatorIndex("youngCovered")
          ? 1
          : index === indicatorIndex("coverage")
            ? 100
            : value,
    );
    const large = neighbourSchoolRow(1, 1).map((value, index) =>
      index === indicatorIndex("young")
        ? 9
        : index === indicatorIndex("youngCovered")
          ? 0
          : index === indicatorIndex("coverage")
            ? 0
            : value,
    );
    const { totals, averages } = rollUp([entry(small), entry(large)], []);
    expect(totals[indicatorIndex("coverage")]).toBe(10);
    expect(averages[indicatorIndex("coverage")]).toBe(50);
  });

  it("sorts organisations by code and labels the totals", () => {
    const entries = [7, 2, 9].map((index) => entry(neighbourSchoolRow(index, 1)));
    const rollup = rollUp(entries, []);
    const codes = rollup.entries.map((one) => one.record.values[0]);
    expect(codes).toEqual([...codes].sort());
    expect(rollup.totals.slice(0, 2)).toEqual(["Итого", "Организаций: 3"]);
  });

  it("keeps the later of two rows with one code and lists the other as a problem", () => {
    const older = neighbourSchoolRow(1, 1);
    const newer = [...older];
    newer[indicatorIndex("date")] = "2027-06-15";
    newer[indicatorIndex("teachers")] = (older[indicatorIndex("teachers")] as number) + 1;
    const rollup = rollUp(
      [entry(newer, "б/новый.xlsx"), entry(older, "а/старый.csv")],
      [{ file: "в.csv", organisation: "", reason: "файл пустой" }],
    );
    expect(rollup.entries).toEqual([entry(newer, "б/новый.xlsx")]);
    expect(rollup.problems).toEqual([
      {
        file: "а/старый.csv",
        organisation: `${older[0]} ${older[1]}`,
        reason: `ИНН/код «${older[0]}» повторяется: в свод взята строка из «б/новый.xlsx» (она сформирована позже), эта строка не учтена`,
      },
      { file: "в.csv", organisation: "", reason: "файл пустой" },
    ]);
  });

  it("gives «нет данных» for rates of an empty region", () => {
    const rollup = rollUp([], []);
    expect(rollup.totals[indicatorIndex("coverage")]).toBeNull();
    expect(rollup.totals[indicatorIndex("teachers")]).toBe(0);
  });
});

describe("regionChartSpecs", () => {
  it("counts every organisation once in the coverage bands and sums the region's pairs by form", () => {
    fc.assert(
      fc.property(schools, (entries) => {
        const rollup = rollUp(entries, []);
        const [coverage, forms] = regionChartSpecs(rollup);
        const counted = coverage!.series[0]!.values.reduce((sum: number, value) => sum + (value ?? 0), 0);
        expect(counted).toBe(entries.length);
        const byForm = forms!.series[0]!.values.reduce((sum: number, value) => sum + (value ?? 0), 0);
        const formColumns = MENTORING_FORMS.map((form) => indicatorIndex(formKey(form)));
        expect(byForm).toBe(formColumns.reduce((sum, index) => sum + (rollup.totals[index] as number), 0));
      }),
    );
  });
});
