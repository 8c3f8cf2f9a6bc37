import type { CallLog, Implements } from "./calls";
import { FakeRange, type FakeSheet, type FakeSpreadsheet, FORMATS, userOf } from "./spreadsheet";
import { formatInZone } from "./timeZones";

type Form = GoogleAppsScript.Forms.Form;
type FormApp = GoogleAppsScript.Forms.FormApp;
type Item = GoogleAppsScript.Forms.Item;
type TextItem = GoogleAppsScript.Forms.TextItem;
type ParagraphTextItem = GoogleAppsScript.Forms.ParagraphTextItem;
type MultipleChoiceItem = GoogleAppsScript.Forms.MultipleChoiceItem;
type ListItem = GoogleAppsScript.Forms.ListItem;
type CheckboxItem = GoogleAppsScript.Forms.CheckboxItem;
type ScaleItem = GoogleAppsScript.Forms.ScaleItem;
type Choice = GoogleAppsScript.Forms.Choice;
type TextValidation = GoogleAppsScript.Forms.TextValidation;
type TextValidationBuilder = GoogleAppsScript.Forms.TextValidationBuilder;
type SheetsOnFormSubmit = GoogleAppsScript.Events.SheetsOnFormSubmit;

export const ItemType = {
  CHECKBOX: "CHECKBOX",
  LIST: "LIST",
  MULTIPLE_CHOICE: "MULTIPLE_CHOICE",
  PARAGRAPH_TEXT: "PARAGRAPH_TEXT",
  SCALE: "SCALE",
  TEXT: "TEXT",
} as const;
export type FakeItemType = (typeof ItemType)[keyof typeof ItemType];
export const DestinationType = { SPREADSHEET: "SPREADSHEET" } as const;
/**
 * Who must give an e-mail: VERIFIED asks respondents to sign in to Google; RESPONDER_INPUT lets anyone type
 * an address. https://developers.google.com/apps-script/reference/forms/email-collection-type
 */
export const EmailCollectionType = {
  DO_NOT_COLLECT: "DO_NOT_COLLECT",
  VERIFIED: "VERIFIED",
  RESPONDER_INPUT: "RESPONDER_INPUT",
} as const;
export type FakeEmailCollectionType = keyof typeof EmailCollectionType;

/** What FormApp throws for a form that is deleted — or that the user may not open: the same words. */
export const NO_ITEM_MESSAGE =
  "Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";

/** The column headers Google Forms gives a response sheet (Russian interface). */
export const TIMESTAMP_HEADER = "Отметка времени";
export const EMAIL_HEADER = "Адрес электронной почты";

export class FakeTextValidation {
  constructor(
    readonly rule: { kind: "numberBetween"; min: number; max: number } | { kind: "wholeNumber" } | undefined,
    readonly helpText: string,
  ) {}
}

export class FakeTextValidationBuilder
  implements
    Implements<TextValidationBuilder, "requireNumberBetween" | "requireWholeNumber" | "setHelpText" | "build">
{
  private rule: FakeTextValidation["rule"];
  private helpText = "";
  private get self(): TextValidationBuilder {
    return this as unknown as TextValidationBuilder;
  }
  requireNumberBetween(start: number, end: number): TextValidationBuilder {
    this.rule = { kind: "numberBetween", min: start, max: end };
    return this.self;
  }
  requireWholeNumber(): TextValidationBuilder {
    this.rule = { kind: "wholeNumber" };
    return this.self;
  }
  setHelpText(text: string): TextValidationBuilder {
    this.helpText = text;
    return this.self;
  }
  build(): TextValidation {
    return new FakeTextValidation(this.rule, this.helpText) as unknown as TextValidation;
  }
}

class FakeChoice implements Implements<Choice, "getValue"> {
  constructor(private readonly value: string) {}
  getValue(): string {
    return this.value;
  }
}

const ITEM_KINDS: Record<FakeItemType, string> = {
  CHECKBOX: "CheckboxItem",
  LIST: "ListItem",
  MULTIPLE_CHOICE: "MultipleChoiceItem",
  PARAGRAPH_TEXT: "ParagraphTextItem",
  SCALE: "ScaleItem",
  TEXT: "TextItem",
};

/**
 * One question of a fake form. `T` is the Apps Script item type its setters return; as in Forms, an
 * `as…Item()` of the wrong kind throws. Everything set is kept, for tests to compare with the questionnaire.
 */
