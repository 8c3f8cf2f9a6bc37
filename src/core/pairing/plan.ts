import type { Grid } from "../cell";
import { agreeing } from "../declension/gender";
import type { RowChange } from "../intake/rowWrites";
import type { PairRef } from "../matching/types";
import { competenceList } from "../questionnaires/competences";
import { MENTORING_FORMS, NO_PREFERENCE } from "../schema/enums";
import type { SettingsValues } from "../schema/settings";
import { readPairRows } from "./pairRows";
import { PairScorer } from "./pairScorer";
import { layoutPairLines, type PairLine } from "./pairsLayout";
import { type Participant, readMentees, readMentors } from "./participants";
import { blockedReason, explain, type RuleKind, ruleViolation, scorePair } from "./score";
import { solveAllPairs } from "./solveAllPairs";
import { type MatchingWeights, readWeights } from "./weights";

export interface ProposalInput {
  readonly mentors: Grid;
  readonly mentees: Grid;
  readonly pairs: Grid;
  readonly settings: SettingsValues;
}

export interface Proposal {
  readonly mentor: Participant;
  readonly mentee: Participant;
  readonly score: number;
  readonly explanation: string;
}

export interface Unmatched {
  readonly mentee: Participant;
  readonly reason: string;
}

export interface ProposalPlan {
  /** The rows of «Пары» to write, and in each only the cells matching owns (see pairsLayout.ts). */
  readonly changes: readonly RowChange[];
  readonly proposals: readonly Proposal[];
  readonly unmatched: readonly Unmatched[];
  /** Kept rows that need the coordinator's eye, in Russian. */
  readonly warnings: readonly string[];
  readonly total: number;
}

function pairKey(mentor: string, mentee: string): string {
  return `${mentor}\u0000${mentee}`;
}

function splitPairKey(key: string): { mentor: string; mentee: string } {
  const [mentor = "", mentee = ""] = key.split("\u0000");
  return { mentor, mentee };
}

/** Why no mentor may be paired with `mentee`: the rules that forbid pairs first, then rejected pairs. */
function whyBlocked(
  mentee: Participant,
  mentors: readonly Participant[],
  weights: MatchingWeights,
  forbidden: ReadonlySet<string>,
): string {
  const rules = new Set<RuleKind>();
  let rejected = false;
  for (const mentor of mentors) {
    const rule = ruleViolation(mentor, mentee, weights);
    if (rule) rules.add(rule);
    else if (forbidden.has(pairKey(mentor.id, mentee.id))) rejected = true;
  }
  return rules.size || rejected ? blockedReason(mentee, rules, rejected) : "нет подходящего наставника";
}

/** The first names of `people` out of `count` in all. */
function shortList(people: readonly Participant[], count: number): string {
  const names = people.slice(0, 3).map((person) => person.fullName);
  return count > 3 ? `${names.join(", ")} и ещё ${count - 3}` : names.join(", ");
}

function formFor(mentor: Participant, mentee: Participant, menteesOfMentor: number): string {
  const specific = (form: string) =>
    (MENTORING_FORMS as readonly string[]).includes(form) && form !== NO_PREFERENCE;
  if (menteesOfMentor > 1 && mentor.form === "Групповая") return "Групповая";
  if (specific(mentor.form) && mentor.form !== "Групповая") return mentor.form;
  if (specific(mentee.form) && mentee.form !== "Групповая") return mentee.form;
  return menteesOfMentor > 1 && mentee.form === "Групповая" ? "Групповая" : "Индивидуальная";
}

/**
 * One round of matching: who may be paired (consent, rules, rejected pairs), the exact optimum
 * from the solver with approved and locked pairs kept, and the rows of «Пары» that show it —
 * every proposal with its explanation and every mentee left without a mentor with the reason.
 */
