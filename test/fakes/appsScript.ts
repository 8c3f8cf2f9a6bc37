import { CallLog } from "./calls";
import { FakeFormApp } from "./forms";
import { HtmlService } from "./html";
import { FakeLock } from "./lock";
import { FakeScriptApp } from "./scriptApp";
import {
  DataValidationCriteria,
  FakeDataValidationBuilder,
  FakeSpreadsheet,
  ProtectionType,
} from "./spreadsheet";
import { FakeUi } from "./ui";

/** One Apps Script world: the bound spreadsheet and the services the script uses, all in memory. */
export function createAppsScript(options: { user?: string } = {}) {
  const calls = new CallLog();
  const spreadsheet = new FakeSpreadsheet(calls);
  const ui = new FakeUi();
  const lock = new FakeLock();
  const formApp = new FakeFormApp(calls, (id) => (id === spreadsheet.getId() ? spreadsheet : undefined));
  const scriptApp = new FakeScriptApp(calls);
  const SpreadsheetApp = {
    ProtectionType,
    DataValidationCriteria,
    getActiveSpreadsheet: () => spreadsheet,
    getUi: () => ui,
    newDataValidation: () => new FakeDataValidationBuilder(),
    flush: () => undefined,
  };
  const LockService = {
    getDocumentLock: () => lock,
    getScriptLock: () => lock,
  };
  const Session = {
    getActiveUser: () => ({ getEmail: () => options.user ?? "zam@school.example" }),
    getScriptTimeZone: () => "Europe/Moscow",
  };
  return {
    calls,
    spreadsheet,
    ui,
    lock,
    formApp,
    scriptApp,
    /** What the script sees as its global scope. */
    globals: { SpreadsheetApp, LockService, Session, FormApp: formApp, ScriptApp: scriptApp, HtmlService },
  };
}

export type AppsScriptWorld = ReturnType<typeof createAppsScript>;
