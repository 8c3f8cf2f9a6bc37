type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type User = GoogleAppsScript.Base.User;

const OWNER_PREFIX = "nastavnik.owner.";

/** Who runs the script now (empty when Google hides the address). */
export function currentUser(): string {
  return Session.getEffectiveUser().getEmail();
}

/**
 * Remembers who created a file Nastavnik recorded by ID. Apps Script fails alike for a file that is
 * deleted and for one the user may not open («No item with the given ID could be found. Possibly
 * because you have not edited this item or you do not have permission to access it»), but the owner can
 * always open their own file unless it is deleted — so the recorded owner tells the two apart.
 */
export function recordOwner(id: string): void {
  const user = currentUser();
  if (user) PropertiesService.getDocumentProperties().setProperty(`${OWNER_PREFIX}${id}`, user);
}

function ownerOf(id: string): string {
  return PropertiesService.getDocumentProperties().getProperty(`${OWNER_PREFIX}${id}`) ?? "";
}

/**
 * Opens a file Nastavnik recorded: the file; `null` when it is deleted (the caller makes a new one); a
 * Russian error naming the owner when this coordinator may not open it — never a silent duplicate.
 * `what` names the file in the message («Анкета «…»», «Папка «…»»).
 */
export function openRecorded<T>(what: string, id: string, open: () => T): T | null {
  try {
    return open();
  } catch {
    const owner = ownerOf(id);
    const user = currentUser();
    if (owner && owner === user) return null;
    if (owner)
      throw new Error(
        `${what}: владелец ${owner}, а у вас нет доступа (или файл удалён). Попросите ${owner} выбрать «Наставничество → Создать анкеты» или «Сформировать документы» — Наставник откроет доступ всем редакторам таблицы.`,
      );
    throw new Error(
      `${what} (ID ${id}) не открывается: файл удалён или у вас нет доступа. Попросите владельца открыть вам доступ; если файл удалён, очистите его ID в «Настройках».`,
    );
  }
}

/**
 * Shares a form or folder Nastavnik made with everyone who may edit the spreadsheet, so that any
 * coordinator can run every action (files in a shared folder are shared with it). Adds only who is missing.
 */
export function shareWithEditors(
  target: { getEditors(): User[]; addEditors(emailAddresses: string[]): unknown },
  spreadsheet: Spreadsheet,
): void {
  const have = new Set(target.getEditors().map((user) => user.getEmail().toLowerCase()));
  const missing = spreadsheet
    .getEditors()
    .map((user) => user.getEmail())
    .filter((email) => email !== "" && !have.has(email.toLowerCase()));
  if (missing.length > 0) target.addEditors(missing);
}
