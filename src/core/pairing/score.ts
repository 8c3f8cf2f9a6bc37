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

/** «Работа с детьми с ОВЗ» → «работа с детьми с ОВЗ», but an abbreviation («ФГОС») keeps its case. */
function lowerFirst(text: string): string {
  const firstWord = text.split(/\s/)[0] ?? "";
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function years(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return `${n} год`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${n} года`;
  return `${n} лет`;
}

function choiceRank(chooser: Participant, chosen: Participant): number {
  return chooser.choices.indexOf(chosen.id);
}

/** Whether a pair may be formed at all under the rules switched on in «Настройки». */
export function ruleViolation(
  mentor: Participant,
  mentee: Participant,
  weights: MatchingWeights,
): string | undefined {
  if (mentor.id === mentee.id) return "один и тот же человек";
  if (weights.requireSameSubject && (!mentee.subjectKey || mentor.subjectKey !== mentee.subjectKey))
    return mentee.subject
      ? `нет наставника с согласием по предмету «${mentee.subject}»`
      : "не указан предмет";
  if (weights.requireSameUnit && (!mentee.unitKey || mentor.unitKey !== mentee.unitKey))
    return mentee.unit
      ? `нет наставника с согласием в подразделении «${mentee.unit}»`
      : "не указано подразделение";
  return undefined;
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
      `наставляемый выбрал(а) наставника (${ORDINAL[menteeRank]} выбор)`,
    );
  if (mentorRank >= 0)
    add(
      weights.choiceByRank[mentorRank] ?? 0,
      `наставник выбрал(а) наставляемого (${ORDINAL[mentorRank]} выбор)`,
    );
  if (menteeRank >= 0 && mentorRank >= 0) add(weights.mutualChoice, "взаимный выбор после встречи");
  return { score: parts.reduce((sum, part) => sum + part.points, 0), parts };
}

export function explain(score: PairScore): string {
  return score.parts.length
    ? score.parts.map((part) => part.text).join("; ")
    : "нет совпадений по анкетам: пара лишь по наличию мест";
}
