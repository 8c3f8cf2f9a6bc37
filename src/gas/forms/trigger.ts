import { currentUser } from "../access";

/** The global function (exported from main.ts) the installable form-submit trigger calls. */
export const SUBMIT_HANDLER = "onFormSubmit";
const OWNER_KEY = "nastavnik.submitTrigger.owner";

/**
 * Makes sure exactly one installable trigger calls `onFormSubmit` when a linked form is submitted to this
 * spreadsheet: installs it if missing, removes duplicates left by earlier runs. A trigger belongs to the
 * coordinator who installed it, and Apps Script shows each user only their own
 * (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()), so the
 * owner is recorded in the document's properties: another coordinator's run does not add a second
 * trigger (each answer would be processed twice) and says whose it is.
 */
export function ensureSubmitTrigger(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  readonly installed: boolean;
  /** The other coordinator whose trigger is on; empty when it is this user's. */
  readonly owner: string;
} {
  const properties = PropertiesService.getDocumentProperties();
  const user = currentUser();
  const ours = ScriptApp.getProjectTriggers().filter(
    (trigger) =>
      trigger.getHandlerFunction() === SUBMIT_HANDLER &&
      trigger.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT &&
      trigger.getTriggerSourceId() === spreadsheet.getId(),
  );
  for (const extra of ours.slice(1)) ScriptApp.deleteTrigger(extra);
  const owner = properties.getProperty(OWNER_KEY) ?? "";
  if (ours.length > 0) {
    if (owner !== user && user) properties.setProperty(OWNER_KEY, user);
    return { installed: false, owner: "" };
  }
  if (owner && owner !== user) return { installed: false, owner };
  ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(spreadsheet).onFormSubmit().create();
  if (user) properties.setProperty(OWNER_KEY, user);
  return { installed: true, owner: "" };
}
