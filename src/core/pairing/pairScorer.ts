import { NO_PREFERENCE } from "../schema/enums";
import type { MeetingSlots } from "./meetingTimes";
import type { Participant } from "./participants";
import type { MatchingWeights } from "./weights";

const DAY_BITS: Readonly<Record<string, number>> = {
  понедельник: 1,
  вторник: 2,
  среда: 4,
  четверг: 8,
  пятница: 16,
  суббота: 32,
};
const PART_BITS: Readonly<Record<string, number>> = { утро: 1, день: 2, вечер: 4 };
const YOUNG_SPECIALIST = "Молодой специалист";

/** `scorePair` adds a part only when its points are positive. */
const positive = (points: number) => (points > 0 ? points : 0);

function bits(set: ReadonlySet<string>, table: Readonly<Record<string, number>>): number {
  let mask = 0;
  for (const item of set) mask |= table[item] ?? 0;
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Small integer codes for texts; 0 is the empty text. */
class Codes {
  private readonly map = new Map<string, number>([["", 0]]);
  code(text: string): number {
    let code = this.map.get(text);
    if (code === undefined) {
      code = this.map.size;
      this.map.set(text, code);
    }
    return code;
  }
}

function byCodeUnits(a: Participant, b: Participant): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** What a pair needs besides the people themselves: forbidden pairs by (mentor id, mentee id). */
export interface ScorerInput {
  readonly mentors: readonly Participant[];
  readonly mentees: readonly Participant[];
  readonly weights: MatchingWeights;
  /** Pairs rejected or forbidden in «Пары». */
  readonly forbidden: readonly { readonly mentor: string; readonly mentee: string }[];
}

/**
 * The integer score of every mentor–mentee pair, computed on demand from compact per-person codes
 * (subject, unit, form, competences as bit masks, meeting days and parts of the day as bit masks),
 * so that no pair is ever stored as an object. Equal to `scorePair(...).score` for every pair
 * (tested); the explanation is built with `scorePair` only for the pairs that are proposed.
 * People are held in canonical order (ids by UTF-16 code units), whatever the order of the bank.
 */
export class PairScorer {
  readonly mentors: readonly Participant[];
  readonly mentees: readonly Participant[];
  private readonly w: MatchingWeights;
  private readonly words: number;
  private readonly mentorSkills: Int32Array;
  private readonly menteeSkills: Int32Array;
  private readonly mentorSubject: Int32Array;
  private readonly menteeSubject: Int32Array;
  private readonly mentorUnit: Int32Array;
  private readonly menteeUnit: Int32Array;
  private readonly mentorForm: Int32Array;
  private readonly menteeForm: Int32Array;
  private readonly mentorDays: Int32Array;
  private readonly menteeDays: Int32Array;
  private readonly mentorParts: Int32Array;
  private readonly menteeParts: Int32Array;
  /** NaN when the mentor gave no experience. */
  private readonly mentorYears: Float64Array;
  /** 0 when the mentee gave none, as `scorePair` counts it. */
  private readonly menteeYears: Float64Array;
  private readonly menteeYoung: Uint8Array;
  /** Per mentee: mentors whose pair gets points for a choice after the meeting, and those points. */
  private readonly bonus: Map<number, Map<number, number>>;
  /** Per mentee: mentors it may not be paired with (the same person, a rejected or forbidden pair). */
  private readonly excluded: Map<number, number[]>;
  /** Per mentor: its (meeting days, parts of the day, form) among the distinct ones of all mentors. */
  private readonly mentorTimeForm: Int32Array;
  private readonly timeForms: { days: number; parts: number; form: number }[] = [];
  private readonly timeFormPoints: Int32Array;
  /** Mentors by subject code and by unit code, for the rules «only within a subject / unit». */
  private readonly bySubject = new Map<number, number[]>();
  private readonly byUnit = new Map<number, number[]>();

  constructor(input: ScorerInput) {
    this.mentors = [...input.mentors].sort(byCodeUnits);
    this.mentees = [...input.mentees].sort(byCodeUnits);
    this.w = input.weights;
    const competences = new Codes();
    for (const person of [...this.mentors, ...this.mentees])
      for (const competence of person.competences) competences.code(competence);
    const nCompetences = new Set([...this.mentors, ...this.mentees].flatMap((p) => p.competences)).size;
    this.words = Math.max(1, Math.ceil(nCompetences / 32));
    const subjects = new Codes();
    const units = new Codes();
    const forms = new Codes();
    forms.code(NO_PREFERENCE); // code 1
    const encode = (people: readonly Participant[]) => {
      const n = people.length;
      const skills = new Int32Array(n * this.words);
      const subject = new Int32Array(n);
      const unit = new Int32Array(n);
      const form = new Int32Array(n);
      const days = new Int32Array(n);
      const parts = new Int32Array(n);
      people.forEach((person, i) => {
        for (const competence of person.competences) {
          const bit = competences.code(competence) - 1;
          skills[i * this.words + (bit >>> 5)]! |= 1 << (bit & 31);
        }
        subject[i] = subjects.code(person.subjectKey);
        unit[i] = units.code(person.unitKey);
        form[i] = forms.code(person.form);
        days[i] = slotBits(person.slots).days;
        parts[i] = slotBits(person.slots).parts;
      });
      return { skills, subject, unit, form, days, parts };
    };
    const m = encode(this.mentors);
    const e = encode(this.mentees);
    this.mentorSkills = m.skills;
    this.menteeSkills = e.skills;
    this.mentorSubject = m.subject;
    this.menteeSubject = e.subject;
    this.mentorUnit = m.unit;
    this.menteeUnit = e.unit;
    this.mentorForm = m.form;
    this.menteeForm = e.form;
    this.mentorDays = m.days;
    this.menteeDays = e.days;
    this.mentorParts = m.parts;
    this.menteeParts = e.parts;
    this.mentorYears = Float64Array.from(this.mentors, (p) => p.experience ?? Number.NaN);
    this.menteeYears = Float64Array.from(this.mentees, (p) => p.experience ?? 0);
    this.menteeYoung = Uint8Array.from(this.mentees, (p) => (p.category === YOUNG_SPECIALIST ? 1 : 0));
    const timeFormCodes = new Map<string, number>();
    this.mentorTimeForm = Int32Array.from(this.mentors, (_, j) => {
      const combo = { days: m.days[j]!, parts: m.parts[j]!, form: m.form[j]! };
      const key = `${combo.days}/${combo.parts}/${combo.form}`;
      let code = timeFormCodes.get(key);
      if (code === undefined) {
        code = this.timeForms.length;
        timeFormCodes.set(key, code);
        this.timeForms.push(combo);
      }
      return code;
    });
    this.timeFormPoints = new Int32Array(this.timeForms.length);
    this.mentors.forEach((_, j) => {
      push(this.bySubject, this.mentorSubject[j]!, j);
      push(this.byUnit, this.mentorUnit[j]!, j);
    });
    const mentorIndex = new Map(this.mentors.map((p, j) => [p.id, j]));
    const menteeIndex = new Map(this.mentees.map((p, i) => [p.id, i]));
    this.bonus = choiceBonuses(this.mentors, this.mentees, mentorIndex, menteeIndex, this.w);
    this.excluded = new Map();
    for (const { mentor, mentee } of input.forbidden) {
      const j = mentorIndex.get(mentor);
      const i = menteeIndex.get(mentee);
      if (j !== undefined && i !== undefined) push(this.excluded, i, j);
    }
    for (const [id, i] of menteeIndex) {
      const j = mentorIndex.get(id);
      if (j !== undefined) push(this.excluded, i, j);
    }
  }

  /** The score of a pair whatever the rules say (a locked pair is kept even against them). */
  score(mentor: number, mentee: number): number {
    return this.base(mentor, mentee) + (this.bonus.get(mentee)?.get(mentor) ?? 0);
  }

  /**
   * Writes into `out` (one entry per mentor) the score of each pair of mentee `mentee`, or -1 where
   * the pair is not allowed: the same person, a rule of «Настройки», a rejected or forbidden pair.
   */
  scoreRow(mentee: number, out: Int32Array): void {
    const { requireSameSubject, requireSameUnit } = this.w;
    if (!requireSameSubject && !requireSameUnit) {
      this.scoreAll(mentee, out);
    } else {
      out.fill(-1);
      const subject = this.menteeSubject[mentee]!;
      const unit = this.menteeUnit[mentee]!;
      const bySubject = requireSameSubject ? (subject ? (this.bySubject.get(subject) ?? []) : []) : undefined;
      const byUnit = requireSameUnit ? (unit ? (this.byUnit.get(unit) ?? []) : []) : undefined;
      const list =
        bySubject && byUnit
          ? bySubject.length <= byUnit.length
            ? bySubject
            : byUnit
          : (bySubject ?? byUnit)!;
      for (const j of list) {
        if (requireSameSubject && this.mentorSubject[j] !== subject) continue;
        if (requireSameUnit && this.mentorUnit[j] !== unit) continue;
        out[j] = this.base(j, mentee);
      }
    }
    const bonus = this.bonus.get(mentee);
    if (bonus) for (const [j, points] of bonus) if (out[j]! >= 0) out[j]! += points;
    for (const j of this.excluded.get(mentee) ?? []) out[j] = -1;
  }

  /** Whether the pair may be proposed at all (`scoreRow` gives it a score, not -1), without scoring it. */
  allowed(mentor: number, mentee: number): boolean {
    const { requireSameSubject, requireSameUnit } = this.w;
    const subject = this.menteeSubject[mentee]!;
    const unit = this.menteeUnit[mentee]!;
    if (requireSameSubject && (subject === 0 || this.mentorSubject[mentor] !== subject)) return false;
    if (requireSameUnit && (unit === 0 || this.mentorUnit[mentor] !== unit)) return false;
    return !(this.excluded.get(mentee) ?? []).includes(mentor);
  }

  /**
   * `scoreRow` for the first `count` mentors of `list` only: their entries of `out` are written, the
   * others' are left as they were. For pricing a few pairs of a mentee without scoring all of its row.
   */
  scoreSome(mentee: number, list: Int32Array, count: number, out: Int32Array): void {
    const { requireSameSubject, requireSameUnit } = this.w;
    const subject = this.menteeSubject[mentee]!;
    const unit = this.menteeUnit[mentee]!;
    const bonus = this.bonus.get(mentee);
    for (let k = 0; k < count; k++) {
      const j = list[k]!;
      if (
        (requireSameSubject && (subject === 0 || this.mentorSubject[j] !== subject)) ||
        (requireSameUnit && (unit === 0 || this.mentorUnit[j] !== unit))
      )
        out[j] = -1;
      else out[j] = this.base(j, mentee) + (bonus?.get(j) ?? 0);
    }
    for (const j of this.excluded.get(mentee) ?? []) out[j] = -1;
  }

  /**
   * `base` for every mentor, with everything the loop reads held in locals, and the points for the
   * form and the meeting time looked up per kind of mentor (few distinct ones) rather than computed.
   */
  private scoreAll(i: number, out: Int32Array): void {
    const w = this.w;
    const wShared = positive(w.perSharedCompetence);
    const wSubject = positive(w.sameSubject);
    const wGap = positive(w.experienceGap);
    const wYoung = this.menteeYoung[i] === 1 ? positive(w.youngSpecialistToExperienced) : 0;
    const wUnit = positive(w.sameUnit);
    const form = this.menteeForm[i]!;
    const days = this.menteeDays[i]!;
    const parts = this.menteeParts[i]!;
    const points = this.timeFormPoints;
    this.timeForms.forEach((combo, c) => {
      const mf = combo.form;
      const sameForm = mf !== 0 && form !== 0 && (mf === form || mf === 1 || form === 1);
      points[c] =
        (sameForm ? positive(w.sameForm) : 0) +
        (commonTime(combo.days, days, combo.parts, parts) ? positive(w.commonTime) : 0);
    });
    const { words, mentorSkills, mentorSubject, mentorYears, mentorTimeForm, mentorUnit } = this;
    const subject = this.menteeSubject[i]!;
    const unit = this.menteeUnit[i]!;
    const gapFrom = this.menteeYears[i]! + 5;
    const n = out.length;
    if (words === 1) {
      const skills = this.menteeSkills[i]!;
      for (let j = 0; j < n; j++) {
        let score = wShared * popcount(mentorSkills[j]! & skills) + points[mentorTimeForm[j]!]!;
        const s = mentorSubject[j]!;
        if (s !== 0 && s === subject) score += wSubject;
        const years = mentorYears[j]!;
        if (years >= gapFrom) score += wGap;
        if (years >= 10) score += wYoung;
        const u = mentorUnit[j]!;
        if (u !== 0 && u === unit) score += wUnit;
        out[j] = score;
      }
      return;
    }
    for (let j = 0; j < n; j++) out[j] = this.base(j, i);
  }

  private base(j: number, i: number): number {
    const w = this.w;
    let shared = 0;
    for (let k = 0; k < this.words; k++)
      shared += popcount(this.mentorSkills[j * this.words + k]! & this.menteeSkills[i * this.words + k]!);
    let score = shared > 0 ? positive(w.perSharedCompetence * shared) : 0;
    const subject = this.mentorSubject[j]!;
    if (subject !== 0 && subject === this.menteeSubject[i]) score += positive(w.sameSubject);
    const years = this.mentorYears[j]!;
    if (!Number.isNaN(years)) {
      if (years - this.menteeYears[i]! >= 5) score += positive(w.experienceGap);
      if (this.menteeYoung[i] === 1 && years >= 10) score += positive(w.youngSpecialistToExperienced);
    }
    const mf = this.mentorForm[j]!;
    const ef = this.menteeForm[i]!;
    if (mf !== 0 && ef !== 0 && (mf === ef || mf === 1 || ef === 1)) score += positive(w.sameForm);
    if (commonTime(this.mentorDays[j]!, this.menteeDays[i]!, this.mentorParts[j]!, this.menteeParts[i]!))
      score += positive(w.commonTime);
    const unit = this.mentorUnit[j]!;
    if (unit !== 0 && unit === this.menteeUnit[i]) score += positive(w.sameUnit);
    return score;
  }
}

function slotBits(slots: MeetingSlots): { days: number; parts: number } {
  return { days: bits(slots.days, DAY_BITS), parts: bits(slots.parts, PART_BITS) };
}

/** `commonTime(...) !== undefined` on bit masks: a side that names nothing does not clash. */
function commonTime(daysA: number, daysB: number, partsA: number, partsB: number): boolean {
  const days = daysA === 0 || daysB === 0 ? 0 : daysA & daysB;
  if (days === 0 && daysA !== 0 && daysB !== 0) return false;
  const parts = partsA === 0 || partsB === 0 ? 0 : partsA & partsB;
  if (parts === 0 && partsA !== 0 && partsB !== 0) return false;
  return days !== 0 || parts !== 0;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Points for choices after the group meeting, as `scorePair` gives them: by rank, and for a mutual one. */
function choiceBonuses(
  mentors: readonly Participant[],
  mentees: readonly Participant[],
  mentorIndex: ReadonlyMap<string, number>,
  menteeIndex: ReadonlyMap<string, number>,
  w: MatchingWeights,
): Map<number, Map<number, number>> {
  /** Per mentee, per mentor: [rank the mentee gave, rank the mentor gave], -1 when none. */
  const ranks = new Map<number, Map<number, [number, number]>>();
  const entry = (i: number, j: number) => {
    const row = ranks.get(i) ?? new Map<number, [number, number]>();
    ranks.set(i, row);
    const pair = row.get(j) ?? [-1, -1];
    row.set(j, pair);
    return pair;
  };
  mentees.forEach((mentee, i) => {
    mentee.choices.forEach((id, rank) => {
      const j = mentorIndex.get(id);
      if (j !== undefined && mentee.choices.indexOf(id) === rank) entry(i, j)[0] = rank;
    });
  });
  mentors.forEach((mentor, j) => {
    mentor.choices.forEach((id, rank) => {
      const i = menteeIndex.get(id);
      if (i !== undefined && mentor.choices.indexOf(id) === rank) entry(i, j)[1] = rank;
    });
  });
  const byRank = (rank: number) => (rank >= 0 ? positive(w.choiceByRank[rank] ?? 0) : 0);
  const bonus = new Map<number, Map<number, number>>();
  for (const [i, row] of ranks) {
    const points = new Map<number, number>();
    for (const [j, [menteeRank, mentorRank]] of row) {
      const mutual = menteeRank >= 0 && mentorRank >= 0 ? positive(w.mutualChoice) : 0;
      points.set(j, byRank(menteeRank) + byRank(mentorRank) + mutual);
    }
    bonus.set(i, points);
  }
  return bonus;
}
