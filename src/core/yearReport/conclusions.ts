/** The report's conclusions: plain sentences made from the year's facts. */
import { pluralForm } from "../format/numbers";
import type { RoleSatisfaction, StagedSatisfaction } from "../results/summary";
import { ENDED_EARLY } from "../schema/enums";
import type { YearFacts } from "./facts";
import { counted, ofCount, percentText, score, sentence } from "./wording";

/** Share of plan below which the report recommends attention to the plans. */
const PLAN_ATTENTION_PERCENT = 80;

const PAIRS: readonly [string, string, string] = [
  "наставническая пара (группа)",
  "наставнические пары (группы)",
  "наставнических пар (групп)",
];

function pairsWorked(facts: YearFacts): string {
  const { active, completed, endedEarly } = facts.summary;
  const total = active + completed + endedEarly;
  if (total === 0) return "В этом учебном году наставнические пары не работали.";
  const verb = pluralForm(total, ["работала", "работали", "работали"]);
  const pieces: string[] = [];
  if (completed > 0) pieces.push(`завершили программу — ${completed}`);
  if (active > 0) pieces.push(`продолжают работу — ${active}`);
  if (endedEarly > 0) pieces.push(`прекращены досрочно — ${endedEarly}`);
  return sentence(`В течение учебного года ${verb} ${counted(total, PAIRS)}: ${pieces.join(", ")}`);
}

function coverage(facts: YearFacts): string {
  const { youngSpecialists, youngCovered, youngCoverage } = facts.summary;
  if (youngSpecialists === 0) return "Молодых специалистов (стаж до 3 лет) среди педагогов нет.";
  if (youngCovered === 0)
    return sentence(
      `наставничеством не охвачен ни один ${ofCount(youngSpecialists, "молодого специалиста", "молодых специалистов")}`,
    );
  const verb = pluralForm(youngCovered, ["охвачен", "охвачены", "охвачены"]);
  return sentence(
    `наставничеством ${verb} ${youngCovered} ${ofCount(youngSpecialists, "молодого специалиста", "молодых специалистов")} (${percentText(youngCoverage ?? 0)})`,
  );
}

function meetings(facts: YearFacts): string {
  const { meetings: count, meetingsPerPair } = facts.summary;
  if (count === 0) return "Встречи наставников и наставляемых в журнале встреч не отмечены.";
  const verb = pluralForm(count, ["проведена", "проведены", "проведено"]);
  const per = meetingsPerPair === null ? "" : `, в среднем ${score(meetingsPerPair)} на пару (группу)`;
  return sentence(`${verb} ${counted(count, ["встреча", "встречи", "встреч"])}${per}`);
}

function plans(facts: YearFacts): string {
  const { planDone, pairsWithPlan } = facts.summary;
  if (planDone === null) return "Индивидуальные планы развития в таблицу не внесены.";
  const full = facts.pairs.filter((pair) => pair.planDone === 100).length;
  const average = `индивидуальные планы развития выполнены в среднем на ${percentText(planDone)}`;
  if (full === 0)
    return sentence(`${average}; полностью не выполнен ни один ${ofCount(pairsWithPlan, "плана", "планов")}`);
  const where = pluralForm(full, ["паре", "парах", "парах"]);
  return sentence(
    `${average}; полностью план выполнен в ${full} ${where} ${ofCount(pairsWithPlan, "пары", "пар")} с планом`,
  );
}

function change(who: string, staged: StagedSatisfaction, overall: RoleSatisfaction): string | null {
  const { start, end } = staged;
  if (start.average !== null && end.average !== null) {
    const verb =
      end.average > start.average ? "выросла" : end.average < start.average ? "снизилась" : "не изменилась";
    const range =
      end.average === start.average
        ? `и составляет ${score(end.average)}`
        : `с ${score(start.average)} до ${score(end.average)}`;
    return sentence(`средняя оценка программы ${who} ${verb} ${range} (по шкале от 1 до 10)`);
  }
  if (overall.average === null) return null;
  return sentence(`средняя оценка программы ${who} — ${score(overall.average)} из 10`);
}

function endedEarly(facts: YearFacts): string {
  const ended = facts.pairs.filter((pair) => pair.status === ENDED_EARLY);
  if (ended.length === 0) return "Досрочно прекращённых пар нет.";
  const verb = pluralForm(ended.length, ["прекращена", "прекращены", "прекращено"]);
  const reasons = ended.map(
    (pair) => `${pair.id}${pair.endReason ? ` — ${pair.endReason.replace(/[.\s]+$/, "")}` : ""}`,
  );
  return sentence(
    `досрочно ${verb} ${counted(ended.length, ["пара (группа)", "пары (группы)", "пар (групп)"])}: ${reasons.join("; ")}`,
  );
}

function recommendations(facts: YearFacts): string[] {
  const out: string[] = [];
  const { planDone, youngCoverage } = facts.summary;
  if (youngCoverage !== null && youngCoverage < 100)
    out.push("Рекомендуется закрепить наставников за всеми молодыми специалистами в следующем учебном году.");
  if (planDone !== null && planDone < PLAN_ATTENTION_PERCENT)
    out.push(
      "Рекомендуется ежемесячно сверять выполнение индивидуальных планов развития и переносить сроки невыполненных пунктов.",
    );
  out.push("Опыт наставников рекомендуется обобщить и представить на методическом объединении.");
  return out;
}

/** The conclusions, in the order the report gives them; every one a whole sentence. */
export function yearConclusions(facts: YearFacts): string[] {
  const { satisfactionByStage, mentorSatisfaction, menteeSatisfaction } = facts.summary;
  return [
    pairsWorked(facts),
    coverage(facts),
    meetings(facts),
    plans(facts),
    change("наставляемыми", satisfactionByStage.mentee, menteeSatisfaction),
    change("наставниками", satisfactionByStage.mentor, mentorSatisfaction),
    endedEarly(facts),
    ...recommendations(facts),
  ].filter((line): line is string => line !== null);
}
