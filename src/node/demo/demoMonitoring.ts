import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Cell, cellText } from "../../core/cell";
import { loadQuestionnaire, readBanks } from "../../core/intake/questionnaireSet";
import { type RowChange, rowChange, writeRowChanges } from "../../core/intake/rowWrites";
import type { Context, WorkbookPort } from "../../core/ports";
import { refreshPracticeTotals } from "../../core/practices/importPractices";
import { PRACTICE_CRITERIA, PRACTICES } from "../../core/practices/sheet";
import { formatCsv } from "../../core/questionnaires/csv";
import type { Question, QuestionnaireKey } from "../../core/questionnaires/types";
import { MONITORING_STAGES } from "../../core/schema/enums";
import { MENTEES, MENTORS, PAIRS } from "../../core/schema/sheets";
import { mapColumns, readRecords } from "../../core/schema/table";
import { readYearPairs } from "../../core/year/yearData";
import { importExportTable } from "../import/importTable";
import { readExportFile } from "../import/readExport";

const [START, END] = MONITORING_STAGES;

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** As a Google Forms export in a Russian locale writes it; never later than today. */
function exportTime(date: Date, today: Date): string {
  const time = date > today ? today : date;
  return `${two(time.getDate())}.${two(time.getMonth() + 1)}.${time.getFullYear()} ${two(time.getHours())}:${two(time.getMinutes())}:00`;
}

/** Writes the export beside the others and imports it as `nastavnik import` does; returns the summary. */
async function importRows(
  port: WorkbookPort,
  context: Context,
  form: QuestionnaireKey,
  rows: { time: Date; email: string; answers: Readonly<Record<string, string>> }[],
  path: string,
): Promise<string> {
  const questions = loadQuestionnaire(port, context, form).questions.filter((question) => !question.retired);
  const header = [
    "Отметка времени",
    "Адрес электронной почты",
    ...questions.map((question) => question.title),
  ];
  const table = [
    header,
    ...rows.map((row) => [
      exportTime(row.time, context.now),
      row.email,
      ...questions.map((question) => row.answers[question.id] ?? ""),
    ]),
  ];
  await writeFile(path, formatCsv(table), "utf8");
  return importExportTable(port, context, form, await readExportFile(path)).report.summary;
}

/** A monitoring answer: every scale around `level` (1–10), the rest plausible. */
function monitoringAnswers(
  questions: readonly Question[],
  role: string,
  stage: string,
  level: number,
  seed: number,
) {
  const answers: Record<string, string> = {};
  questions.forEach((question, index) => {
    if (question.type === "scale")
      answers[question.id] = String(Math.min(10, Math.max(1, level + ((seed + index) % 3) - 1)));
  });
  const mentee = role === "Наставляемый";
  return {
    ...answers,
    role,
    stage,
    valuable:
      stage === START
        ? "Понятно, к кому обратиться с вопросом"
        : mentee
          ? "Разбор уроков вместе с наставником"
          : "Взгляд со стороны на собственные уроки",
    missing: stage === START ? "" : "Времени на взаимопосещения",
    becomeMentor: mentee ? (stage === START ? "Затрудняюсь ответить" : "Да") : "",
    continue: "Да",
  };
}

const DEMO_PRACTICES = [
  {
    title: "Урок вдвоём",
    form: "взаимопосещение уроков",
    description:
      "Наставник и наставляемый ведут один урок по общей технологической карте и разбирают его сразу после звонка.",
    results: "Наставляемый сам составляет карты уроков; замечаний администрации по урокам нет.",
    links: "https://school.example/kopilka/urok-vdvoem",
    card: [9, 8, 7, 9, 8],
  },
  {
    title: "Клуб молодого педагога",
    form: "групповая встреча",
    description: "Раз в месяц молодые педагоги разбирают трудные случаи с наставниками за чашкой чая.",
    results: "Все молодые специалисты остались в школе; две методические разработки.",
    links: "",
    card: [8, 9, 6, 8, 9],
  },
  {
    title: "Родительское собрание без страха",
    form: "мастер-класс",
    description: "Репетиция собрания с наставником в роли родителей, затем собрание с наставником в классе.",
    results: "Явка родителей выросла с 40 до 75 %.",
    links: "https://school.example/kopilka/sobranie",
    card: [7, 7, 8, 7, 6],
  },
] as const;

/**
 * The demo school's monitoring and results: start and end monitoring answers of the people in pairs (so
 * that «Сводка» shows satisfaction at the start against the end), three mentors' final reports and three
 * practices with their expert cards. The exports are left beside the others in `folder`.
 */
