import { isDate } from "../core/cell";
import { HIGHLIGHT_TAG, isOurHighlight } from "../core/highlights/highlightRules";
import { sheetClock } from "./sheetClock";

/**
 * What only a live spreadsheet can confirm: the assumptions the fakes in test/fakes make about Google.
 * `npm run smoke` pushes the script and runs `smokeTest` once (or choose it in the Apps Script editor);
 * it works in a temporary sheet and a temporary form, removes both, and returns a Russian report.
 */

interface Check {
  readonly ok: boolean;
  readonly line: string;
}

const SHEET = "Наставник — проверка";

/** What the fakes expect a ru_RU spreadsheet to show for answers Forms writes as if typed. */
const TYPED: readonly (readonly [string, string])[] = [
  ["15:00", "15:00:00"],
  ["1.05", `01.05.${new Date().getFullYear()}`],
  ["5%", "5%"],
  ["TRUE", "ИСТИНА"],
  ["0012", "12"],
  ["1,5", "1,5"],
];

function check(name: string, run: () => string | true): Check {
  try {
    const result = run();
    return result === true ? { ok: true, line: `✓ ${name}` } : { ok: false, line: `✗ ${name}: ${result}` };
  } catch (error) {
    return {
      ok: false,
      line: `✗ ${name}: ошибка «${error instanceof Error ? error.message : String(error)}»`,
    };
  }
}

function sheetChecks(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Check[] {
  const existing = spreadsheet.getSheetByName(SHEET);
  if (existing) spreadsheet.deleteSheet(existing);
  const sheet = spreadsheet.insertSheet(SHEET);
  try {
    const texts = ["01.09.2026", ...TYPED.map(([typed]) => typed)];
    sheet.getRange(1, 1, 1, texts.length).setValues([texts]);
    const values = sheet.getRange(1, 1, 1, texts.length).getValues()[0] ?? [];
    const shown = sheet.getRange(1, 1, 1, texts.length).getDisplayValues()[0] ?? [];
    const clock = sheetClock(spreadsheet);
    return [
      check("введённая дата «01.09.2026» читается как 1 сентября по поясу таблицы", () => {
        const date = values[0];
        if (!isDate(date)) return `прочитано не как дата: ${String(date)}`;
        const wall = clock.toWall(date);
        return wall.getFullYear() === 2026 &&
          wall.getMonth() === 8 &&
          wall.getDate() === 1 &&
          wall.getHours() === 0
          ? true
          : `прочитано ${wall.toString()}`;
      }),
      ...TYPED.map(([typed, expected], index) =>
        check(`«${typed}» таблица показывает как «${expected}» (так считают имитации)`, () =>
          shown[index + 1] === expected ? true : `показано «${shown[index + 1]}»`,
        ),
      ),
      check("правило условного форматирования возвращает формулу с меткой Наставника", () =>
        conditionalFormulaKept(sheet),
      ),
    ];
  } finally {
    spreadsheet.deleteSheet(sheet);
  }
}

/** Our highlights are recognised by their formula as `getConditionalFormatRules` gives it back. */
function conditionalFormulaKept(sheet: GoogleAppsScript.Spreadsheet.Sheet): string | true {
  const formula = `=AND(N("${HIGHLIGHT_TAG}проверка")=0,$A1<TODAY())`;
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground("#f4cccc")
    .setRanges([sheet.getRange(1, 1, 2, 2)])
    .build();
  sheet.setConditionalFormatRules([rule]);
  const back = sheet.getConditionalFormatRules()[0]?.getBooleanCondition()?.getCriteriaValues()[0];
  return typeof back === "string" && isOurHighlight(back) ? true : `прочитано «${String(back)}»`;
}

function formChecks(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Check[] {
  const form = FormApp.create("Наставник — проверка (удаляется сразу)");
  const modern = form as GoogleAppsScript.Forms.Form & {
    supportsAdvancedResponderPermissions?: () => boolean;
    setPublished?: (enabled: boolean) => unknown;
    setEmailCollectionType?: (type: unknown) => unknown;
  };
  const types = (FormApp as unknown as { EmailCollectionType?: Record<string, unknown> }).EmailCollectionType;
  try {
    return [
      check("форма: есть supportsAdvancedResponderPermissions и setPublished", () =>
        typeof modern.supportsAdvancedResponderPermissions === "function" &&
        typeof modern.setPublished === "function"
          ? true
          : "методов нет — формы публикуются сами (старая среда)",
      ),
      check("форма: есть EmailCollectionType и setEmailCollectionType", () => {
        if (!types || typeof modern.setEmailCollectionType !== "function")
          return "нет — тип сбора адресов не задаётся";
        modern.setEmailCollectionType(types.RESPONDER_INPUT);
        return true;
      }),
      check("форма: доступ открывается редакторам таблицы", () => {
        const editors = spreadsheet
          .getEditors()
          .map((user) => user.getEmail())
          .filter(Boolean);
        if (editors.length > 0) form.addEditors(editors);
        return true;
      }),
    ];
  } finally {
    try {
      DriveApp.getFileById(form.getId()).setTrashed(true);
    } catch {
      // The report says which form to delete by hand.
      console.log(`Удалите вручную форму «${form.getTitle()}»: ${form.getEditUrl()}`);
    }
  }
}

export function smokeReport(): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const scriptZone = Session.getScriptTimeZone();
  const checks: Check[] = [
    check(`даты скрипта идут по его поясу (${scriptZone})`, () => {
      const runtime = Intl.DateTimeFormat().resolvedOptions().timeZone;
      return runtime === scriptZone ? true : `среда выполнения в поясе ${runtime}`;
    }),
    check(
      `пояс таблицы: ${spreadsheet.getSpreadsheetTimeZone()}, язык: ${spreadsheet.getSpreadsheetLocale()}`,
      () => (spreadsheet.getSpreadsheetLocale().startsWith("ru") ? true : "имитации рассчитаны на ru_RU"),
    ),
    check("блокировка документа берётся и отпускается", () => {
      const lock = LockService.getDocumentLock();
      if (!lock.tryLock(10_000)) return "не удалось взять за 10 с";
      lock.releaseLock();
      return true;
    }),
    check(`способ установки: ${String(ScriptApp.getInstallationSource())}`, () => true),
    check("среда V8 новее ES2019 (есть Array.prototype.at)", () =>
      "at" in Array.prototype ? true : "нет — проверка сборки на ES2019 не зря",
    ),
    ...sheetChecks(spreadsheet),
    ...formChecks(spreadsheet),
  ];
  const failed = checks.filter((item) => !item.ok).length;
  return [
    `Проверка Наставника в живой таблице «${spreadsheet.getName()}» (${new Date().toISOString().slice(0, 10)})`,
    ...checks.map((item) => item.line),
    failed === 0
      ? "Всё совпадает с имитациями."
      : `Расхождений: ${failed} — поправьте имитации в test/fakes.`,
  ].join("\n");
}
