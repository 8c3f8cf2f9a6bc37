import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cell";
import { WORKBOOK } from "../../src/core/schema/sheets";
import { SheetsPort } from "../../src/gas/sheetsPort";
import { createAppsScript } from "../fakes/appsScript";
import { BUNDLE_PATH, loadBundle } from "../support/bundle";

describe("build/Code.js as Apps Script runs it", () => {
  it("is a plain script: no module syntax, no require, no Node globals", () => {
    const code = readFileSync(BUNDLE_PATH, "utf8");
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    // Code, not comments or messages: the .docx libraries' comments and errors name Node's Buffer.
    expect(code).not.toMatch(/\bprocess\.|\bBuffer(\.\w|\()|typeof Buffer\b|__dirname/);
  });

  it("asks for a scope that lets each service it calls work, and no broader Sheets scope", () => {
    const code = readFileSync(BUNDLE_PATH, "utf8");
    const manifest = JSON.parse(readFileSync(join(__dirname, "../../appsscript.json"), "utf8")) as {
      oauthScopes: string[];
    };
    const scopes = new Set(manifest.oauthScopes.map((scope) => scope.replace(/^.*\/auth\//, "")));
    // DriveApp works only with the full «drive» scope; «drive.file» is for the advanced Drive service.
    const needs: Record<string, string> = {
      "DriveApp.": "drive",
      ".Files.create(": "drive", // the advanced Drive service
      "FormApp.": "forms",
      "ScriptApp.newTrigger": "script.scriptapp",
      "SpreadsheetApp.getActiveSpreadsheet": "spreadsheets.currentonly",
      "SpreadsheetApp.getUi": "script.container.ui",
      "Session.getActiveUser": "userinfo.email",
      "MailApp.sendEmail": "script.send_mail", // only the opt-in weekly digest
    };
    for (const [call, scope] of Object.entries(needs)) {
      expect(code, call).toContain(call);
      expect(scopes.has(scope), `${call} needs ${scope}`).toBe(true);
    }
    expect([...scopes].sort()).toEqual([...new Set(Object.values(needs))].sort());
  });

  it("writes a text that Sheets would read as a number, date, time, percent or boolean as that text", () => {
    const { spreadsheet } = createAppsScript();
    const port = new SheetsPort(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
    port.createSheet("Лист", 0);
    const texts = ["14:00", "1.05", "01.09.2026", "5%", "TRUE", "ложь", "0012", "79161234567", "1,5", "1e5"];
    const values: Cell[] = [...texts, "=1+1", "'=1+1", "'цитата", "вторник после 14:00", 12, true];
    port.write("Лист", 0, 0, [values]);
    expect(port.readAll("Лист")[0]).toEqual([
      ...texts,
      "=1+1",
      "=1+1",
      "'цитата",
      "вторник после 14:00",
      12,
      true,
    ]);
    expect(spreadsheet.sheet("Лист").formulas.size).toBe(0);
  });

  it("builds the menu on open, and every item calls a global function of the script", () => {
    const bundle = loadBundle();
    bundle.call("onOpen", { authMode: "LIMITED" });
    const [menu] = bundle.world.ui.menus;
    expect(menu?.title).toBe("Наставничество");
    expect(menu?.items.map((item) => item.caption)).toContain("Настроить таблицу");
    for (const item of menu?.items ?? []) expect(typeof bundle.script[item.functionName]).toBe("function");
    expect(bundle.world.spreadsheet.sheets).toHaveLength(0);
  });

  it("sets the workbook up from the menu, and a second run changes nothing", () => {
    const bundle = loadBundle();
    const { spreadsheet, lock } = bundle.world;
    bundle.call("menuSetup");

    expect(spreadsheet.sheets.map((sheet) => sheet.getName())).toEqual(WORKBOOK.map((schema) => schema.name));
    for (const schema of WORKBOOK) {
      const sheet = spreadsheet.sheet(schema.name);
      const width = schema.columns.length;
      expect(sheet.getRange(1, 1, 1, width).getValues()[0]).toEqual(
        schema.columns.map((column) => column.header),
      );
      expect(sheet.getFrozenRows()).toBe(1);
      for (const [index, column] of schema.columns.entries()) {
        const rule = sheet.validationAt(2, index + 1);
        if (column.type === "enum") expect(rule?.values).toEqual(column.options);
        else expect(rule).toBeUndefined();
        const protectedHere = sheet.protections.filter((p) => p.area.column === index + 1);
        expect(protectedHere.map((p) => p.isWarningOnly())).toEqual(column.generated ? [true] : []);
      }
    }
    const mentors = spreadsheet.sheet("Наставники");
    expect(mentors.getMaxColumns()).toBeGreaterThanOrEqual(WORKBOOK[0]!.columns.length);
    expect(mentors.formulas.size).toBe(0);
    expect(spreadsheet.sheet("Дорожная карта").getLastRow()).toBeGreaterThan(7);
    expect(spreadsheet.toasts.at(-1)?.message).toContain("Созданы листы");
    expect(lock.hasLock()).toBe(false);
    expect(lock.acquisitions).toBe(1);

    const before = JSON.stringify(spreadsheet.snapshot());
    bundle.call("menuSetup");
    expect(JSON.stringify(spreadsheet.snapshot())).toBe(before);
    expect(spreadsheet.toasts.at(-1)?.message).toBe("Таблица уже настроена, изменений нет");
  });

  it("writes each sheet in a fixed number of batched calls, whatever the amount of data", () => {
    const counts = (rows: number) => {
      const bundle = loadBundle();
      bundle.call("menuSetup");
      const mentors = bundle.world.spreadsheet.sheet("Наставники");
      const data = Array.from({ length: rows }, (_, r) => [`Н-${r}`, `Фамилия${r}`, "Имя"]);
      mentors.getRange(2, 1, rows, 3).setValues(data);
      mentors.deleteColumn(6); // a coordinator deletes «E-mail»: setup must restore it
      bundle.world.calls.reset();
      bundle.call("menuSetup");
      const { calls } = bundle.world;
      expect(calls.count("Range.setValue")).toBe(0);
      expect(calls.count("Range.getValue")).toBe(0);
      const width = WORKBOOK[0]!.columns.length;
      expect(mentors.getRange(1, width, 1, 1).getValues()[0]).toEqual(["E-mail"]);
      return [...calls.counts].sort();
    };
    const small = counts(5);
    expect(small.find(([name]) => name === "Range.setValues")?.[1]).toBeLessThanOrEqual(2);
    expect(counts(800)).toEqual(small);
  });

  it("tells the coordinator, in Russian, when another action holds the spreadsheet", () => {
    const bundle = loadBundle();
    bundle.world.lock.heldElsewhere = true;
    bundle.call("menuSetup");
    expect(bundle.world.ui.alerts[0]).toMatch(/таблица сейчас занята/);
    expect(bundle.world.spreadsheet.sheets).toHaveLength(0);
  });
});
