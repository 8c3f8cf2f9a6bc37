import type { SheetSchema } from "../schema/columns";

/**
 * How a question is asked. `choice` is a radio list, `list` a drop-down, `checkbox` several options,
 * `integer` a short answer validated as a whole number in [min, max], `scale` a linear scale.
 */
export type QuestionType = "text" | "paragraph" | "integer" | "choice" | "list" | "checkbox" | "scale";

export interface Question {
  /** Stable identifier used by code; never shown. */
  readonly id: string;
  /** The exact question text; Google Forms exports use it as the column header. */
  readonly title: string;
  readonly type: QuestionType;
  readonly required: boolean;
  /** Help text under the question. */
  readonly help?: string;
  /** For `choice`, `list`, `checkbox`: the options, in order. */
  readonly options?: readonly string[];
  /** What goes into the bank for an option when it differs from the option («Женский» → «Ж»). */
  readonly stored?: Readonly<Record<string, string>>;
  /** For `integer` and `scale`. */
  readonly min?: number;
  readonly max?: number;
  /** For `scale`: the captions of its ends. */
  readonly lowLabel?: string;
  readonly highLabel?: string;
  /** For `text` and `paragraph`: longer answers are cut, with a reason in «Замечания». */
  readonly maxLength?: number;
  /** A surname, first name or patronymic: normalised and checked as such. */
  readonly personName?: boolean;
  /** For the bank questionnaires: the column key (MENTORS / MENTEES) the answer is stored in. */
  readonly column?: string;
  /** Other headers the answer is recognised by in an export or a hand-made table. */
  readonly aliases?: readonly string[];
  /**
   * Added to a form that already had answers: older answers and exports lack it, so its absence is no
   * problem there, though the form asks it as `required` says.
   */
  readonly addedLater?: boolean;
  /**
   * No longer asked: new forms leave it out, a form that has it keeps it (optional, after the asked
   * questions) so that its answers stay; old answers and exports are still read into their column.
   */
  readonly retired?: boolean;
}

export type QuestionnaireKey =
  | "mentor"
  | "mentee"
  | "groupMeeting"
  | "monitoring"
  | "finalReport"
  | "practice";

export interface BankTarget {
  readonly schema: SheetSchema;
  /** ID prefix: «Н» gives «Н-001». */
  readonly idPrefix: string;
}

export interface Questionnaire {
  readonly key: QuestionnaireKey;
  /** The form's title. */
  readonly title: string;
  /** The form's description: purpose and personal-data notice. */
  readonly description: string;
  /** The form collects the respondent's e-mail itself (a form setting, not a question). */
  readonly collectsEmail: boolean;
  readonly questions: readonly Question[];
  /** For «Анкета наставника» and «Анкета наставляемого»: the bank the answers go to. */
  readonly bank?: BankTarget;
}

/** A raw answer: a checkbox answer is a list in a live response and one joined text in an export. */
export type RawAnswer = string | readonly string[];

/** One submission, from a live form or from a row of an export file. */
export interface FormResponse {
  readonly timestamp: Date;
  /** The collected e-mail as given; "" if the form did not collect it. */
  readonly email: string;
  /** Question title → raw answer; a missing or empty entry means the question was not answered. */
  readonly answers: Readonly<Record<string, RawAnswer>>;
}
