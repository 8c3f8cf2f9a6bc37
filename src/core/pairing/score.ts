import { agreeing } from "../declension/gender";
import { pluralForm } from "../format/numbers";
import { lowerFirst } from "../format/text";
import { NO_PREFERENCE } from "../schema/enums";
import { commonTime } from "./meetingTimes";
import type { Participant } from "./participants";
import type { MatchingWeights } from "./weights";

export interface ScorePart {
  readonly points: number;
  /** A fragment of the Russian explanation: «один предмет: математика». */
  readonly text: string;
}

export interface PairScore {
  readonly score: number;
  readonly parts: readonly ScorePart[];
}

const ORDINAL = ["1-й", "2-й", "3-й"];

function years(n: number): string {
  return `${n} ${pluralForm(n, ["год", "года", "лет"])}`;
}

function choiceRank(chooser: Participant, chosen: Participant): number {
  return chooser.choices.indexOf(chosen.id);
}

/** A rule of «Настройки» that forbids a pair: the same person on both sides, another subject, another unit. */
export type RuleKind = "self" | "subject" | "unit";

/** Which rule switched on in «Настройки» forbids the pair, if any. */
export function ruleViolation(
  mentor: Participant,
  mentee: Participant,
  weights: MatchingWeights,
): RuleKind | undefined {
  if (mentor.id === mentee.id) return "self";
  if (weights.requireSameSubject && (!mentee.subjectKey || mentor.subjectKey !== mentee.subjectKey))
    return "subject";
  if (weights.requireSameUnit && (!mentee.unitKey || mentor.unitKey !== mentee.unitKey)) return "unit";
  return undefined;
}

/**
 * Why a mentee can be paired with no mentor at all, in Russian. `rules` are the rules that forbid some of
 * the pairs; `rejected` tells that the others (allowed by the rules) were rejected or forbidden in «Пары».
 * A rule is named first: the coordinator can change «Настройки», while a rejected pair is a decision.
 */
export function blockedReason(mentee: Participant, rules: ReadonlySet<RuleKind>, rejected: boolean): string {
  const scope: string[] = [];
  const missing: string[] = [];
  const within: string[] = [];
  if (rules.has("subject")) {
    within.push("предмета");
    if (mentee.subject) scope.push(`по предмету «${mentee.subject}»`);
    else missing.push("предмет");
  }
  if (rules.has("unit")) {
    within.push("подразделения");
    if (mentee.unit) scope.push(`в подразделении «${mentee.unit}»`);
    else missing.push("подразделение");
  }
  if (within.length === 0) {
    if (rules.has("self")) return "наставник и наставляемый — один и тот же человек (одинаковый ID)";
    return rejected ? "все возможные пары отклонены или запрещены" : "нет подходящего наставника";
  }
  const setting = `(в «Настройках» включён подбор только в пределах ${within.join(" и ")})`;
  if (missing.length > 0) {
    const verb = missing.length > 1 ? "не указаны" : missing[0] === "предмет" ? "не указан" : "не указано";
    return `${verb} ${missing.join(" и ")} ${setting}`;
  }
  const unless = rejected ? ", с которым пара не отклонена и не запрещена" : "";
  return `нет наставника ${scope.join(" ")}${unless} ${setting}`;
}

/**
 * The integer score of a mentor–mentee pair and the parts it is made of, so that every proposal
 * can say why it was made. The parts are independent and add up; none is negative.
 */
export function scorePair(mentor: Participant, mentee: Participant, weights: MatchingWeights): PairScore {
  const parts: ScorePart[] = [];
  const add = (points: number, text: string) => {
    if (points > 0) parts.push({ points, text });
  };
  const shared = mentee.competences.filter((competence) => mentor.competences.includes(competence));
  if (shared.length)
    add(
      weights.perSharedCompetence * shared.length,
      `совпадение запросов: ${shared.map(lowerFirst).join("; ")}`,
    );
  if (mentor.subjectKey && mentor.subjectKey === mentee.subjectKey)
    add(weights.sameSubject, `один предмет: ${mentee.subject}`);
  if (mentor.experience !== undefined) {
    const gap = mentor.experience - (mentee.experience ?? 0);
    const menteeYears =
      mentee.experience === undefined ? "" : ` (у наставляемого ${years(mentee.experience)})`;
    if (gap >= 5) add(weights.experienceGap, `стаж наставника ${years(mentor.experience)}${menteeYears}`);
    if (mentee.category === "Молодой специалист" && mentor.experience >= 10)
      add(weights.youngSpecialistToExperienced, "молодому специалисту — опытный наставник");
  }
  const formsMatch =
    mentor.form &&
    mentee.form &&
    (mentor.form === mentee.form || [mentor.form, mentee.form].includes(NO_PREFERENCE));
  if (formsMatch) {
    const form = mentor.form === NO_PREFERENCE ? mentee.form : mentor.form;
    add(
      weights.sameForm,
      form === NO_PREFERENCE ? "форма наставничества не важна обоим" : `форма: ${form.toLowerCase()}`,
    );
  }
  const time = commonTime(mentor.slots, mentee.slots);
  if (time) add(weights.commonTime, `общее время встреч: ${time}`);
  if (mentor.unitKey && mentor.unitKey === mentee.unitKey)
    add(weights.sameUnit, `одно подразделение: ${mentee.unit}`);
  const menteeRank = choiceRank(mentee, mentor);
  const mentorRank = choiceRank(mentor, mentee);
  if (menteeRank >= 0)
    add(
      weights.choiceByRank[menteeRank] ?? 0,
      `${agreeing(mentee.sex, "наставляемый выбрал", "наставляемая выбрала")} наставника (${ORDINAL[menteeRank]} выбор)`,
    );
  if (mentorRank >= 0)
    add(
      weights.choiceByRank[mentorRank] ?? 0,
      `наставник ${agreeing(mentor.sex, "выбрал", "выбрала")} ${agreeing(mentee.sex, "наставляемого", "наставляемую")} (${ORDINAL[mentorRank]} выбор)`,
    );
  if (menteeRank >= 0 && mentorRank >= 0) add(weights.mutualChoice, "взаимный выбор после встречи");
  return { score: parts.reduce((sum, part) => sum + part.points, 0), parts };
}

export function explain(score: PairScore): string {
  return score.parts.length
    ? score.parts.map((part) => part.text).join("; ")
    : "нет совпадений по анкетам: пара лишь по наличию мест";
}
