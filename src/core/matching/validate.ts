import {
  MAX_PARTICIPANTS,
  MAX_SCORE,
  type MatchingEdge,
  type MatchingInstance,
  type MatchingMentee,
  type MatchingMentor,
  type PairRef,
} from "./types";

/** More problems than this are summarised in one line: a person fixes the first ones first. */
const MAX_REPORTED = 50;

export type ValidationOutcome = { readonly instance: MatchingInstance } | { readonly errors: string[] };

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function quote(value: unknown): string {
  return typeof value === "string" ? `«${value}»` : (JSON.stringify(value) ?? String(value));
}

function pairName(mentor: string, mentee: string): string {
  return `«${mentor}» — «${mentee}»`;
}

function isId(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

class Problems {
  readonly list: string[] = [];
  private extra = 0;
  add(message: string): void {
    if (this.list.length < MAX_REPORTED) this.list.push(message);
    else this.extra++;
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
  result(): string[] {
    return this.extra > 0 ? [...this.list, `…и ещё ошибок: ${this.extra}.`] : this.list;
  }
}

function arrayField(raw: Obj, name: string, required: boolean, problems: Problems): unknown[] {
  const value = raw[name];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) {
    problems.add(`Поле «${name}» должно быть массивом.`);
    return [];
  }
  return value;
}

/** Known ids in order of appearance; the positions make a numeric key for a pair. */
type Index = Map<string, number>;

interface Mentors {
  readonly index: Index;
  readonly capacity: number[];
}

function readMentors(items: unknown[], problems: Problems): Mentors {
  const index: Index = new Map();
  const capacity: number[] = [];
  items.forEach((item, i) => {
    if (!isObject(item) || !isId(item.id)) {
      problems.add(`mentors[${i}]: нужен объект с непустой строкой id.`);
      return;
    }
    const cap = item.capacity;
    const valid = typeof cap === "number" && Number.isInteger(cap) && cap >= 0;
    if (!valid) {
      problems.add(
        `Наставник ${quote(item.id)}: вместимость должна быть целым числом не меньше 0 (получено ${quote(cap)}).`,
      );
    }
    if (index.has(item.id)) {
      problems.add(`Наставник ${quote(item.id)} указан дважды.`);
      return;
    }
    index.set(item.id, capacity.length);
    capacity.push(valid ? cap : 0);
  });
  return { index, capacity };
}

function readMentees(items: unknown[], problems: Problems): Index {
  const index: Index = new Map();
  items.forEach((item, i) => {
    if (!isObject(item) || !isId(item.id)) {
      problems.add(`mentees[${i}]: нужен объект с непустой строкой id.`);
      return;
    }
    if (index.has(item.id)) problems.add(`Наставляемый ${quote(item.id)} указан дважды.`);
    else index.set(item.id, index.size);
  });
  return index;
}

/** Checks that a pair names a known mentor and a known mentee; returns the pair or null. */
function readPair(item: unknown, where: string, mentors: Index, mentees: Index, problems: Problems) {
  if (!isObject(item) || !isId(item.mentor) || !isId(item.mentee)) {
    problems.add(`${where}: нужен объект с непустыми строками mentor и mentee.`);
    return null;
  }
  const pair: PairRef = { mentor: item.mentor, mentee: item.mentee };
  const name = pairName(pair.mentor, pair.mentee);
  let ok = true;
  if (!mentors.has(pair.mentor)) {
    problems.add(`${where} ${name}: неизвестный наставник ${quote(pair.mentor)}.`);
    ok = false;
  }
  if (!mentees.has(pair.mentee)) {
    problems.add(`${where} ${name}: неизвестный наставляемый ${quote(pair.mentee)}.`);
    ok = false;
  }
  return ok ? pair : null;
}

/** Positions (ascending) of the edges that repeat an earlier edge of the same pair: one pass per mentee. */
function repeatedEdges(
  menteeOf: Int32Array,
  mentorOf: Int32Array,
  count: number,
  nMentees: number,
  nMentors: number,
) {
  const rowStart = new Int32Array(nMentees + 1);
  for (let k = 0; k < count; k++) rowStart[menteeOf[k]! + 1]!++;
  for (let e = 0; e < nMentees; e++) rowStart[e + 1]! += rowStart[e]!;
  const fill = rowStart.slice(0, nMentees);
  const byMentee = new Int32Array(count);
  for (let k = 0; k < count; k++) byMentee[fill[menteeOf[k]!]!++] = k;
  const seenIn = new Int32Array(nMentors).fill(-1);
  const repeated: number[] = [];
  for (let e = 0; e < nMentees; e++) {
    for (let at = rowStart[e]!; at < rowStart[e + 1]!; at++) {
      const k = byMentee[at]!;
      if (seenIn[mentorOf[k]!] === e) repeated.push(k);
      else seenIn[mentorOf[k]!] = e;
    }
  }
  return repeated.sort((a, b) => a - b);
}

/**
 * Checks every edge in one pass over typed indices: at millions of edges no message text, no key and
 * no set entry is made for a valid one.
 */
function readEdges(items: unknown[], mentors: Index, mentees: Index, problems: Problems) {
  let edges: MatchingEdge[] = [];
  const menteeOf = new Int32Array(items.length);
  const mentorOf = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isObject(item) || !isId(item.mentor) || !isId(item.mentee)) {
      problems.add(`Связь edges[${i}]: нужен объект с непустыми строками mentor и mentee.`);
      continue;
    }
    const m = mentors.get(item.mentor);
    const e = mentees.get(item.mentee);
    if (m === undefined || e === undefined) {
      readPair(item, `Связь edges[${i}]`, mentors, mentees, problems);
      continue;
    }
    const score = item.score;
    if (typeof score !== "number" || !Number.isInteger(score) || score < 0 || score > MAX_SCORE) {
      problems.add(
        `Связь ${pairName(item.mentor, item.mentee)}: балл должен быть целым числом от 0 до ${MAX_SCORE} (получено ${quote(score)}).`,
      );
      continue;
    }
    menteeOf[edges.length] = e;
    mentorOf[edges.length] = m;
    edges.push({ mentor: item.mentor, mentee: item.mentee, score });
  }
  const repeated = repeatedEdges(menteeOf, mentorOf, edges.length, mentees.size, mentors.size);
  if (repeated.length > 0) {
    for (const k of repeated)
      problems.add(`Связь ${pairName(edges[k]!.mentor, edges[k]!.mentee)} указана дважды.`);
    const drop = new Set(repeated);
    edges = edges.filter((_, k) => !drop.has(k));
  }
  return edges;
}

