import { type Cell, type Grid, rectangular } from "../cell";
import { formatDateNumeric } from "../format/dates";
import type { Context, WorkbookPort } from "../ports";
import { refreshPracticeTotals } from "../practices/importPractices";
import { headersOf } from "../schema/columns";
import { requireSheet } from "../sheets";
import { CHART_DATA_COLUMN, type ChartTable, chartTables } from "./chartData";
import { chartSpecsFrom } from "./charts";
import type { ChartSpec } from "./chartTypes";
import { NO_DATA } from "./noData";
import { type MarkSpread, type RoleSatisfaction, type Summary, summarize } from "./summary";
import { SUMMARY } from "./summarySheet";

export { NO_DATA };

function orNoData(value: number | null): Cell {
  return value === null ? NO_DATA : value;
}

function satisfactionRows(who: string, figures: RoleSatisfaction): [string, Cell][] {
  return [
    [`Удовлетворённость ${who} программой в целом (среднее, 1–10)`, orNoData(figures.average)],
    [`Ответов ${who} в мониторинге`, figures.answers],
  ];
}

/** Satisfaction at the start and at the end of the programme, per role: what changed over the year. */
function stageRows(summary: Summary): [string, Cell][] {
  const { mentor, mentee } = summary.satisfactionByStage;
  return [
    ["Удовлетворённость наставников в начале программы (1–10)", orNoData(mentor.start.average)],
    ["Удовлетворённость наставников при завершении программы (1–10)", orNoData(mentor.end.average)],
    ["Удовлетворённость наставляемых в начале программы (1–10)", orNoData(mentee.start.average)],
    ["Удовлетворённость наставляемых при завершении программы (1–10)", orNoData(mentee.end.average)],
  ];
}

function spreadText({ high, middle, low }: MarkSpread): Cell {
  return high + middle + low === 0 ? NO_DATA : `${high} / ${middle} / ${low}`;
}

/** «Сводка» line by line: what each figure is called and its value. */
export function summaryRows(summary: Summary): [string, Cell][] {
  const pairs = summary.active + summary.completed + summary.endedEarly;
  return [
    ["Педагогов всего (наставники и наставляемые, кроме выбывших)", summary.teachers],
    ["Молодых специалистов (стаж до 3 лет или категория «Молодой специалист»)", summary.youngSpecialists],
    ["Из них в утверждённых и завершённых парах", summary.youngCovered],
    ["Охват молодых специалистов наставничеством, %", orNoData(summary.youngCoverage)],
    ["Наставников в парах", summary.mentors],
    ["Пар и групп за год", pairs],
    ...summary.byForm.map(({ form, count }): [string, Cell] => [`  форма «${form}»`, count]),
    ["Активных (утверждены)", summary.active],
    ["Завершённых", summary.completed],
    ["Досрочно прекращённых", summary.endedEarly],
    ["Встреч проведено", summary.meetings],
    ["Встреч в среднем на пару", orNoData(summary.meetingsPerPair)],
    ["Пар с планом", summary.pairsWithPlan],
    ["Выполнение планов в среднем, %", orNoData(summary.planDone)],
    ...satisfactionRows("наставников", summary.mentorSatisfaction),
    ...satisfactionRows("наставляемых", summary.menteeSatisfaction),
    ...stageRows(summary),
    ["Наставляемых в парах за год", summary.menteesInPairs],
    ["Из них остались в организации", summary.menteesRetained],
    ["Поощрено наставников (подтверждено на листе «Награды»)", summary.awardedMentors],
    ["Оценки наставников при завершении: 8–10 / 5–7 / 1–4", spreadText(summary.endSpread.mentor)],
    ["Оценки наставляемых при завершении: 8–10 / 5–7 / 1–4", spreadText(summary.endSpread.mentee)],
    ["Практик в методической копилке", summary.practices],
    ...(summary.orders.length
      ? summary.orders.map(({ subject, number, date }): [string, Cell] => [
          `Приказ «${subject}»`,
          [number ? `№ ${number}` : "", date ? `от ${formatDateNumeric(date)}` : ""]
            .filter(Boolean)
            .join(" ") || NO_DATA,
        ])
      : [["Приказы", NO_DATA] as [string, Cell]]),
  ];
}

/** The figures in columns A–B and the charts' tables from column D, side by side, as one block. */
function besideEachOther(figures: Grid, charts: Grid): Grid {
  return Array.from({ length: Math.max(figures.length, charts.length) }, (_, index) => {
    const chartRow = charts[index];
    return chartRow?.length
      ? [...rectangular([figures[index] ?? []], CHART_DATA_COLUMN)[0]!, ...chartRow]
      : (figures[index] ?? []);
  });
}

/**
 * «Сводка» / `nastavnik report`: recomputes the figures and the charts' data and rewrites the sheet in
 * one write, blanking whatever an earlier run left below or to the right.
 */
export function writeSummary(
  port: WorkbookPort,
  context: Context,
): { summary: Summary; rows: [string, Cell][]; charts: ChartSpec[]; chartTables: ChartTable[] } {
  const before = requireSheet(port, SUMMARY.name);
  refreshPracticeTotals(port);
  const summary = summarize(port, context);
  const rows = summaryRows(summary);
  const charts = chartSpecsFrom(port, context, summary);
  const data = chartTables(charts);
  const block: Grid = besideEachOther([headersOf(SUMMARY), ...rows], data.grid);
  const width = Math.max(2, ...before.map((row) => row.length), ...block.map((row) => row.length));
  const height = Math.max(block.length, before.length);
  port.write(
    SUMMARY.name,
    0,
    0,
    rectangular([...block, ...Array.from({ length: height - block.length }, () => [])], width),
  );
  return { summary, rows, charts, chartTables: data.tables };
}
