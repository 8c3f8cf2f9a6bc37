/** A best practice as the report lists it; the collection itself («Методическая копилка») is read elsewhere. */
export interface PracticeItem {
  readonly title: string;
  readonly author: string;
  readonly form: string;
  /** The practice's score, when the collection rates them. */
  readonly score?: number | null;
}
