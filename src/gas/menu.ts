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
];