export function planProposals(input: ProposalInput): ProposalPlan {
  const competences = competenceList(input.settings);
  const weights = readWeights(input.settings);
  const cap = Number(input.settings.maxMenteesPerMentor ?? 2);
  const mentors = readMentors(input.mentors, competences);
  const mentees = readMentees(input.mentees, competences);
  const mentorById = new Map(mentors.map((person) => [person.id, person]));
  const menteeById = new Map(mentees.map((person) => [person.id, person]));
  const { map, rows } = readPairRows(input.pairs);
  const warnings: string[] = [];

  const forbidden = new Set<string>();
  const finishedMentees = new Set<string>();
  const keptMentees = new Set<string>();
  for (const row of rows) {
    for (const menteeId of row.menteeIds) {
      if (row.kind === "forbidden") forbidden.add(pairKey(row.mentorId, menteeId));
      if (row.kind === "finished") finishedMentees.add(menteeId);
      if (row.kind === "kept") keptMentees.add(menteeId);
    }
  }
  // A mentee with an approved, locked or typed-in pair is in the programme now, whatever pair of theirs
  // finished before: they stay a candidate (bound by that pair), not history.
  for (const menteeId of keptMentees) finishedMentees.delete(menteeId);

  const locked: PairRef[] = [];
  const lockedKeys = new Set<string>();
  const lockedMentees = new Set<string>();
  const locksPerMentor = new Map<string, number>();
  for (const row of rows) {
    if (row.kind !== "kept") continue;
    for (const menteeId of row.menteeIds) {
      const mentor = mentorById.get(row.mentorId);
      const mentee = menteeById.get(menteeId);
      const label = row.id ? `Пара ${row.id}` : `Строка ${row.row + 1} листа «Пары»`;
      if (!mentor || !mentee) {
        warnings.push(`${label}: нет ${mentor ? "наставляемого" : "наставника"} с таким ID в банке`);
        continue;
      }
      const excluded = mentor.excludedBecause ?? mentee.excludedBecause;
      if (excluded) {
        warnings.push(
          `${label}: ${mentor.excludedBecause ? mentor.fullName : mentee.fullName} — ${excluded}; пара не учитывается`,
        );
        continue;
      }
      if (lockedMentees.has(menteeId)) {
        warnings.push(
          `${label}: ${mentee.fullName} уже ${agreeing(mentee.sex, "закреплён", "закреплена")} в другой паре; эта строка не учитывается`,
        );
        continue;
      }
      lockedMentees.add(menteeId);
      lockedKeys.add(pairKey(mentor.id, menteeId));
      locked.push({ mentor: mentor.id, mentee: menteeId });
      locksPerMentor.set(mentor.id, (locksPerMentor.get(mentor.id) ?? 0) + 1);
    }
  }
  const limitOf = (mentor: Participant) => Math.min(mentor.statedCapacity, cap);
  // Locked pairs are the coordinator's decision and are kept even beyond a mentor's limit; they are told.
  for (const [mentorId, locks] of locksPerMentor) {
    const mentor = mentorById.get(mentorId)!;
    if (locks > limitOf(mentor))
      warnings.push(
        `${mentor.fullName}: закреплено наставляемых — ${locks}, а допустимо не больше ${limitOf(mentor)} ` +
          "(по анкете наставника и «Настройкам»); новые наставляемые не предлагаются",
      );
  }

  // A mentor whose answers need a check is left out like one without consent, but the coordinator is told.
  for (const mentor of mentors)
    if (mentor.needsReview && mentor.excludedBecause)
      warnings.push(`${mentor.fullName} (${mentor.id}): ${mentor.excludedBecause}`);
  const activeMentors = mentors.filter((mentor) => !mentor.excludedBecause);
  const candidates = mentees.filter((mentee) => !mentee.excludedBecause && !finishedMentees.has(mentee.id));
  const scorer = new PairScorer({
    mentors: activeMentors,
    mentees: candidates,
    weights,
    forbidden: [...forbidden].map(splitPairKey),
  });
  const mentorIndex = new Map(scorer.mentors.map((mentor, j) => [mentor.id, j]));
  const lockedMentor = new Map(locked.map((pair) => [pair.mentee, pair.mentor]));
  const lockedTo = Int32Array.from(scorer.mentees, (mentee) => {
    const mentor = lockedMentor.get(mentee.id);
    return mentor === undefined ? -1 : mentorIndex.get(mentor)!;
  });
  const capacity = Int32Array.from(scorer.mentors, (mentor) =>
    Math.max(limitOf(mentor), locksPerMentor.get(mentor.id) ?? 0),
  );
  const { result } = solveAllPairs({ scorer, capacity, lockedTo });

  const proposals: Proposal[] = result.pairs
    .filter((pair) => !lockedMentees.has(pair.mentee))
    .map((pair) => {
      const score = scorePair(mentorById.get(pair.mentor)!, menteeById.get(pair.mentee)!, weights);
      return {
        mentor: mentorById.get(pair.mentor)!,
        mentee: menteeById.get(pair.mentee)!,
        score: score.score,
        explanation: explain(score),
      };
    })
    .sort(
      (a, b) =>
        a.mentor.fullName.localeCompare(b.mentor.fullName, "ru") ||
        a.mentee.fullName.localeCompare(b.mentee.fullName, "ru"),
    );

  const menteesPerMentor = new Map<string, number>();
  for (const pair of result.pairs)
    menteesPerMentor.set(pair.mentor, (menteesPerMentor.get(pair.mentor) ?? 0) + 1);
  const paired = new Set(result.pairs.map((pair) => pair.mentee));
  const menteeIndex = new Map(scorer.mentees.map((mentee, i) => [mentee.id, i]));
  const bankOrder = Int32Array.from(activeMentors, (mentor) => mentorIndex.get(mentor.id)!);
  const unmatched: Unmatched[] = [];
  for (const mentee of mentees) {
    if (mentee.excludedBecause === "выбыл(а) из программы" || finishedMentees.has(mentee.id)) continue;
    if (lockedMentees.has(mentee.id) || paired.has(mentee.id)) continue;
    let reason = mentee.excludedBecause;
    if (!reason) {
      const i = menteeIndex.get(mentee.id)!;
      const reachable: Participant[] = [];
      let count = 0;
      bankOrder.forEach((j, k) => {
        if (!scorer.allowed(j, i)) return;
        if (count++ < 3) reachable.push(activeMentors[k]!);
      });
      reason = count
        ? `все подходящие наставники заняты: ${shortList(reachable, count)}`
        : activeMentors.length === 0
          ? "нет наставников с согласием на обработку данных и на наставничество"
          : whyBlocked(mentee, activeMentors, weights, forbidden);
    }
    unmatched.push({ mentee, reason });
  }

  const lines: PairLine[] = [
    ...proposals.map((proposal) => ({
      mentorId: proposal.mentor.id,
      menteeId: proposal.mentee.id,
      record: {
        mentorId: proposal.mentor.id,
        mentor: proposal.mentor.fullName,
        menteeIds: proposal.mentee.id,
        mentees: proposal.mentee.fullName,
        form: formFor(proposal.mentor, proposal.mentee, menteesPerMentor.get(proposal.mentor.id) ?? 1),
        score: proposal.score,
        explanation: proposal.explanation,
        status: "Предложена",
        locked: "Нет",
      },
    })),
    ...unmatched.map(({ mentee, reason }) => ({
      menteeId: mentee.id,
      record: {
        menteeIds: mentee.id,
        mentees: mentee.fullName,
        explanation: `${agreeing(mentee.sex, "Не подобран", "Не подобрана")}: ${reason}`,
      },
    })),
  ];
  return {
    changes: layoutPairLines({ grid: input.pairs, map, rows, lines }),
    proposals,
    unmatched,
    warnings,
    total: proposals.reduce((sum, p) => sum + p.score, 0),
  };
}
