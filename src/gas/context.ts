import type { Context } from "../core/ports";

const UNKNOWN_USER = "пользователь не определён";

/** The acting coordinator: Apps Script hides the e-mail from other domains, so it may be empty. */
export function currentContext(): Context {
  return { now: new Date(), user: Session.getActiveUser().getEmail() || UNKNOWN_USER };
}
