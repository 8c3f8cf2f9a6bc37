/** The global function (exported from main.ts) the installable form-submit trigger calls. */
export const SUBMIT_HANDLER = "onFormSubmit";

/**
 * Makes sure exactly one installable trigger calls `onFormSubmit` when a linked form is submitted to this
 * spreadsheet: installs it if missing, removes duplicates left by earlier runs. Returns whether it was installed.
 */
export function ensureSubmitTrigger(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const ours = ScriptApp.getProjectTriggers().filter(
    (trigger) =>
      trigger.getHandlerFunction() === SUBMIT_HANDLER &&
      trigger.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT &&
      trigger.getTriggerSourceId() === spreadsheet.getId(),
  );
  for (const extra of ours.slice(1)) ScriptApp.deleteTrigger(extra);
  if (ours.length > 0) return false;
  ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(spreadsheet).onFormSubmit().create();
  return true;
}