export class FakeItem<T = Item>
  implements
    Implements<
      Item,
      | "getId"
      | "getIndex"
      | "getTitle"
      | "getHelpText"
      | "getType"
      | "asTextItem"
      | "asParagraphTextItem"
      | "asMultipleChoiceItem"
      | "asListItem"
      | "asCheckboxItem"
      | "asScaleItem"
    >
{
  title = "";
  helpText = "";
  required = false;
  choices: string[] = [];
  bounds: [number, number] = [1, 5];
  labels: [string, string] = ["", ""];
  validation: FakeTextValidation | undefined;

  constructor(
    readonly form: FakeForm,
    readonly type: FakeItemType,
    readonly id: number,
  ) {}

  protected get self(): T {
    return this as unknown as T;
  }
  private as<K>(type: FakeItemType): K {
    if (this.type !== type)
      throw new Error(`Exception: Item ${this.id} is a ${ITEM_KINDS[this.type]}, not a ${ITEM_KINDS[type]}.`);
    return this as unknown as K;
  }

  getId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.form.items.indexOf(this as FakeItem<unknown>);
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): T {
    this.form.renameColumn(this.title, title);
    this.title = title;
    return this.self;
  }
  getHelpText(): string {
    return this.helpText;
  }
  setHelpText(text: string): T {
    this.helpText = text;
    return this.self;
  }
  isRequired(): boolean {
    return this.required;
  }
  setRequired(enabled: boolean): T {
    this.required = enabled;
    return this.self;
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    return this.type as unknown as GoogleAppsScript.Forms.ItemType;
  }
  asTextItem(): TextItem {
    return this.as(ItemType.TEXT);
  }
  asParagraphTextItem(): ParagraphTextItem {
    return this.as(ItemType.PARAGRAPH_TEXT);
  }
  asMultipleChoiceItem(): MultipleChoiceItem {
    return this.as(ItemType.MULTIPLE_CHOICE);
  }
  asListItem(): ListItem {
    return this.as(ItemType.LIST);
  }
  asCheckboxItem(): CheckboxItem {
    return this.as(ItemType.CHECKBOX);
  }
  asScaleItem(): ScaleItem {
    return this.as(ItemType.SCALE);
  }

  // Choice items.
  setChoiceValues(values: string[]): T {
    if (values.length === 0) throw new Error("Exception: Array is empty: values");
    this.choices = [...values];
    return this.self;
  }
  getChoices(): Choice[] {
    return this.choices.map((value) => new FakeChoice(value) as unknown as Choice);
  }

  // Text items.
  setValidation(validation: TextValidation): T {
    this.validation = validation as unknown as FakeTextValidation;
    return this.self;
  }

  // Scale items: Forms allows a lower bound of 0 or 1 and an upper bound from 3 to 10.
  setBounds(lower: number, upper: number): T {
    if (lower < 0 || lower > 1 || upper < 3 || upper > 10)
      throw new Error("Exception: Invalid data updating form.");
    this.bounds = [lower, upper];
    return this.self;
  }
  setLabels(lower: string, upper: string): T {
    this.labels = [lower, upper];
    return this.self;
  }
  getLowerBound(): number {
    return this.bounds[0];
  }
  getUpperBound(): number {
    return this.bounds[1];
  }
  getLeftLabel(): string {
    return this.labels[0];
  }
  getRightLabel(): string {
    return this.labels[1];
  }
}

/** The kinds of items the adapter creates, each checked against its Apps Script interface. */
type Common = "getTitle" | "setTitle" | "setHelpText" | "setRequired" | "isRequired" | "getType";
export type FakeTextItem = FakeItem<TextItem> & Implements<TextItem, Common | "setValidation">;
export type FakeParagraphItem = FakeItem<ParagraphTextItem> & Implements<ParagraphTextItem, Common>;
export type FakeMultipleChoiceItem = FakeItem<MultipleChoiceItem> &
  Implements<MultipleChoiceItem, Common | "setChoiceValues" | "getChoices">;
export type FakeListItem = FakeItem<ListItem> &
  Implements<ListItem, Common | "setChoiceValues" | "getChoices">;
export type FakeCheckboxItem = FakeItem<CheckboxItem> &
  Implements<CheckboxItem, Common | "setChoiceValues" | "getChoices">;
export type FakeScaleItem = FakeItem<ScaleItem> &
  Implements<ScaleItem, Common | "setBounds" | "setLabels" | "getLowerBound" | "getUpperBound">;

