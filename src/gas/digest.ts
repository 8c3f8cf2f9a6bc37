import { digestMail } from "../core/digest/digestMail";
import { digestEnabled, digestRecipients, isEmailAddress } from "../core/digest/settings";
import { calendarDateFromLocal } from "../core/format/dates";
import { appendLog } from "../core/log";
import { readSettingsFrom } from "../core/pairing/proposePairs";
import type { Context } from "../core/ports";
import type { SettingsValues } from "../core/schema/settings";
import { updateSettings } from "../core/settings/updateSettings";
import { yearAttention } from "../core/year/yearStatus";
import { currentUser } from "./access";
import { currentContext } from "./context";
import { logTriggerFailure, MENU_TITLE, messageOf, runMenuAction } from "./handler";
import { SheetsPort } from "./sheetsPort";
import { removeTriggers } from "./triggers";

/** The global function (exported from main.ts) the weekly trigger calls. */
export const DIGEST_HANDLER = "weeklyDigest";
export const DIGEST_ACTION = "Еженедельная сводка";
const DIGEST_TITLE = "Еженедельная сводка на почту";
/** Who installed the weekly trigger: Apps Script shows each coordinator only their own triggers. */
const OWNER_KEY = "nastavnik.digestTrigger.owner";
/** Monday, around 8 in the morning in the script's time zone (appsscript.json). */
const DIGEST_HOUR = 8;
const LOCK_WAIT_MS = 30_000;

function digestTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === DIGEST_HANDLER);
}

/** Exactly one weekly trigger of this coordinator: a missing one installed, duplicates removed. */
function ensureDigestTrigger(): void {
  const mine = digestTriggers();
  for (const extra of mine.slice(1)) ScriptApp.deleteTrigger(extra);
  if (mine.length === 0)
    ScriptApp.newTrigger(DIGEST_HANDLER)
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(DIGEST_HOUR)
      .create();
}

function port(): SheetsPort {
  return new SheetsPort(SpreadsheetApp.getActiveSpreadsheet());
}

function turnOn(recipients: readonly string[], context: Context): string {
  const wrong = recipients.filter((address) => !isEmailAddress(address));
  if (wrong.length > 0)
    throw new Error(
      `Адрес «${wrong.join(", ")}» не похож на e-mail: исправьте параметр «Адрес для еженедельной сводки» на листе «Настройки».`,
    );
  const sheets = port();
  updateSettings(sheets, { weeklyDigest: "Да", digestEmail: recipients.join(", ") });
  ensureDigestTrigger();
  const user = currentUser();
  if (user) PropertiesService.getDocumentProperties().setProperty(OWNER_KEY, user);
  const summary = `Еженедельная сводка включена: по понедельникам около ${DIGEST_HOUR}:00 на ${recipients.join(", ")}`;
  appendLog(sheets, context, DIGEST_ACTION, summary);
  return summary;
}

function turnOff(context: Context): string {
  const sheets = port();
  updateSettings(sheets, { weeklyDigest: "Нет" });
  removeTriggers(DIGEST_HANDLER);
  const properties = PropertiesService.getDocumentProperties();
  const owner = properties.getProperty(OWNER_KEY) ?? "";
  properties.deleteProperty(OWNER_KEY);
  const summary =
    owner && owner !== currentUser()
      ? `Еженедельная сводка выключена: расписание ${owner} удалится само при следующем запуске, письмо не уйдёт`
      : "Еженедельная сводка выключена";
  appendLog(sheets, context, DIGEST_ACTION, summary);
  return summary;
}

/**
 * «Еженедельная сводка на почту»: asks, then turns the digest on (the setting, the address, one weekly
 * trigger) or off. The question is asked before the document lock is taken.
 */
export function digestFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const context = currentContext();
  const user = currentUser();
  let settings: SettingsValues;
  try {
    settings = readSettingsFrom(port(), context).values;
  } catch (error) {
    ui.alert(`${MENU_TITLE}: ошибка`, messageOf(error), ui.ButtonSet.OK);
    return;
  }
  const owner = PropertiesService.getDocumentProperties().getProperty(OWNER_KEY) ?? "";
  // «Да» typed into «Настройки» by hand installs nothing: then the digest is off until turned on here.
  const active = digestEnabled(settings) && (digestTriggers().length > 0 || (owner !== "" && owner !== user));
  const recipients = digestRecipients(settings, user);
  if (active) {
    const answer = ui.alert(
      DIGEST_TITLE,
      `Сводка включена: по понедельникам около ${DIGEST_HOUR}:00 на ${recipients.join(", ")}. Выключить её?`,
      ui.ButtonSet.YES_NO,
    );
    if (answer === ui.Button.YES) runMenuAction(() => turnOff(context));
    return;
  }
  if (recipients.length === 0) {
    ui.alert(
      `${MENU_TITLE}: укажите адрес в параметре «Адрес для еженедельной сводки» на листе «Настройки» и повторите.`,
    );
    return;
  }
  const answer = ui.alert(
    DIGEST_TITLE,
    `Присылать по понедельникам около ${DIGEST_HOUR}:00 на ${recipients.join(", ")} письмо со списком «Требует внимания»? Письмо уходит от вашего имени; Google попросит разрешение на отправку почты.`,
    ui.ButtonSet.YES_NO,
  );
  if (answer === ui.Button.YES) runMenuAction(() => turnOn(recipients, context));
}

/** One line in «Журнал», under the lock taken only for it; skipped when the spreadsheet stays busy. */
function logLine(context: Context, result: string): void {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return;
  try {
    appendLog(port(), context, DIGEST_ACTION, result);
  } finally {
    lock.releaseLock();
  }
}

/**
 * The weekly trigger: one e-mail with «Требует внимания» (read without writing, so without the lock).
 * Turned off in «Настройки», it removes its own trigger and sends nothing; with today's mail quota
 * spent, it writes why to «Журнал» instead.
 */
export function sendWeeklyDigest(): void {
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = new SheetsPort(spreadsheet);
    const context = currentContext();
    const settings = readSettingsFrom(sheets, context).values;
    if (!digestEnabled(settings)) {
      removeTriggers(DIGEST_HANDLER);
      return;
    }
    const recipients = digestRecipients(settings, currentUser());
    if (recipients.length === 0 || !recipients.every(isEmailAddress))
      throw new Error(
        "Не отправлена: нет верного адреса в параметре «Адрес для еженедельной сводки» на листе «Настройки»",
      );
    const quota = MailApp.getRemainingDailyQuota();
    if (quota < recipients.length) {
      logLine(
        context,
        `Не отправлена: дневной лимит писем исчерпан (осталось ${quota}); следующая сводка — через неделю`,
      );
      return;
    }
    const attention = yearAttention(sheets, context);
    const title = String(settings.orgShortName ?? "").trim() || spreadsheet.getName();
    const mail = digestMail({
      attention,
      today: calendarDateFromLocal(context.now),
      title,
      url: spreadsheet.getUrl(),
    });
    MailApp.sendEmail({ to: recipients.join(","), name: MENU_TITLE, ...mail });
    logLine(context, `Отправлена на ${recipients.join(", ")}; требует внимания: ${attention.length}`);
  } catch (error) {
    logTriggerFailure(DIGEST_ACTION, error);
    throw error;
  }
}
