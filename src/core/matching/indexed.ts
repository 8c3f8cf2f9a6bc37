import { MAX_SCORE, type MatchingInstance } from "./types";

/**
 * The instance in canonical index form: mentors and mentees sorted by id (UTF-16 code units, not
 * locale), edges grouped by mentee with mentors ascending. Any ordering of the same instance gives
 * identical arrays, which is what makes the solver's answer independent of the input order.
 */
export interface IndexedInstance {
  readonly mentorIds: readonly string[];
  readonly menteeIds: readonly string[];
  /** Per mentor; values above the number of mentees are clipped to it plus one. */
  readonly capacity: Int32Array;
  /** Per mentee: the mentor it is locked to, or -1. */
  readonly lockedTo: Int32Array;
  /** CSR by mentee: edges of mentee e are `rowStart[e] .. rowStart[e + 1]`. */
  readonly rowStart: Int32Array;
  readonly edgeMentor: Int32Array;
  readonly edgeScore: Int32Array;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedIndex(ids: readonly string[]): { ids: string[]; index: Map<string, number> } {
  const sorted = [...ids].sort(byCodeUnits);
  const index = new Map<string, number>();
  sorted.forEach((id, i) => {
    index.set(id, i);
  });
  return { ids: sorted, index };
}

function lookup(index: Map<string, number>, id: string, what: string): number {
  const i = index.get(id);
  if (i === undefined)
    throw new Error(`Неизвестный ${what} «${id}»: сначала проверьте данные (validateInstance).`);
  return i;
}

/** Sorts each CSR row by mentor (rows usually arrive sorted, then nothing is done). */
export function sortRows(rowStart: Int32Array, mentor: Int32Array, score: Int32Array): void {
  const rows = rowStart.length - 1;
  const base = MAX_SCORE + 1;
  let scratch = new Float64Array(0);
  for (let e = 0; e < rows; e++) {
    const from = rowStart[e]!;
    const to = rowStart[e + 1]!;
    let sorted = true;
    for (let k = from + 1; k < to && sorted; k++) sorted = mentor[k - 1]! < mentor[k]!;
    if (sorted) continue;
    if (scratch.length < to - from) scratch = new Float64Array(to - from);
    const keys = scratch.subarray(0, to - from);
    for (let k = from; k < to; k++) keys[k - from] = mentor[k]! * base + score[k]!;
    keys.sort();
    for (let k = from; k < to; k++) {
      const m = Math.floor(keys[k - from]! / base);
      mentor[k] = m;
      score[k] = keys[k - from]! - m * base;
    }
  }
}

/** Maps a valid instance (see `validateInstance`) to canonical index form. */
export function indexInstance(instance: MatchingInstance): IndexedInstance {
  const mentors = sortedIndex(instance.mentors.map((m) => m.id));
  const mentees = sortedIndex(instance.mentees.map((e) => e.id));
  const nMentees = mentees.ids.length;
  const capacity = new Int32Array(mentors.ids.length);
  for (const m of instance.mentors) {
    capacity[lookup(mentors.index, m.id, "наставник")] = Math.min(m.capacity, nMentees + 1);
  }
  const lockedTo = new Int32Array(nMentees).fill(-1);
  for (const pair of instance.locked ?? []) {
    lockedTo[lookup(mentees.index, pair.mentee, "наставляемый")] = lookup(
      mentors.index,
      pair.mentor,
      "наставник",
    );
  }

  const nEdges = instance.edges.length;
  const rawMentor = new Int32Array(nEdges);
  const rawMentee = new Int32Array(nEdges);
  const rawScore = new Int32Array(nEdges);
  // Edges usually come grouped by mentee: remembering the last one halves the map lookups.
  let lastMentee = "";
  let lastIndex = -1;
  for (let i = 0; i < nEdges; i++) {
    const edge = instance.edges[i]!;
    if (edge.mentee !== lastMentee || lastIndex < 0) {
      lastMentee = edge.mentee;
      lastIndex = lookup(mentees.index, edge.mentee, "наставляемый");
    }
    rawMentee[i] = lastIndex;
    rawMentor[i] = lookup(mentors.index, edge.mentor, "наставник");
    rawScore[i] = edge.score;
  }
  // Counting sort by mentee (stable), then each row by mentor.
  const rowStart = new Int32Array(nMentees + 1);
  for (let i = 0; i < nEdges; i++) rowStart[rawMentee[i]! + 1]!++;
  for (let e = 0; e < nMentees; e++) rowStart[e + 1]! += rowStart[e]!;
  const fill = rowStart.slice(0, nMentees);
  const edgeMentor = new Int32Array(nEdges);
  const edgeScore = new Int32Array(nEdges);
  for (let i = 0; i < nEdges; i++) {
    const at = fill[rawMentee[i]!]!++;
    edgeMentor[at] = rawMentor[i]!;
    edgeScore[at] = rawScore[i]!;
  }
  sortRows(rowStart, edgeMentor, edgeScore);
  return {
    mentorIds: mentors.ids,
    menteeIds: mentees.ids,
    capacity,
    lockedTo,
    rowStart,
    edgeMentor,
    edgeScore,
  };
}

/** Position of the edge (mentee, mentor) in the CSR arrays, or -1. */
export function findEdge(inst: IndexedInstance, mentee: number, mentor: number): number {
  let lo = inst.rowStart[mentee]!;
  let hi = inst.rowStart[mentee + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = inst.edgeMentor[mid]!;
    if (m === mentor) return mid;
    if (m < mentor) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
