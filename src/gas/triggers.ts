/** Deletes this user's triggers calling `handler` (a fired one-off trigger stays listed until deleted). */
export function removeTriggers(handler: string): void {
  for (const trigger of ScriptApp.getProjectTriggers())
    if (trigger.getHandlerFunction() === handler) ScriptApp.deleteTrigger(trigger);
}

/**
 * Schedules `handler` once, `afterMs` from now, unless this user already has a trigger for it.
 * `getProjectTriggers` lists only the caller's own triggers, which is enough here: a trigger's
 * executions run as its owner, so every caller of this runs as the same user.
 * https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
 */
export function scheduleOnce(handler: string, afterMs: number): boolean {
  const scheduled = ScriptApp.getProjectTriggers().some(
    (trigger) => trigger.getHandlerFunction() === handler,
  );
  if (!scheduled) ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
  return !scheduled;
}
