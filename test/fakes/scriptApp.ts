import type { CallLog, Implements } from "./calls";

type ScriptApp = GoogleAppsScript.Script.ScriptApp;
type Trigger = GoogleAppsScript.Script.Trigger;
type TriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;
type SpreadsheetTriggerBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
type EventTypeEnum = GoogleAppsScript.Script.EventType;
type TriggerSourceEnum = GoogleAppsScript.Script.TriggerSource;

export const EventType = {
  CLOCK: "CLOCK",
  ON_OPEN: "ON_OPEN",
  ON_EDIT: "ON_EDIT",
  ON_FORM_SUBMIT: "ON_FORM_SUBMIT",
  ON_CHANGE: "ON_CHANGE",
} as const;
export const TriggerSource = { SPREADSHEETS: "SPREADSHEETS", CLOCK: "CLOCK", FORMS: "FORMS" } as const;
export const WeekDay = {
  MONDAY: "MONDAY",
  TUESDAY: "TUESDAY",
  WEDNESDAY: "WEDNESDAY",
  THURSDAY: "THURSDAY",
  FRIDAY: "FRIDAY",
  SATURDAY: "SATURDAY",
  SUNDAY: "SUNDAY",
} as const;
export const AuthMode = { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL" } as const;
export const InstallationSource = {
  APPS_MARKETPLACE_DOMAIN_ADD_ON: "APPS_MARKETPLACE_DOMAIN_ADD_ON",
  NONE: "NONE",
  WEB_STORE_ADD_ON: "WEB_STORE_ADD_ON",
} as const;

export class FakeTrigger
  implements
    Implements<
      Trigger,
      "getHandlerFunction" | "getEventType" | "getTriggerSource" | "getTriggerSourceId" | "getUniqueId"
    >
{
  constructor(
    readonly handler: string,
    readonly eventType: keyof typeof EventType,
    readonly sourceId: string,
    readonly uniqueId: string,
    /** Who installed it: the trigger runs as this user, and only this user sees it. */
    readonly owner = "",
  ) {}
  /** A recurring clock trigger's day and hour (`onWeekDay(…).atHour(…)`). */
  schedule?: { readonly weekDay: keyof typeof WeekDay; readonly hour: number | undefined };
  getHandlerFunction(): string {
    return this.handler;
  }
  getEventType(): EventTypeEnum {
    return this.eventType as unknown as EventTypeEnum;
  }
  getTriggerSource(): TriggerSourceEnum {
    return TriggerSource.SPREADSHEETS as unknown as TriggerSourceEnum;
  }
  getTriggerSourceId(): string {
    return this.sourceId;
  }
  getUniqueId(): string {
    return this.uniqueId;
  }
}

class FakeSpreadsheetTriggerBuilder
  implements
    Implements<SpreadsheetTriggerBuilder, "onFormSubmit" | "onEdit" | "onOpen" | "onChange" | "create">
{
  private eventType: keyof typeof EventType | undefined;
  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}
  private on(eventType: keyof typeof EventType): SpreadsheetTriggerBuilder {
    this.eventType = eventType;
    return this as unknown as SpreadsheetTriggerBuilder;
  }
  onFormSubmit(): SpreadsheetTriggerBuilder {
    return this.on("ON_FORM_SUBMIT");
  }
  onEdit(): SpreadsheetTriggerBuilder {
    return this.on("ON_EDIT");
  }
  onOpen(): SpreadsheetTriggerBuilder {
    return this.on("ON_OPEN");
  }
  onChange(): SpreadsheetTriggerBuilder {
    return this.on("ON_CHANGE");
  }
  create(): Trigger {
    if (!this.eventType) throw new Error("Exception: The trigger has no event type.");
    return this.app.install(this.handler, this.eventType, this.sourceId) as unknown as Trigger;
  }
}

