/** A mentor who can take up to `capacity` mentees (0 = takes none, e.g. no consent). */
export interface MatchingMentor {
  readonly id: string;
  readonly capacity: number;
}

export interface MatchingMentee {
  readonly id: string;
}

/** An allowed pair with its integer score; a pair without an edge is forbidden. */
export interface MatchingEdge {
  readonly mentor: string;
  readonly mentee: string;
  readonly score: number;
}

export interface PairRef {
  readonly mentor: string;
  readonly mentee: string;
}

/** The public JSON shape of a matching problem. `locked` pairs must appear in the answer. */
export interface MatchingInstance {
  readonly mentors: readonly MatchingMentor[];
  readonly mentees: readonly MatchingMentee[];
  readonly edges: readonly MatchingEdge[];
  readonly locked?: readonly PairRef[];
}

export interface MatchedPair {
  readonly mentor: string;
  readonly mentee: string;
  readonly score: number;
}

/**
 * LP dual of the matching problem with locked pairs fixed beforehand (mentor capacities reduced by
 * their locks, locked mentees removed), in the transformed objective where a pair weighs
 * `big + score`. With `big` larger than any possible total score, a maximum-weight matching is
 * first of maximum cardinality, then of maximum total score; the potentials prove it
 * (see `checkCertificate`).
 */
export interface MatchingCertificate {
  readonly big: number;
  /** u_m ≥ 0 for every mentor. */
  readonly mentorPotentials: Readonly<Record<string, number>>;
  /** v_e ≥ 0 for every mentee that is not locked. */
  readonly menteePotentials: Readonly<Record<string, number>>;
}

export interface MatchingResult {
  /** Sorted by mentor id, then mentee id. */
  readonly pairs: readonly MatchedPair[];
  /** Mentee ids left without a mentor, sorted. */
  readonly unmatched: readonly string[];
  readonly matched: number;
  readonly total: number;
  readonly certificate?: MatchingCertificate;
}

export interface SolveOptions {
  /**
   * Candidate pruning: `"auto"` prunes only large dense instances, `"always"` forces it (tests),
   * `"never"` solves on every edge. The answer is exactly optimal either way: pruned edges are
   * priced against the dual and brought back until none could improve the matching.
   */
  readonly prune?: "auto" | "always" | "never";
  /** Best edges kept per mentee when pruning. */
  readonly candidatesPerMentee?: number;
  /** Best edges kept per mentor when pruning. */
  readonly candidatesPerMentor?: number;
}

/** Scores above this are refused, so that every intermediate value stays an exact JS integer. */
export const MAX_SCORE = 1_000_000;
/** Mentees (and mentors) above this are refused for the same reason. */
export const MAX_PARTICIPANTS = 1_000_000;
