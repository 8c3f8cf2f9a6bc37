/**
 * # Язык шаблонов документов (одно определение для .docx и Google Документов)
 *
 * Values
 * - `{{Поле}}` — the field's value. Names: letters, digits, spaces, dots, hyphens (`{{Номер приказа}}`);
 *   runs of spaces (also non-breaking) count as one space; names are case-sensitive.
 * - Modifiers follow one «|», separated by spaces (or further «|»): `{{Наставник|род кратко}}` ≡
 *   `{{Наставник|род|кратко}}`. By kind of field:
 *   - ФИО (`person`): case `им` (default) `род` `дат` `вин` `твор` `пред`, and form `кратко`
 *     («Иванова М. П.») or `инициалы` («М. П. Иванова»); without a form — full «Иванова Мария Петровна».
 *   - дата (`date`): default «18.11.2022»; `кавычки` «18» ноября 2022 г.; `текстом` 18 ноября 2022 г.;
 *     `месяц` ноябрь 2022; `год` 2022.
 *   - число (`number`): default «12 500» (non-breaking space from five digits, «3,5»); `прописью` «пять».
 *   - текст, да/нет: no modifiers; `true`/`false` print as «да»/«нет».
 *
 * Sections (docxtemplater's own syntax with `{{ }}` delimiters)
 * - `{{#Список}}…{{/Список}}` repeats for each element; inside, names resolve against the element first,
 *   then the outer fields. A table row whose first cell starts with `{{#Пары}}` and last cell ends with
 *   `{{/Пары}}` repeats as a whole row.
 * - `{{#Поле}}…{{/Поле}}` on a non-list field: shown once when the value is present (a zero counts as
 *   present; an empty string, `false`, an empty list do not).
 * - `{{^Поле}}…{{/Поле}}`: shown only when the value is absent.
 * - A section inside one paragraph is inline; across paragraphs each of its tags must be alone in its
 *   paragraph (those paragraphs disappear); across table cells it must span whole rows (see parse.ts).
 *
 * Errors: unknown fields (with a guess: «может быть, имелось в виду {{Наставник}}?»), unknown or
 * unfitting modifiers, unbalanced sections, stray «}}» — all listed at once, naming the template and the
 * tag; a template with problems renders nothing. An empty value of a field used by a value tag is an
 * error too (never a blank in an order); only sections may test for absence.
 */
export {
  type Align,
  type Block,
  blocksToText,
  loopRow,
  type PageBreakBlock,
  type ParagraphBlock,
  type TableBlock,
} from "./blocks";
export { TemplateError } from "./errors";
export { type DocumentKind, FIELD_KIND_TITLES, type FieldKind, type FieldSpec } from "./fields";
export { type DateFormat, MODIFIERS_BY_KIND, type TagFormat } from "./modifiers";
export { type ParsedTemplate, parseTemplateText, type SectionLayout, type TemplateNode } from "./parse";
export { escapeForRe2 } from "./re2";
export { renderText } from "./render";
export { parseTag, type Tag, type ValueTag } from "./syntax";
export { type CompiledTemplate, compileTemplate, type TemplateSource, validateTemplate } from "./validate";
export {
  formatValue,
  isMissing,
  lookup,
  ownValue,
  type SectionValue,
  sectionValue,
  type TemplateData,
  type TemplateScalar,
  type TemplateValue,
  ValueProblem,
} from "./values";