/** A submitted answer as a test gives it: question title → text, or the options ticked. */
export type FakeAnswers = Readonly<Record<string, string | readonly string[]>>;

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * How a Russian-locale spreadsheet shows a response time («10.09.2025 9:05:07»), on the wall clock of its
 * time zone (the host's when none is given, for older callers).
 */
export function formatResponseTime(date: Date, zone?: string): string {
  if (zone) return formatInZone(date, zone, FORMATS.dateTime);
  return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()} ${date.getHours()}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/**
 * An answer as Forms puts it in the response sheet: as if typed, so «15:00», «1.05», «5%», «TRUE», «0012»
 * become a time, a date, a percent, a boolean and the number 12 — only text that would start a formula
 * stays text. (Forms writes answer values; the sheet's automatic formats do the rest.)
 */
function responseCell(text: string): unknown {
  return /^[=+@]/.test(text) || (/^-/.test(text) && !/^-\d+([.,]\d+)?$/.test(text)) ? `'${text}` : text;
}

export class FakeForm
  implements
    Implements<
      Form,
      | "getId"
      | "getTitle"
      | "setTitle"
      | "getDescription"
      | "setDescription"
      | "setCollectEmail"
      | "collectsEmail"
      | "addTextItem"
      | "addParagraphTextItem"
      | "addMultipleChoiceItem"
      | "addListItem"
      | "addCheckboxItem"
      | "addScaleItem"
      | "getItems"
      | "moveItem"
      | "setDestination"
      | "getDestinationId"
      | "getDestinationType"
      | "getPublishedUrl"
      | "getEditUrl"
    >
{
  readonly items: FakeItem<unknown>[] = [];
  description = "";
  collectEmail = false;
  /** Forms made before «Кто может отвечать» exist do not support publishing (legacy forms). */
  advancedResponderPermissions = true;
  emailCollectionType: FakeEmailCollectionType = "DO_NOT_COLLECT";
  /** Who created the form, and whom it is shared with for editing. */
  owner = "";
  readonly editors: string[] = [];
  trashed = false;
  /**
   * Since 2026 a form created through the API starts unpublished: it keeps its questions and its
   * response sheet but accepts no answers until `setPublished(true)`.
   */
  published = false;
  /** The response sheet the form writes to, once linked. */
  responses: FakeSheet | undefined;
  private destinationId: string | undefined;
  private submitted = 0;

  constructor(
    readonly id: string,
    private title: string,
    private readonly app: FakeFormApp,
  ) {}

  private get self(): Form {
    return this as unknown as Form;
  }
  private record(method: string): void {
    this.app.calls.record(`Form.${method}`);
  }

  getId(): string {
    return this.id;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): Form {
    this.title = title;
    return this.self;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): Form {
    this.description = description;
    return this.self;
  }
  setCollectEmail(collect: boolean): Form {
    this.collectEmail = collect;
    if (collect && this.emailCollectionType === "DO_NOT_COLLECT") this.emailCollectionType = "VERIFIED";
    if (!collect) this.emailCollectionType = "DO_NOT_COLLECT";
    return this.self;
  }
  /** Not yet in @types/google-apps-script. https://developers.google.com/apps-script/reference/forms/form#setEmailCollectionType(EmailCollectionType) */
  setEmailCollectionType(type: FakeEmailCollectionType): Form {
    this.record("setEmailCollectionType");
    if (!(type in EmailCollectionType)) throw new Error(`Exception: Invalid argument: ${String(type)}`);
    this.emailCollectionType = type;
    this.collectEmail = type !== "DO_NOT_COLLECT";
    return this.self;
  }
  getEmailCollectionType(): FakeEmailCollectionType {
    return this.emailCollectionType;
  }
  /**
   * Whether the form can be published and shared with responders; a legacy form cannot, and
   * `setPublished` throws on it. https://developers.google.com/apps-script/reference/forms/form#supportsAdvancedResponderPermissions()
   */
  supportsAdvancedResponderPermissions(): boolean {
    return this.advancedResponderPermissions;
  }
  addEditors(emailAddresses: string[]): Form {
    this.record("addEditors");
    for (const email of emailAddresses)
      if (email !== this.owner && !this.editors.includes(email)) this.editors.push(email);
    return this.self;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return [this.owner, ...this.editors].map(userOf);
  }
  /** Whether `user` may open the form (its owner or an editor). */
  canOpen(user: string): boolean {
    return user === this.owner || this.editors.includes(user);
  }
  collectsEmail(): boolean {
    return this.collectEmail;
  }
  /** Not yet in @types/google-apps-script: `Form.setPublished` and `Form.isPublished`. */
  setPublished(enabled: boolean): Form {
    this.record("setPublished");
    if (!this.advancedResponderPermissions)
      throw new Error("Exception: This form does not support publishing. Use a form that supports it.");
    this.published = enabled;
    return this.self;
  }
  isPublished(): boolean {
    return this.published;
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/1FAIpQL${this.id}/viewform`;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }

  private add<T>(type: FakeItemType): T {
    this.record(`add${ITEM_KINDS[type]}`);
    const item = new FakeItem<T>(this, type, this.app.nextItemId());
    this.items.push(item as FakeItem<unknown>);
    return item as unknown as T;
  }
  addTextItem(): TextItem {
    return this.add(ItemType.TEXT);
  }
  addParagraphTextItem(): ParagraphTextItem {
    return this.add(ItemType.PARAGRAPH_TEXT);
  }
  addMultipleChoiceItem(): MultipleChoiceItem {
    return this.add(ItemType.MULTIPLE_CHOICE);
  }
  addListItem(): ListItem {
    return this.add(ItemType.LIST);
  }
  addCheckboxItem(): CheckboxItem {
    return this.add(ItemType.CHECKBOX);
  }
  addScaleItem(): ScaleItem {
    return this.add(ItemType.SCALE);
  }
  getItems(): Item[] {
    return [...this.items] as unknown as Item[];
  }
  /**
   * As in Forms: the item (or the item at index `from`) is taken out and put back at the index among all
   * items; out of range throws. Answers and the response sheet's columns stay as they were.
   * https://developers.google.com/apps-script/reference/forms/form#moveItem(Item,Integer)
   * https://developers.google.com/apps-script/reference/forms/form#moveItem(Integer,Integer)
   */
  moveItem(from: number, toIndex: number): Item;
  moveItem(item: Item, toIndex: number): Item;
  moveItem(what: Item | number, toIndex: number): Item {
    this.record("moveItem");
    const fake = typeof what === "number" ? this.items[what] : (what as unknown as FakeItem<unknown>);
    if (fake === undefined) throw new Error(`Exception: Invalid index: ${String(what)}`);
    const item = fake as unknown as Item;
    const from = this.items.indexOf(fake);
    if (from < 0) throw new Error("Exception: The item does not belong to this form.");
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= this.items.length)
      throw new Error(`Exception: Invalid index: ${toIndex}`);
    this.items.splice(from, 1);
    this.items.splice(toIndex, 0, fake);
    return item;
  }

  /**
   * As in Forms: linking inserts a new response sheet «Ответы на форму (N)» as the first tab, headed by
   * the time, the e-mail (when collected) and the question titles — even when linking to the same
   * spreadsheet again, which is why the adapter must not relink.
   */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): Form {
    this.record("setDestination");
    if ((type as unknown) !== DestinationType.SPREADSHEET) throw new Error("Unsupported destination type");
    const spreadsheet = this.app.spreadsheetById(id);
    if (!spreadsheet) throw new Error(`Exception: No spreadsheet with ID ${id}`);
    if (this.responses) this.responses.formUrl = null;
    let n = 1;
    while (spreadsheet.getSheetByName(`Ответы на форму (${n})`)) n++;
    const sheet = spreadsheet.insertSheet(`Ответы на форму (${n})`, 0) as unknown as FakeSheet;
    sheet.formUrl = `https://docs.google.com/forms/d/${this.id}/viewform`;
    this.responses = sheet;
    this.destinationId = id;
    const titles = [TIMESTAMP_HEADER, ...(this.collectEmail ? [EMAIL_HEADER] : []), ...this.questionTitles()];
    titles.forEach((title, index) => {
      this.writeHeaderCell(index + 1, title);
    });
    return this.self;
  }
  getDestinationId(): string {
    if (!this.destinationId) throw new Error("Exception: The form currently has no response destination.");
    return this.destinationId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    return DestinationType.SPREADSHEET as unknown as GoogleAppsScript.Forms.DestinationType;
  }

  questionTitles(): string[] {
    return this.items.map((item) => item.title);
  }

  /** Titling a question of a linked form adds its response column; renaming renames the column. */
  renameColumn(from: string, to: string): void {
    if (!this.responses) return;
    const width = this.headerWidth();
    for (let column = 1; from !== "" && column <= width; column++)
      if (this.responses.valueAt(1, column) === from) {
        this.writeHeaderCell(column, to);
        return;
      }
    this.writeHeaderCell(width + 1, to);
  }

  private headerWidth(): number {
    const sheet = this.responses;
    if (!sheet) return 0;
    let width = 0;
    for (let column = 1; column <= sheet.getMaxColumns(); column++)
      if (sheet.valueAt(1, column) !== "") width = column;
    return width;
  }

  private writeHeaderCell(column: number, title: string): void {
    if (title) this.responses?.store(1, column, `'${title}`);
  }

  /**
   * A respondent submits the form: a row is appended to the response sheet as Forms does (numbers as
   * numbers, text literally, ticked options joined with ", "), and the spreadsheet form-submit event is
   * returned for the test to deliver to `onFormSubmit` (as many times and in whatever order it likes).
   */
  submit(answers: FakeAnswers, options: { email?: string; timestamp: Date }): SheetsOnFormSubmit {
    const sheet = this.responses;
    if (!sheet) throw new Error("The form has no response destination.");
    if (this.trashed) throw new Error("The form is deleted.");
    if (!this.published) throw new Error("This form is not published and does not accept responses.");
    const width = this.headerWidth();
    const header = Array.from({ length: width }, (_, index) => String(sheet.valueAt(1, index + 1)));
    // Forms records the time in whole seconds.
    const timestamp = new Date(Math.floor(options.timestamp.getTime() / 1000) * 1000);
    const row = sheet.getLastRow() + 1;
    header.forEach((title, index) => {
      const answer = answers[title] ?? "";
      const text =
        title === EMAIL_HEADER
          ? (options.email ?? "")
          : typeof answer === "string"
            ? answer
            : answer.join(", ");
      sheet.store(row, index + 1, title === TIMESTAMP_HEADER ? timestamp : responseCell(text));
      if (title === TIMESTAMP_HEADER) sheet.formats.set(`${row},${index + 1}`, FORMATS.dateTime);
    });
    this.submitted++;
    // `values` and `namedValues` carry what the sheet shows, formatted by its locale.
    // https://developers.google.com/apps-script/guides/triggers/events#form-submit
    const texts = header.map((_, index) => sheet.displayAt(row, index + 1));
    const namedValues: Record<string, string[]> = {};
    header.forEach((title, index) => {
      namedValues[title] = [texts[index] ?? ""];
    });
    return {
      range: new FakeRange(sheet, {
        row,
        column: 1,
        rows: 1,
        columns: width,
      }) as unknown as GoogleAppsScript.Spreadsheet.Range,
      values: texts,
      namedValues,
      triggerUid: `trigger-${this.id}-${this.submitted}`,
      authMode: "FULL" as unknown as GoogleAppsScript.Script.AuthMode,
      user: { getEmail: () => options.email ?? "" } as unknown as GoogleAppsScript.Base.User,
    };
  }
}

/** FormApp over forms kept in memory; linked response sheets go to the world's spreadsheet. */
export class FakeFormApp implements Implements<FormApp, "create" | "openById" | "createTextValidation"> {
  readonly DestinationType = DestinationType;
  readonly EmailCollectionType = EmailCollectionType;
  readonly ItemType = ItemType;
  readonly forms: FakeForm[] = [];
  private items = 0;

  constructor(
    readonly calls: CallLog,
    private readonly spreadsheets: (id: string) => FakeSpreadsheet | undefined,
    /** The user the script runs as. */
    private readonly user: () => string = () => "",
  ) {}

  spreadsheetById(id: string): FakeSpreadsheet | undefined {
    return this.spreadsheets(id);
  }
  nextItemId(): number {
    this.items++;
    return 1_000_000 + this.items;
  }

  create(title: string): Form {
    this.calls.record("FormApp.create");
    const form = new FakeForm(
      `1FakeForm${String(this.forms.length + 1).padStart(6, "0")}abcdef`,
      title,
      this,
    );
    form.owner = this.user();
    this.forms.push(form);
    return form as unknown as Form;
  }

  openById(id: string): Form {
    this.calls.record("FormApp.openById");
    const form = this.forms.find((candidate) => candidate.id === id && !candidate.trashed);
    // A deleted form and one the user may not open fail alike.
    // https://developers.google.com/apps-script/reference/forms/form-app#openById(String)
    if (!form?.canOpen(this.user())) throw new Error(NO_ITEM_MESSAGE);
    return form as unknown as Form;
  }

  createTextValidation(): TextValidationBuilder {
    return new FakeTextValidationBuilder() as unknown as TextValidationBuilder;
  }

  /** Live (not deleted) forms. */
  live(): FakeForm[] {
    return this.forms.filter((form) => !form.trashed);
  }

  /** The live form with this title; throws if there is none or several. */
  byTitle(title: string): FakeForm {
    const found = this.live().filter((form) => form.getTitle() === title);
    if (found.length !== 1) throw new Error(`${found.length} live forms titled ${title}`);
    return found[0]!;
  }
}
