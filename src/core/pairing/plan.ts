import type { Cell, Grid } from "../cell";
import { solveMatching } from "../matching";
import type { MatchingEdge, MatchingInstance, PairRef } from "../matching/types";
import { competenceList } from "../questionnaires/competences";
import { MENTORING_FORMS, NO_PREFERENCE } from "../schema/enums";
import type { SettingsValues } from "../schema/settings";
import { PAIRS } from "../schema/sheets";
import { writeRecord } from "../schema/table";
import { type PairRow, pairIdAllocator, readPairRows } from "./pairRows";
import { type Participant, readMentees, readMentors } from "./participants";
import { blockedReason, explain, type RuleKind, ruleViolation, scorePair } from "./score";
import { readWeights } from "./weights";

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
  /** Data rows of «Пары» below the header, as they must be written (blank rows clear leftovers). */
  readonly rows: Grid;
  readonly proposals: readonly Proposal[];
  readonly unmatched: readonly Unmatched[];
  /** Kept rows that need the coordinator's eye, in Russian. */
  readonly warnings: readonly string[];
  readonly total: number;
}

function pairKey(mentor: string, mentee: string): string {
  return `${mentor}\u0000${mentee}`;
}

function shortList(people: readonly Participant[]): string {
  const names = people.slice(0, 3).map((person) => person.fullName);
  return people.length > 3 ? `${names.join(", ")} и ещё ${people.length - 3}` : names.join(", ");
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
          `${label}: ${mentee.fullName} уже закреплён(а) в другой паре; эта строка не учитывается`,
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
  const edges: MatchingEdge[] = [];
  const scores = new Map<string, ReturnType<typeof scorePair>>();
  /** For each mentee, the rules that forbid some pairs, and whether a pair the rules allow was rejected. */
  const blocked = new Map<string, { rules: Set<RuleKind>; rejected: boolean }>();
  for (const mentee of candidates) {
    for (const mentor of activeMentors) {
      const key = pairKey(mentor.id, mentee.id);
      if (!lockedKeys.has(key)) {
        const rule = ruleViolation(mentor, mentee, weights);
        if (rule || forbidden.has(key)) {
          const entry = blocked.get(mentee.id) ?? { rules: new Set<RuleKind>(), rejected: false };
          if (rule) entry.rules.add(rule);
          else entry.rejected = true;
          blocked.set(mentee.id, entry);
          continue;
        }
      }
      const score = scorePair(mentor, mentee, weights);
      scores.set(key, score);
      edges.push({ mentor: mentor.id, mentee: mentee.id, score: score.score });
    }
  }
  const instance: MatchingInstance = {
    mentors: activeMentors.map((mentor) => ({
      id: mentor.id,
      capacity: Math.max(limitOf(mentor), locksPerMentor.get(mentor.id) ?? 0),
    })),
    mentees: candidates.map((mentee) => ({ id: mentee.id })),
    edges,
    locked,
  };
  const result = solveMatching(instance);

  const proposals: Proposal[] = result.pairs
    .filter((pair) => !lockedMentees.has(pair.mentee))
    .map((pair) => {
      const score = scores.get(pairKey(pair.mentor, pair.mentee))!;
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
  const unmatched: Unmatched[] = [];
  for (const mentee of mentees) {
    if (mentee.excludedBecause === "выбыл(а) из программы" || finishedMentees.has(mentee.id)) continue;
    if (lockedMentees.has(mentee.id) || result.pairs.some((pair) => pair.mentee === mentee.id)) continue;
    const reachable = activeMentors.filter((mentor) => scores.has(pairKey(mentor.id, mentee.id)));
    const why = blocked.get(mentee.id);
    const reason = mentee.excludedBecause
      ? mentee.excludedBecause
      : reachable.length
        ? `все подходящие наставники заняты: ${shortList(reachable)}`
        : activeMentors.length === 0
          ? "нет наставников с согласием на обработку данных и на наставничество"
          : why
            ? blockedReason(mentee, why.rules, why.rejected)
            : "нет подходящего наставника";
    unmatched.push({ mentee, reason });
  }

  const rowsOut = buildRows({ grid: input.pairs, map, rows, proposals, unmatched, menteesPerMentor });
  return {
    rows: rowsOut,
    proposals,
    unmatched,
    warnings,
    total: proposals.reduce((sum, p) => sum + p.score, 0),
  };
}

function buildRows(args: {
  grid: Grid;
  map: ReturnType<typeof readPairRows>["map"];
  rows: readonly PairRow[];
  proposals: readonly Proposal[];
  unmatched: readonly Unmatched[];
  menteesPerMentor: ReadonlyMap<string, number>;
}): Grid {
  const { grid, map, rows, proposals, unmatched, menteesPerMentor } = args;
  const width = Math.max((grid[0] ?? []).length, PAIRS.columns.length);
  const previous = new Map(
    rows
      .filter((row) => row.kind === "replaceable" && row.mentorId && row.id)
      .map((row) => [pairKey(row.mentorId, row.menteeIds[0] ?? ""), row]),
  );
  const nextId = pairIdAllocator(
    rows.filter((row) => row.kind !== "replaceable" || row.mentorId).map((row) => row.id),
  );
  const original = (row: PairRow | undefined): readonly Cell[] => (row ? (grid[row.row] ?? []) : []);
  const kept = rows
    .filter((row) => row.kind !== "replaceable")
    .map((row) => writeRecord(map, {}, original(row), width));
  const fresh = proposals.map((proposal) => {
    const before = previous.get(pairKey(proposal.mentor.id, proposal.mentee.id));
    return writeRecord(
      map,
      {
        id: before?.id || nextId(),
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
      original(before),
      width,
    );
  });
  const notes = unmatched.map(({ mentee, reason }) =>
    writeRecord(
      map,
      { menteeIds: mentee.id, mentees: mentee.fullName, explanation: `Не подобран: ${reason}` },
      [],
      width,
    ),
  );
  return [...kept, ...fresh, ...notes];
}

/** Pads a block of rows with blank rows so that it also clears what a longer old block left below. */
export function padRows(rows: Grid, height: number, width: number): Grid {
  const blank = (): Cell[] => Array.from({ length: width }, () => "");
  const padded = rows.map((row) => [
    ...row,
    ...Array.from({ length: Math.max(0, width - row.length) }, () => ""),
  ]);
  while (padded.length < height) padded.push(blank());
  return padded;
}