/** ScriptApp's installable triggers of this project, in memory. */
export class FakeScriptApp
  implements
    Implements<ScriptApp, "getProjectTriggers" | "newTrigger" | "deleteTrigger" | "getInstallationSource">
{
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly AuthMode = AuthMode;
  readonly WeekDay = WeekDay;
  readonly InstallationSource = InstallationSource;
  /** Every user's triggers (a test's view; the script sees only its user's). */
  readonly triggers: FakeTrigger[] = [];
  /** How the script is installed: NONE for a script bound to the spreadsheet. */
  installationSource: keyof typeof InstallationSource = "NONE";
  private created = 0;

  constructor(
    readonly calls: CallLog,
    /** The user the script runs as. */
    private readonly user: () => string = () => "",
  ) {}

  install(handler: string, eventType: keyof typeof EventType, sourceId: string): FakeTrigger {
    this.calls.record("ScriptApp.createTrigger");
    this.created++;
    const trigger = new FakeTrigger(handler, eventType, sourceId, `trigger-${this.created}`, this.user());
    this.triggers.push(trigger);
    return trigger;
  }

  /**
   * «Gets all installable triggers associated with the current project and current user.» Another
   * coordinator's triggers are invisible.
   * https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
   */
  getProjectTriggers(): Trigger[] {
    this.calls.record("ScriptApp.getProjectTriggers");
    const user = this.user();
    return this.triggers.filter((trigger) => trigger.owner === user) as unknown as Trigger[];
  }

  /** https://developers.google.com/apps-script/reference/script/script-app#getInstallationSource() */
  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return this.installationSource as unknown as GoogleAppsScript.Script.InstallationSource;
  }

  newTrigger(functionName: string): TriggerBuilder {
    const builder = {
      forSpreadsheet: (sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string) =>
        new FakeSpreadsheetTriggerBuilder(
          this,
          functionName,
          typeof sheet === "string" ? sheet : sheet.getId(),
        ) as unknown as SpreadsheetTriggerBuilder,
      // A one-off clock trigger: `timeBased().after(ms).create()`; tests fire it by calling its handler.
      // A weekly one: `timeBased().onWeekDay(day).atHour(h).create()`
      // (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#onweekdayday;
      // «hour — the hour at which to fire», 0–23: #athourhour).
      timeBased: () => ({
        after: (milliseconds: number) => ({
          create: () => {
            if (!(milliseconds > 0)) throw new Error("Exception: The trigger needs a positive delay.");
            return this.install(functionName, "CLOCK", "");
          },
        }),
        onWeekDay: (day: keyof typeof WeekDay) => {
          if (!(day in WeekDay)) throw new Error(`Exception: Invalid argument: day (${String(day)})`);
          let hour: number | undefined;
          const weekly = {
            atHour: (value: number) => {
              if (!Number.isInteger(value) || value < 0 || value > 23)
                throw new Error(`Exception: Invalid argument: hour (${value})`);
              hour = value;
              return weekly;
            },
            create: () => {
              const trigger = this.install(functionName, "CLOCK", "");
              trigger.schedule = { weekDay: day, hour };
              return trigger;
            },
          };
          return weekly;
        },
      }),
    };
    return builder as unknown as TriggerBuilder;
  }

  deleteTrigger(trigger: Trigger): void {
    this.calls.record("ScriptApp.deleteTrigger");
    const index = this.triggers.findIndex(
      (candidate) => candidate.getUniqueId() === trigger.getUniqueId() && candidate.owner === this.user(),
    );
    if (index >= 0) this.triggers.splice(index, 1);
  }

  /** Every user's triggers calling `handler` (a test's view). */
  handlers(handler: string): FakeTrigger[] {
    return this.triggers.filter((trigger) => trigger.handler === handler);
  }

  /** The installed triggers calling `handler` on form submissions to the spreadsheet `sourceId`. */
  formSubmitTriggers(handler: string, sourceId: string): FakeTrigger[] {
    return this.triggers.filter(
      (trigger) =>
        trigger.handler === handler &&
        trigger.eventType === "ON_FORM_SUBMIT" &&
        trigger.sourceId === sourceId,
    );
  }
}
