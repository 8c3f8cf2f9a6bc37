/**
 * A short news text for the school's website (stage 7, информационная поддержка): figures only, no
 * personal data — mentors are named only when their award is confirmed, and never an e-mail.
 */
import { pluralForm } from "../format/numbers";
import type { RoleSatisfaction, StagedSatisfaction } from "../results/summary";
import type { YearFacts } from "./facts";
import type { PracticeItem } from "./practices";
import { counted, percentText, score } from "./wording";

export interface NewsInput {
  readonly organisation: string;
  readonly schoolYear: string;
  readonly facts: YearFacts;
  readonly practices: readonly PracticeItem[];
  /** Mentors whose award the head confirmed («Наставник года» and the like); empty: nobody is named. */
  readonly awarded: readonly string[];
}

export function newsText(input: NewsInput): string {
  const { summary } = input.facts;
  const pairs = summary.active + summary.completed + summary.endedEarly;
  const first = [
    `В ${input.organisation} подведены итоги реализации программы наставничества педагогических работников в ${input.schoolYear} учебном году.`,
  ];
  if (pairs > 0)
    first.push(
      `В течение года ${pluralForm(pairs, ["работала", "работали", "работали"])} ${counted(pairs, ["наставническая пара (группа)", "наставнические пары (группы)", "наставнических пар (групп)"])}, ` +
        `${pluralForm(summary.meetings, ["проведена", "проведены", "проведено"])} ${counted(summary.meetings, ["встреча", "встречи", "встреч"])}.`,
    );
  if (summary.youngCoverage !== null)
    first.push(`Наставничеством охвачено ${percentText(summary.youngCoverage)} молодых специалистов школы.`);
  if (summary.planDone !== null)
    first.push(`Индивидуальные планы развития выполнены в среднем на ${percentText(summary.planDone)}.`);
  // The final monitoring's score when there is one: what the participants think at the end.
  const final = (staged: StagedSatisfaction, overall: RoleSatisfaction) =>
    staged.end.average ?? overall.average;
  const mentee = final(summary.satisfactionByStage.mentee, summary.menteeSatisfaction);
  const mentor = final(summary.satisfactionByStage.mentor, summary.mentorSatisfaction);
  const ratings = [
    mentee === null ? "" : `наставляемые — ${score(mentee)}`,
    mentor === null ? "" : `наставники — ${score(mentor)}`,
  ].filter(Boolean);
  if (ratings.length > 0)
    first.push(`Участники оценили программу по десятибалльной шкале: ${ratings.join(", ")}.`);
  const second: string[] = [];
  if (input.practices.length > 0)
    second.push(
      `Лучшие практики наставничества (${input.practices.map((practice) => `«${practice.title}»`).join(", ")}) пополнили методическую копилку.`,
    );
  if (input.awarded.length > 0)
    second.push(`За добросовестную работу благодарность объявлена наставникам: ${input.awarded.join(", ")}.`);
  second.push("Работа по наставничеству продолжится в новом учебном году.");
  return `${first.join(" ")}\n\n${second.join(" ")}\n`;
}
