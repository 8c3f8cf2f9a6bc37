import type { Grid } from "../cell";
import { type CalendarDate, calendarDateFromLocal, compareCalendarDates } from "../format/dates";
import type { Context, WorkbookPort } from "../ports";
import { MONITORING_STAGES } from "../schema/enums";
import { PAIRS } from "../schema/sheets";
import { MEETINGS, PLANS } from "../schema/yearSheets";
import { requireSheet } from "../sheets";
import { byPair, pairProgress } from "../year/pairProgress";
import { IN_PROGRAMME, pairKey, readMeetings, readPlanEntries, readYearPairs } from "../year/yearData";
import type { ChartId, ChartSeries, ChartSpec } from "./chartTypes";
import { NO_DATA } from "./noData";
import type { Summary } from "./summary";

/** What the four charts of the year are drawn from: the figures and the year's own sheets. */
export interface ChartInput {
  readonly summary: Summary;
  readonly pairs: Grid;
  readonly meetings: Grid;
  readonly plans: Grid;
  readonly now: Date;
}

export const CHART_IDS: readonly ChartId[] = [
  "satisfaction",
  "planCompletion",
  "meetingsByMonth",
  "pairsByForm",
];

export const CHART_TITLES: Readonly<Record<ChartId, string>> = {
  satisfaction: "Удовлетворённость программой: начало и завершение",
  planCompletion: "Выполнение плана по парам, %",
  meetingsByMonth: "Встречи по месяцам",
  pairsByForm: "Пары и группы по формам наставничества",
};

/** The usual Russian abbreviations, short enough for twelve columns side by side. */
const MONTHS_SHORT = [
  "янв.",
  "февр.",
  "март",
  "апр.",
  "май",
  "июнь",
  "июль",
  "авг.",
  "сент.",
  "окт.",
  "нояб.",
  "дек.",
] as const;

/** The first month (September) of the programme year `today` falls in; August closes the year that ends. */
function programmeYearStart(today: CalendarDate): { year: number; month: number } {
  return { year: today.month >= 9 ? today.year : today.year - 1, month: 9 };
}

function monthIndex({ year, month }: { year: number; month: number }): number {
  return year * 12 + (month - 1);
}

function monthLabel(index: number): string {
  return `${MONTHS_SHORT[index % 12]} ${Math.floor(index / 12)}`;
}

/** A chart without a single category still draws: one «нет данных» category, no values. */
function orNoData(categories: string[], series: ChartSeries[]): Pick<ChartSpec, "categories" | "series"> {
  if (categories.length > 0) return { categories, series };
  return { categories: [NO_DATA], series: series.map(({ name }) => ({ name, values: [null] })) };
}

function surname(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? "";
}

/**
 * The four charts of the year, pure. Meetings and plan completion count the pairs that worked this year
 * and the meetings held by today, exactly as the summary does, so the charts never contradict «Сводка».
 */
export function chartSpecs(input: ChartInput): ChartSpec[] {
  const { summary } = input;
  const today = calendarDateFromLocal(input.now);
  const pairs = readYearPairs(input.pairs).filter((pair) => IN_PROGRAMME.has(pair.status));
  const meetingsByPair = byPair(readMeetings(input.meetings));
  const plansByPair = byPair(readPlanEntries(input.plans));

  const held = pairs.flatMap((pair) =>
    (meetingsByPair.get(pairKey(pair.id)) ?? []).flatMap((meeting) =>
      meeting.date && compareCalendarDates(meeting.date, today) <= 0 ? [meeting.date] : [],
    ),
  );
  const first = Math.min(monthIndex(programmeYearStart(today)), ...held.map(monthIndex));
  const last = monthIndex(today);
  const perMonth = new Map<number, number>();
  for (const date of held) perMonth.set(monthIndex(date), (perMonth.get(monthIndex(date)) ?? 0) + 1);
  const months = Array.from({ length: last - first + 1 }, (_, offset) => first + offset);

  const planned = pairs.flatMap((pair) => {
    const { planDone } = pairProgress(
      pair.start,
      meetingsByPair.get(pairKey(pair.id)) ?? [],
      plansByPair.get(pairKey(pair.id)) ?? [],
      today,
    );
    const who = surname(pair.mentor);
    return planDone === null ? [] : [{ label: who ? `${pair.id} (${who})` : pair.id, planDone }];
  });

  const forms = summary.byForm.filter(({ count }) => count > 0);
  const [startStage, endStage] = MONITORING_STAGES;
  const { mentor, mentee } = summary.satisfactionByStage;

  return [
    {
      id: "satisfaction",
      title: CHART_TITLES.satisfaction,
      kind: "column",
      categories: ["Наставники", "Наставляемые"],
      series: [
        { name: startStage, values: [mentor.start.average, mentee.start.average] },
        { name: endStage, values: [mentor.end.average, mentee.end.average] },
      ],
      axis: { title: "Средний балл (1–10)", min: 0, max: 10 },
    },
    {
      id: "planCompletion",
      title: CHART_TITLES.planCompletion,
      kind: "bar",
      ...orNoData(
        planned.map(({ label }) => label),
        [{ name: "Выполнено, %", values: planned.map(({ planDone }) => planDone) }],
      ),
      axis: { title: "Выполнено пунктов плана, %", min: 0, max: 100 },
    },
    {
      id: "meetingsByMonth",
      title: CHART_TITLES.meetingsByMonth,
      kind: "column",
      categories: months.map(monthLabel),
      series: [{ name: "Встреч", values: months.map((month) => perMonth.get(month) ?? 0) }],
      axis: { title: "Встреч проведено", min: 0 },
    },
    {
      id: "pairsByForm",
      title: CHART_TITLES.pairsByForm,
      kind: "pie",
      ...orNoData(
        forms.map(({ form }) => form),
        [{ name: "Пар и групп", values: forms.map(({ count }) => count) }],
      ),
    },
  ];
}

/** The charts read from the workbook beside an already computed summary, writing nothing. */
export function chartSpecsFrom(port: WorkbookPort, context: Context, summary: Summary): ChartSpec[] {
  return chartSpecs({
    summary,
    pairs: requireSheet(port, PAIRS.name),
    meetings: requireSheet(port, MEETINGS.name),
    plans: requireSheet(port, PLANS.name),
    now: context.now,
  });
}
