import { CallLog } from "./calls";
import { ChartType } from "./charts";
import { FakeFormApp } from "./forms";
import { HtmlService } from "./html";
import { FakeLock } from "./lock";
import { FakeProperties } from "./properties";
import { FakeScriptApp } from "./scriptApp";
import {
  DataValidationCriteria,
  DEFAULT_TIME_ZONE,
  FakeDataValidationBuilder,
  FakeSpreadsheet,
  ProtectionType,
  userOf,
} from "./spreadsheet";
import { FakeUi } from "./ui";
import { FakeUtilities } from "./utilities";

export interface WorldOptions {
  /** Who runs the script (and owns the spreadsheet). */
  readonly user?: string;
  /** The spreadsheet's time zone: by default the script's. */
  readonly spreadsheetTimeZone?: string;
}

/**
 * The zone the script's Dates follow: in Apps Script the manifest's (`Session.getScriptTimeZone()`), here
 * the zone the test process runs in (see test/support/zone.ts). A new spreadsheet starts in it.
 */
export function hostTimeZone(): string {
  return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** How the current execution was started: from the menu (a person is looking) or by a trigger. */
export type Execution = "menu" | "trigger";

/** One Apps Script world: the bound spreadsheet and the services the script uses, all in memory. */
export function createAppsScript(options: WorldOptions = {}) {
  const owner = options.user ?? "zam@school.example";
  const session = { user: owner, execution: "menu" as Execution };
  const calls = new CallLog();
  const spreadsheet = new FakeSpreadsheet(calls);
  spreadsheet.owner = owner;
  spreadsheet.timeZone = options.spreadsheetTimeZone ?? hostTimeZone();
  spreadsheet.inTrigger = () => session.execution === "trigger";
  const ui = new FakeUi();
  const lock = new FakeLock();
  const properties = new FakeProperties();
  const formApp = new FakeFormApp(
    calls,
    (id) => (id === spreadsheet.getId() ? spreadsheet : undefined),
    () => session.user,
  );
  const scriptApp = new FakeScriptApp(calls, () => session.user);
  const SpreadsheetApp = {
    ProtectionType,
    DataValidationCriteria,
    getActiveSpreadsheet: () => spreadsheet,
    /** A trigger has no user interface: «Cannot call SpreadsheetApp.getUi() from this context.» */
    getUi: () => {
      if (session.execution === "trigger")
        throw new Error("Exception: Cannot call SpreadsheetApp.getUi() from this context.");
      return ui;
    },
    newDataValidation: () => new FakeDataValidationBuilder(),
    flush: () => undefined,
  };
  const LockService = {
    getDocumentLock: () => lock,
    getScriptLock: () => lock,
  };
  /**
   * The active and the effective user are the same person here (a menu, or a trigger's owner).
   * https://developers.google.com/apps-script/reference/base/session
   */
  const Session = {
    getActiveUser: () => userOf(session.user),
    getEffectiveUser: () => userOf(session.user),
    getScriptTimeZone: () => DEFAULT_TIME_ZONE,
  };
  const Utilities = FakeUtilities;
  const PropertiesService = {
    getDocumentProperties: () => properties,
    getScriptProperties: () => properties,
  };
  return {
    calls,
    spreadsheet,
    ui,
    lock,
    formApp,
    scriptApp,
    properties,
    /** Who the script runs as from now on (another coordinator opening the spreadsheet). */
    actAs(user: string): void {
      session.user = user;
    },
    get user(): string {
      return session.user;
    },
    /** Runs `run` as a trigger's execution: no user interface. */
    asTrigger<T>(run: () => T): T {
      const before = session.execution;
      session.execution = "trigger";
      try {
        return run();
      } finally {
        session.execution = before;
      }
    },
    /** What the script sees as its global scope. */
    globals: {
      SpreadsheetApp,
      LockService,
      Session,
      Utilities,
      PropertiesService,
      FormApp: formApp,
      ScriptApp: scriptApp,
      HtmlService,
      Charts: { ChartType },
    } as Record<string, unknown>,
  };
}

export type AppsScriptWorld = ReturnType<typeof createAppsScript>;
