/** Template data of the year's report (kind 11) and the monitoring справка (kind 12), from the facts. */
import { formatNumber } from "../format/numbers";
import type { ChartImage } from "../results/chartTypes";
import type { RoleSatisfaction, StagedSatisfaction } from "../results/summary";
import type { TemplateData } from "../template/values";
import { yearConclusions } from "./conclusions";
import type { PairResult, YearFacts } from "./facts";
import { monitoringConclusions, monitoringRecommendations, scoreOrDash } from "./monitoringNote";
import type { PracticeItem } from "./practices";
import { percentText, score } from "./wording";

/**
 * The text a chart's paragraph holds in a filled document until the adapter puts the picture in its
 * place (`placeImages`). Never left in a document: a marker without its picture is removed.
 */
export function imageMarker(id: string): string {
  return `[[рисунок:${id}]]`;
}

/** The charts of the справка: satisfaction only. */
export const MONITORING_CHARTS = ["satisfaction"] as const;

function chartItems(charts: readonly ChartImage[]): TemplateData[] {
  return charts.map((chart, index) => ({
    Номер: index + 1,
    Название: chart.title,
    Рисунок: imageMarker(chart.id),
  }));
}

function satisfactionText(overall: RoleSatisfaction, staged: StagedSatisfaction): string {
  if (overall.average === null) return "нет ответов";
  const { start, end } = staged;
  if (start.average !== null && end.average !== null)
    return `${score(start.average)} в начале, ${score(end.average)} в конце программы`;
  return score(overall.average);
}

/** The Summary's figures as «Показатель — Значение» rows. */
export function figureRows(facts: YearFacts): TemplateData[] {
  const s = facts.summary;
  const pairs = s.active + s.completed + s.endedEarly;
  const forms = s.byForm
    .filter((form) => form.count > 0)
    .map((form) => `${form.form.toLocaleLowerCase("ru")} — ${form.count}`)
    .join(", ");
  const rows: [string, string][] = [
    ["Педагогических работников", formatNumber(s.teachers)],
    [
      "Молодых специалистов (стаж до 3 лет)",
      s.youngSpecialists === 0
        ? "0"
        : `${s.youngSpecialists}, из них с наставником ${s.youngCovered} (${percentText(s.youngCoverage ?? 0)})`,
    ],
    ["Наставников", formatNumber(s.mentors)],
    ["Наставнических пар и групп", `${pairs}${forms === "" ? "" : ` (${forms})`}`],
    ["Завершили программу", formatNumber(s.completed)],
    ["Продолжают работу", formatNumber(s.active)],
    ["Прекращены досрочно", formatNumber(s.endedEarly)],
    [
      "Проведено встреч",
      s.meetingsPerPair === null
        ? formatNumber(s.meetings)
        : `${s.meetings} (в среднем ${score(s.meetingsPerPair)} на пару)`,
    ],
    [
      "Выполнение индивидуальных планов, в среднем",
      s.planDone === null ? "нет планов" : percentText(s.planDone),
    ],
    [
      "Оценка программы наставниками (1–10)",
      satisfactionText(s.mentorSatisfaction, s.satisfactionByStage.mentor),
    ],
    [
      "Оценка программы наставляемыми (1–10)",
      satisfactionText(s.menteeSatisfaction, s.satisfactionByStage.mentee),
    ],
    ["Практик в методической копилке", formatNumber(s.practices)],
    ["Издано приказов по наставничеству", formatNumber(s.orders.length)],
  ];
  return rows.map(([label, value]) => ({ Показатель: label, Значение: value }));
}

/** What became of a pair, for its row: an ongoing one «продолжается», one ended early with its reason. */
function resultOf(pair: PairResult): string {
  const status = STATUS_RESULT[pair.status] ?? pair.status.toLocaleLowerCase("ru");
  return pair.endReason === "" ? status : `${status}: ${pair.endReason}`;
}

const STATUS_RESULT: Readonly<Record<string, string>> = {
  Утверждена: "продолжается",
  Завершена: "программа завершена",
};

function pairRows(facts: YearFacts): TemplateData[] {
  return facts.pairs.map((pair, index) => ({
    Номер: index + 1,
    Пара: `${pair.id}: ${pair.mentor} — ${pair.mentees}`,
    Форма: pair.form.toLocaleLowerCase("ru") || "не указана",
    Встречи: pair.meetings,
    План: pair.planDone === null ? "—" : percentText(pair.planDone),
    Итог: resultOf(pair),
  }));
}

function practiceRows(practices: readonly PracticeItem[]): TemplateData[] {
  return practices.map((practice, index) => ({
    Номер: index + 1,
    Практика: practice.title,
    Автор: practice.author,
    Форма: practice.form.toLocaleLowerCase("ru"),
    Оценка: practice.score === undefined || practice.score === null ? "" : score(practice.score),
  }));
}

export function yearReportData(
  common: TemplateData,
  facts: YearFacts,
  charts: readonly ChartImage[],
  practices: readonly PracticeItem[],
): TemplateData {
  return {
    ...common,
    Показатели: figureRows(facts),
    Диаграммы: chartItems(charts),
    "Есть диаграммы": charts.length > 0,
    Пары: pairRows(facts),
    "Есть пары": facts.pairs.length > 0,
    Практики: practiceRows(practices),
    "Есть практики": practices.length > 0,
    Выводы: yearConclusions(facts).map((line) => ({ Вывод: line })),
  };
}

const ROLES = [
  { role: "mentor", label: "Наставники" },
  { role: "mentee", label: "Наставляемые" },
] as const;

export function monitoringNoteData(
  common: TemplateData,
  facts: YearFacts,
  charts: readonly ChartImage[],
): TemplateData {
  const monitoring = facts.monitoring;
  const own = charts.filter((chart) => (MONITORING_CHARTS as readonly string[]).includes(chart.id));
  return {
    ...common,
    Ответившие: ROLES.map(({ role, label }) => ({
      Роль: label,
      Начало: monitoring.answers[role].start,
      Завершение: monitoring.answers[role].end,
    })),
    Оценки: monitoring.questions.map((question) => ({
      Показатель: question.label,
      "Наставники начало": scoreOrDash(question.scores.mentor.start),
      "Наставники конец": scoreOrDash(question.scores.mentor.end),
      "Наставляемые начало": scoreOrDash(question.scores.mentee.start),
      "Наставляемые конец": scoreOrDash(question.scores.mentee.end),
    })),
    Диаграммы: chartItems(own),
    "Есть диаграммы": own.length > 0,
    Выводы: monitoringConclusions(monitoring).map((line) => ({ Вывод: line })),
    Рекомендации: monitoringRecommendations(monitoring).map((line, index) => ({
      Номер: index + 1,
      Рекомендация: line,
    })),
  };
}