export async function playDemoMonitoring(
  port: WorkbookPort,
  context: Context,
  folder: string,
): Promise<string> {
  const pairs = readYearPairs(port.readAll(PAIRS.name)).filter((pair) => pair.status === "Утверждена");
  const email = (grid: typeof MENTORS, id: string) =>
    cellText(
      readRecords(grid, port.readAll(grid.name)).records.find(({ record }) => cellText(record.id) === id)
        ?.record.email,
    );
  const monitoring = loadQuestionnaire(port, context, "monitoring").questions;
  const answers: { time: Date; email: string; answers: Record<string, string> }[] = [];
  const answered = new Set<string>();
  pairs.forEach((pair, index) => {
    const people: [string, string][] = [
      [email(MENTORS, pair.mentorId), "Наставник"],
      ...pair.menteeIds.map((id): [string, string] => [email(MENTEES, id), "Наставляемый"]),
    ];
    for (const [address, role] of people) {
      // A mentor of two pairs answers once.
      if (!address || answered.has(address)) continue;
      answered.add(address);
      answers.push({
        time: new Date(2026, 9, 5, 15, index),
        email: address,
        answers: monitoringAnswers(monitoring, role, START, 6, index),
      });
      if (index % 4 !== 3)
        answers.push({
          time: new Date(2026, 10, 27, 15, index),
          email: address,
          answers: monitoringAnswers(monitoring, role, END, 8, index),
        });
    }
  });
  const monitoringSummary = await importRows(
    port,
    context,
    "monitoring",
    answers,
    join(folder, "Мониторинг программы наставничества.csv"),
  );

  const { choices } = readBanks(port);
  const labelOf = (id: string) =>
    choices.find((choice) => choice.role === "mentee" && choice.id === id)?.label ?? "";
  const recommendations = ["Завершить наставничество", "Продлить наставничество", "Завершить наставничество"];
  const reports = pairs.slice(0, 3).map((pair, index) => ({
    time: new Date(2026, 10, 28, 12, index),
    email: email(MENTORS, pair.mentorId),
    answers: {
      mentee: labelOf(pair.menteeIds[0] ?? ""),
      requests: "Организация групповой работы на уроке, дисциплина, работа с родителями",
      done: "Встречи раз в две-три недели, посещение уроков, совместная подготовка родительского собрания",
      results: "Уверенно ведёт уроки с групповой работой, провела родительское собрание сама",
      score: String(9 - index),
      recommendation: recommendations[index]!,
    },
  }));
  const reportsSummary = await importRows(
    port,
    context,
    "finalReport",
    reports,
    join(folder, "Итоговый отчёт наставника.csv"),
  );

  const practices = DEMO_PRACTICES.map((practice, index) => {
    const pair = pairs[index];
    return {
      time: new Date(2026, 10, 20, 10, index),
      email: pair ? email(MENTORS, pair.mentorId) : "",
      answers: {
        title: practice.title,
        author: pair
          ? `${pair.mentor}${pair.mentees ? ` и ${pair.mentees}` : ""}`
          : "Методическое объединение",
        form: practice.form,
        description: practice.description,
        results: practice.results,
        links: practice.links,
      },
    };
  });
  const practicesSummary = await importRows(
    port,
    context,
    "practice",
    practices,
    join(folder, "Практика наставничества.csv"),
  );
  assessDemoPractices(port);
  return [monitoringSummary, reportsSummary, practicesSummary].join("; ");
}

/** The expert's cards of the demo practices, filled in by hand in «Методическая копилка», and their totals. */
function assessDemoPractices(port: WorkbookPort): void {
  const grid = port.readAll(PRACTICES.name);
  const map = mapColumns(PRACTICES, grid[0] ?? []);
  const changes: RowChange[] = [];
  for (const { row, record } of readRecords(PRACTICES, grid).records) {
    const practice = DEMO_PRACTICES.find((candidate) => candidate.title === cellText(record.title));
    if (!practice) continue;
    const values: Cell[] = (grid[row] ?? []).slice();
    const cells: [string, Cell][] = [
      ...PRACTICE_CRITERIA.map(({ key }, index): [string, Cell] => [key, practice.card[index]!]),
      ["expert", "Зам. директора по УВР"],
      ["status", "Оценена"],
    ];
    for (const [key, value] of cells) {
      const column = map.get(key);
      if (column !== undefined) values[column] = value;
    }
    changes.push(rowChange(row, values, grid[row] ?? []));
  }
  writeRowChanges(port, PRACTICES.name, changes);
  refreshPracticeTotals(port);
}
