/** What a document kind declares about the fields its templates may use. */

/** `position`: a position or role as text, declined by case modifiers («учителю биологии»). */
export type FieldKind = "text" | "number" | "date" | "person" | "position" | "flag" | "list";

export interface FieldSpec {
  /** As written in tags: «Номер приказа». */
  readonly name: string;
  readonly kind: FieldKind;
  /** For a list: the fields of each element (tags inside `{{#Список}}` see these first, then the outer ones). */
  readonly items?: readonly FieldSpec[];
}

export interface DocumentKind {
  /** «Приказ о закреплении пар». */
  readonly title: string;
  readonly fields: readonly FieldSpec[];
}

/** How a kind is named in messages: «поле {{Дата приказа}} (дата)». */
export const FIELD_KIND_TITLES: Readonly<Record<FieldKind, string>> = {
  text: "текст",
  number: "число",
  date: "дата",
  person: "ФИО",
  position: "должность",
  flag: "да/нет",
  list: "список",
};