/** Which of `pairs` are among `edges`, by one pass over the edges. */
function pairsAmongEdges(pairs: readonly PairRef[], edges: readonly MatchingEdge[]): Set<string> {
  const wanted = new Map<string, Set<string>>();
  for (const { mentor, mentee } of pairs) {
    const mentors = wanted.get(mentee) ?? new Set<string>();
    mentors.add(mentor);
    wanted.set(mentee, mentors);
  }
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  for (const { mentor, mentee } of edges)
    if (wanted.get(mentee)?.has(mentor)) found.add(`${mentor}\u0000${mentee}`);
  return found;
}

function readLocked(
  items: unknown[],
  mentors: Mentors,
  mentees: Index,
  edges: readonly MatchingEdge[],
  problems: Problems,
): PairRef[] {
  const pairs = items.map((item, i) =>
    readPair(item, `Закрепление locked[${i}]`, mentors.index, mentees, problems),
  );
  const present = pairsAmongEdges(
    pairs.filter((pair) => pair !== null),
    edges,
  );
  const locked: PairRef[] = [];
  const lockedMentees = new Set<string>();
  const locks = new Map<string, number>();
  pairs.forEach((pair) => {
    if (pair === null) return;
    const name = pairName(pair.mentor, pair.mentee);
    if (!present.has(`${pair.mentor}\u0000${pair.mentee}`)) {
      problems.add(`Закрепление ${name}: такой пары нет среди допустимых связей (edges).`);
    }
    if (lockedMentees.has(pair.mentee)) {
      problems.add(`Наставляемый ${quote(pair.mentee)} закреплён дважды.`);
      return;
    }
    lockedMentees.add(pair.mentee);
    locks.set(pair.mentor, (locks.get(pair.mentor) ?? 0) + 1);
    locked.push(pair);
  });
  for (const [mentor, count] of locks) {
    const capacity = mentors.capacity[mentors.index.get(mentor) ?? 0] ?? 0;
    if (count > capacity) {
      problems.add(
        `Наставник ${quote(mentor)}: закреплено наставляемых ${count}, а вместимость ${capacity}.`,
      );
    }
  }
  return locked;
}

/**
 * Checks a parsed JSON value against the instance shape and returns a clean copy, or every problem
 * found (in Russian, naming the offending mentor, mentee or pair).
 */
export function validateInstance(raw: unknown): ValidationOutcome {
  const problems = new Problems();
  if (!isObject(raw)) {
    return { errors: ["Ожидается объект JSON с полями mentors, mentees, edges (и необязательным locked)."] };
  }
  const mentorItems = arrayField(raw, "mentors", true, problems);
  const menteeItems = arrayField(raw, "mentees", true, problems);
  const edgeItems = arrayField(raw, "edges", true, problems);
  const lockedItems = arrayField(raw, "locked", false, problems);
  if (mentorItems.length > MAX_PARTICIPANTS || menteeItems.length > MAX_PARTICIPANTS) {
    problems.add(`Слишком много участников: не больше ${MAX_PARTICIPANTS} наставников и наставляемых.`);
    return { errors: problems.result() };
  }
  const mentors = readMentors(mentorItems, problems);
  const mentees = readMentees(menteeItems, problems);
  const edges = readEdges(edgeItems, mentors.index, mentees, problems);
  const locked = readLocked(lockedItems, mentors, mentees, edges, problems);
  if (!problems.empty) return { errors: problems.result() };
  const instance: MatchingInstance = {
    mentors: [...mentors.index.keys()].map(
      (id, i): MatchingMentor => ({ id, capacity: mentors.capacity[i] ?? 0 }),
    ),
    mentees: [...mentees.keys()].map((id): MatchingMentee => ({ id })),
    edges,
    locked,
  };
  return { instance };
}
