import { MENU_TITLE } from "./handler";

/** Items of the «Наставничество» menu and the global functions (exported from main.ts) they call. */
export const MENU_ITEMS: readonly { readonly label: string; readonly handler: string }[] = [
  { label: "Открыть панель", handler: "openPanel" },
  { label: "Настроить таблицу", handler: "menuSetup" },
  { label: "Создать анкеты", handler: "menuCreateForms" },
  { label: "Перенести ответы", handler: "menuImportResponses" },
  { label: "Подобрать пары", handler: "menuMatch" },
  { label: "Утвердить выбранные пары", handler: "menuApprove" },
  { label: "Сформировать документы", handler: "menuGenerateDocuments" },
  { label: "Ход программы", handler: "menuYearStatus" },
  { label: "Досрочно прекратить пару", handler: "menuEndPair" },
  { label: "Сводка", handler: "menuSummary" },
  { label: "Еженедельная сводка на почту", handler: "menuDigest" },
  { label: "Наставник года и лучшая пара", handler: "menuAwards" },
  { label: "Отчёт за год", handler: "menuYearReport" },
];

type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall;

/**
 * Whether the script runs as an Editor add-on. In AuthMode.NONE (an add-on installed but not yet used in
 * this document) no service but the menu may be called, and only an add-on is ever opened so: a bound
 * script's onOpen runs in LIMITED. Otherwise the installation source tells.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 */
function runsAsAddon(event: OpenEvent | undefined): boolean {
  if (event && String(event.authMode) === String(ScriptApp.AuthMode.NONE)) return true;
  return String(ScriptApp.getInstallationSource()) !== String(ScriptApp.InstallationSource.NONE);
}

/** «Наставничество» in the menu bar, or under «Расширения» when run as an add-on. */
export function buildMenu(event: OpenEvent | undefined): void {
  const ui = SpreadsheetApp.getUi();
  const menu = runsAsAddon(event) ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.handler);
  menu.addToUi();
}
