/** The six grammatical cases, named the way templates and sheet columns name them. */
export const GRAMMATICAL_CASES = ["им", "род", "дат", "вин", "твор", "пред"] as const;
export type GrammaticalCase = (typeof GRAMMATICAL_CASES)[number];

/** lvovich's names for the same cases. */
export type LvovichCase =
  | "nominative"
  | "genitive"
  | "dative"
  | "accusative"
  | "instrumental"
  | "prepositional";

export const LVOVICH_CASE: Readonly<Record<GrammaticalCase, LvovichCase>> = {
  им: "nominative",
  род: "genitive",
  дат: "dative",
  вин: "accusative",
  твор: "instrumental",
  пред: "prepositional",
};

/** Full Russian names of the cases, for messages and column headers. */
export const CASE_TITLES: Readonly<Record<GrammaticalCase, string>> = {
  им: "именительный",
  род: "родительный",
  дат: "дательный",
  вин: "винительный",
  твор: "творительный",
  пред: "предложный",
};

export function isGrammaticalCase(value: string): value is GrammaticalCase {
  return (GRAMMATICAL_CASES as readonly string[]).includes(value);
}
