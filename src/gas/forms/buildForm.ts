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
    case "date":
      describe(form.addDateItem().setTitle(question.title), question);
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
  for (const question of questionnaire.questions) addQuestion(form, question);
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
 * Brings an existing form in line with the questionnaire without disturbing its answers: the description
 * and e-mail collection are set, options of choice questions replaced when they differ (new competences,
 * the current participants), and missing questions added at the end. Nothing is deleted or retitled.
 * Returns how many questions were added or had their options refreshed.
 */
export function syncForm(form: Form, questionnaire: Questionnaire): { added: number; refreshed: number } {
  if (form.getDescription() !== questionnaire.description) form.setDescription(questionnaire.description);
  if (questionnaire.collectsEmail && !form.collectsEmail()) form.setCollectEmail(true);
  const items = new Map<string, Item>();
  for (const item of form.getItems()) {
    const key = titleKey(item.getTitle());
    if (!items.has(key)) items.set(key, item);
  }
  let added = 0;
  let refreshed = 0;
  for (const question of questionnaire.questions) {
    const item = items.get(titleKey(question.title));
    if (!item) {
      addQuestion(form, question);
      added++;
      continue;
    }
    if (!question.options) continue;
    const choice = asChoiceItem(item);
    if (!choice) continue;
    const current = choice.getChoices().map((option) => option.getValue());
    if (current.join("\n") === question.options.join("\n")) continue;
    choice.setChoiceValues([...question.options]);
    refreshed++;
  }
  return { added, refreshed };
}
