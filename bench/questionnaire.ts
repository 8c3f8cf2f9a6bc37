import type { MatchingEdge, MatchingInstance } from "../src/core/matching";
import { prng, randomInt } from "./random";

/**
 * Seeded instances shaped like the mentoring questionnaire: teachers in buildings (schools), each
 * with a subject, competences (mentors) or needs (mentees) and years of experience.
 */
export interface QuestionnaireShape {
  readonly mentees: number;
  readonly mentors: number;
  readonly buildings: number;
  /**
   * Buildings are on a ring; a mentee may be paired with mentors up to `reach` buildings away.
   * 0 = own building only (one component per building); `buildings` or more = anyone.
   */
  readonly reach: number;
  readonly seed: number;
}

const SUBJECTS = 12;
const COMPETENCES = 16;
const NO_CONSENT_RATE = 0.15;
const PREFERENCE_RATE = 0.2;
const PREFERENCE_BONUS = [40, 25, 10];

interface Teacher {
  readonly building: number;
  readonly subject: number;
  /** Competences of a mentor, needs of a mentee, as a bit mask. */
  readonly skills: number;
  readonly experience: number;
}

function skills(rand: () => number, count: number): number {
  let mask = 0;
  while (popcount(mask) < count) mask |= 1 << randomInt(rand, 0, COMPETENCES - 1);
  return mask;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

function teacher(rand: () => number, building: number, skillCount: number, years: [number, number]): Teacher {
  return {
    building,
    subject: randomInt(rand, 0, SUBJECTS - 1),
    skills: skills(rand, skillCount),
    experience: randomInt(rand, years[0], years[1]),
  };
}

/**
 * What a real scorer would do: a pair is a candidate when the subject is the same or the mentor
 * covers at least two of the mentee's needs; the score adds covered needs, the same subject and an
 * experience gap close to twelve years. Returns -1 for a pair that is not a candidate.
 */
function score(mentor: Teacher, mentee: Teacher): number {
  const overlap = popcount(mentor.skills & mentee.skills);
  const sameSubject = mentor.subject === mentee.subject;
  if (!sameSubject && overlap < 2) return -1;
  const gap = mentor.experience - mentee.experience;
  return overlap * 12 + (sameSubject ? 30 : 0) + Math.max(0, 20 - Math.abs(gap - 12));
}

const pad = (prefix: string, i: number) => `${prefix}${String(i).padStart(6, "0")}`;

export function questionnaireInstance(shape: QuestionnaireShape): MatchingInstance {
  const rand = prng(shape.seed);
  const { buildings } = shape;
  const mentors = Array.from({ length: shape.mentors }, (_, i) =>
    teacher(rand, Math.floor((i * buildings) / shape.mentors), 5, [5, 35]),
  );
  const mentees = Array.from({ length: shape.mentees }, (_, i) =>
    teacher(rand, Math.floor((i * buildings) / shape.mentees), 3, [0, 5]),
  );
  const byBuilding: number[][] = Array.from({ length: buildings }, () => []);
  mentors.forEach((m, i) => {
    byBuilding[m.building]!.push(i);
  });
  const span = Math.min(shape.reach, Math.floor((buildings - 1) / 2));
  const wholeRing = 2 * shape.reach + 1 >= buildings;

  // Ids are shared strings, as in an app that builds the instance from its own records.
  const mentorIds = mentors.map((_, i) => pad("m", i));
  const menteeIds = mentees.map((_, i) => pad("e", i));
  const edges: MatchingEdge[] = [];
  mentees.forEach((mentee, e) => {
    const own: MatchingEdge[] = [];
    const visit = (b: number) => {
      for (const m of byBuilding[b]!) {
        const s = score(mentors[m]!, mentee);
        if (s >= 0) own.push({ mentor: mentorIds[m]!, mentee: menteeIds[e]!, score: s });
      }
    };
    if (wholeRing) for (let b = 0; b < buildings; b++) visit(b);
    else for (let d = -span; d <= span; d++) visit((mentee.building + d + buildings) % buildings);
    if (rand() < PREFERENCE_RATE) {
      // A ranked wish list of up to three candidates; wishes turn into bonus points.
      const picks = Math.min(PREFERENCE_BONUS.length, own.length);
      for (let p = 0; p < picks; p++) {
        const at = randomInt(rand, p, own.length - 1);
        const edge = own[at]!;
        own[at] = own[p]!;
        own[p] = { ...edge, score: edge.score + PREFERENCE_BONUS[p]! };
      }
    }
    for (const edge of own) edges.push(edge);
  });
  return {
    mentors: mentors.map((_, i) => ({
      id: mentorIds[i]!,
      capacity: rand() < NO_CONSENT_RATE ? 0 : randomInt(rand, 1, 3),
    })),
    mentees: menteeIds.map((id) => ({ id })),
    edges,
  };
}
