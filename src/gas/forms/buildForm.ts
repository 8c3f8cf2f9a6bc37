import { titleKey } from "../../core/questionnaires/text";
import type { Question, Questionnaire } from "../../core/questionnaires/types";

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type ChoiceItem =
  | GoogleAppsScript.Forms.MultipleChoiceItem
  | GoogleAppsScript.Forms.ListItem
  | GoogleAppsScript.Forms.CheckboxItem;

interface Described {
  setHelpText(text: string): unknown;
  setRequired(enabled: boolean): unknown;
}

function describe(item: Described, question: Question): void {
  item.setRequired(question.required);
  if (question.help) item.setHelpText(question.help);
}

/** Adds one question to a form as the matching Forms item. */
export function addQuestion(form: Form, question: Question): void {
  const options = [...(question.options ?? [])];
  switch (question.type) {
    case "text":
      describe(form.addTextItem().setTitle(question.title), question);
      return;
    case "integer": {
      const min = question.min ?? 0;
      const max = question.max ?? 100;
      const validation = FormApp.createTextValidation()
        .setHelpText(`Введите целое число от ${min} до ${max}`)
        .requireNumberBetween(min, max)
        .build();
      describe(form.addTextItem().setTitle(question.title).setValidation(validation), question);
      return;
    }
    case "paragraph":
      describe(form.addParagraphTextItem().setTitle(question.title), question);
      return;
    case "choice":
      describe(form.addMultipleChoiceItem().setTitle(question.title).setChoiceValues(options), question);
      return;
    case "list":
      describe(form.addListItem().setTitle(question.title).setChoiceValues(options), question);
      return;
    case "checkbox":
      describe(form.addCheckboxItem().setTitle(question.title).setChoiceValues(options), question);
      return;
    case "scale":
      describe(
        form
          .addScaleItem()
          .setTitle(question.title)
          .setBounds(question.min ?? 1, question.max ?? 10)
          .setLabels(question.lowLabel ?? "", question.highLabel ?? ""),
        question,
      );
      return;
  }
}

/** Fills a new form: title, description, collected e-mail and every question in order. */
export function buildForm(form: Form, questionnaire: Questionnaire): void {
  form.setTitle(questionnaire.title);
  form.setDescription(questionnaire.description);
  form.setCollectEmail(questionnaire.collectsEmail);
  for (const question of questionnaire.questions) if (!question.retired) addQuestion(form, question);
}

function asChoiceItem(item: Item): ChoiceItem | undefined {
  switch (item.getType()) {
    case FormApp.ItemType.MULTIPLE_CHOICE:
      return item.asMultipleChoiceItem();
    case FormApp.ItemType.LIST:
      return item.asListItem();
    case FormApp.ItemType.CHECKBOX:
      return item.asCheckboxItem();
    default:
      return undefined;
  }
}

/**
 * Puts the asked questions in the questionnaire's order at the top (a question added to an existing form
 * lands at the end otherwise), every other item after them in its current order. `asked` holds the items'
 * current positions; the moves are planned on a local copy, so that no position is read back from Forms.
 * Moving an item keeps its answers and its response-sheet column. Returns the number of moves.
 * https://developers.google.com/apps-script/reference/forms/form#moveItem(Integer,Integer)
 */
function orderItems(form: Form, asked: readonly number[], count: number): number {
  const wanted = new Set(asked);
  const order = [
    ...asked,
    ...Array.from({ length: count }, (_, index) => index).filter((i) => !wanted.has(i)),
  ];
  const current = Array.from({ length: count }, (_, index) => index);
  let moved = 0;
  order.forEach((item, index) => {
    const from = current.indexOf(item);
    if (from === index) return;
    form.moveItem(from, index);
    current.splice(from, 1);
    current.splice(index, 0, item);
    moved++;
  });
  return moved;
}

/**
 * Brings an existing form in line with the questionnaire without disturbing its answers: the description
 * and e-mail collection are set, options of choice questions replaced when they differ (new competences,
 * the current participants), missing questions added, and the asked questions put in the questionnaire's
 * order. Nothing is deleted or retitled: a retired question stays (with its answers) after the asked ones,
 * made optional. Returns how many questions were added or changed otherwise.
 */
export function syncForm(form: Form, questionnaire: Questionnaire): { added: number; refreshed: number } {
  if (form.getDescription() !== questionnaire.description) form.setDescription(questionnaire.description);
  if (questionnaire.collectsEmail && !form.collectsEmail()) form.setCollectEmail(true);
  const existing = form.getItems();
  const positions = new Map<string, number>();
  existing.forEach((item, index) => {
    const key = titleKey(item.getTitle());
    if (!positions.has(key)) positions.set(key, index);
  });
  let count = existing.length;
  let added = 0;
  let refreshed = 0;
  const asked: number[] = [];
  for (const question of questionnaire.questions) {
    const position = positions.get(titleKey(question.title));
    const item = position === undefined ? undefined : existing[position];
    if (question.retired) {
      if (item && isRequired(item)) {
        setRequired(item, false);
        refreshed++;
      }
      continue;
    }
    if (position === undefined || !item) {
      addQuestion(form, question);
      added++;
      asked.push(count++);
      continue;
    }
    asked.push(position);
    if (!question.options) continue;
    const choice = asChoiceItem(item);
    if (!choice) continue;
    const current = choice.getChoices().map((option) => option.getValue());
    if (current.join("\n") === question.options.join("\n")) continue;
    choice.setChoiceValues([...question.options]);
    refreshed++;
  }
  if (orderItems(form, asked, count) > 0 && added === 0) refreshed++;
  return { added, refreshed };
}

/** The typed item behind a generic one: only typed items tell and set whether they are required. */
function typedItem(
  item: Item,
): { isRequired(): boolean; setRequired(enabled: boolean): unknown } | undefined {
  switch (item.getType()) {
    case FormApp.ItemType.TEXT:
      return item.asTextItem();
    case FormApp.ItemType.PARAGRAPH_TEXT:
      return item.asParagraphTextItem();
    case FormApp.ItemType.SCALE:
      return item.asScaleItem();
    default:
      return asChoiceItem(item);
  }
}

function isRequired(item: Item): boolean {
  return typedItem(item)?.isRequired() ?? false;
}

function setRequired(item: Item, enabled: boolean): void {
  typedItem(item)?.setRequired(enabled);
}
