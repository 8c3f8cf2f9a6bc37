/**
 * A best practice as the report lists it: what `readPractices` gives for «Методическая копилка» (the
 * best-scored first, the rejected left out).
 */
export interface PracticeItem {
  readonly title: string;
  readonly author: string;
  readonly form: string;
  /** The expert card's total (5–50), null or absent until it is assessed. */
  readonly score?: number | null;
}
