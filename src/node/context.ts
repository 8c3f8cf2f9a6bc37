import { userInfo } from "node:os";
import type { Context } from "../core/ports";

export function currentContext(): Context {
  let user = "офлайн";
  try {
    user = userInfo().username || user;
  } catch {
    // Some containers have no passwd entry for the current uid; the log then says «офлайн».
  }
  return { now: new Date(), user };
}
