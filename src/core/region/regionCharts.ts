import type { ChartSpec } from "../results/chartTypes";
import { formKey } from "../results/indicators";
import { MENTORING_FORMS } from "../schema/enums";
import { numberOf } from "./readIndicators";
import type { Rollup } from "./rollup";

/** The roll-up's own charts, apart from the year's `ChartId`s of «Сводка». */
export type RegionChartId = "regionCoverage" | "regionForms";

/** Coverage bands: with hundreds of organisations a bar per school is unreadable, a distribution is not. */
const COVERAGE_BANDS: readonly { readonly label: string; readonly test: (coverage: number) => boolean }[] = [
  { label: "до 25 %", test: (c) => c < 25 },
  { label: "25–49 %", test: (c) => c >= 25 && c < 50 },
  { label: "50–74 %", test: (c) => c >= 50 && c < 75 },
  { label: "75–99 %", test: (c) => c >= 75 && c < 100 },
  { label: "100 %", test: (c) => c >= 100 },
];

/**
 * The roll-up's charts, described once (`ChartSpec`) for whichever renderer draws them: organisations by
 * coverage of young specialists, and the region's pairs by form.
 */
export function regionChartSpecs(rollup: Rollup): ChartSpec<RegionChartId>[] {
  const records = rollup.entries.map((entry) => entry.record);
  const coverages = records.flatMap((record) => {
    const coverage = numberOf(record, "coverage");
    return coverage === null ? [] : [coverage];
  });
  const withoutYoung = records.length - coverages.length;
  const forms = MENTORING_FORMS.map((form) =>
    records.reduce((sum, record) => sum + (numberOf(record, formKey(form)) ?? 0), 0),
  );
  return [
    {
      id: "regionCoverage",
      title: "Организации по охвату молодых специалистов наставничеством",
      kind: "column",
      categories: [...COVERAGE_BANDS.map((band) => band.label), "нет молодых специалистов"],
      series: [
        {
          name: "Организаций",
          values: [...COVERAGE_BANDS.map((band) => coverages.filter(band.test).length), withoutYoung],
        },
      ],
      axis: { title: "Организаций", min: 0 },
    },
    {
      id: "regionForms",
      title: "Пары и группы по формам наставничества",
      kind: "pie",
      categories: [...MENTORING_FORMS],
      series: [{ name: "Пар и групп", values: forms }],
    },
  ];
}
