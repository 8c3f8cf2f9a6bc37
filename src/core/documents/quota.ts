/**
 * Google's daily limit on documents an account's scripts may create («Documents created: 250 / day for
 * consumer accounts, 1 500 / day for Google Workspace; quotas are per user and reset 24 hours after the
 * first request», https://developers.google.com/apps-script/guides/services/quotas). Each Google Doc
 * Nastavnik makes is one (an upload converted to a Doc also counts against «Files converted», 2 000 /
 * 4 000, which is the larger). A request larger than what is left is split across days, never failed
 * midway.
 */
export type AccountKind = "consumer" | "workspace";

export const DAILY_DOCUMENTS: Readonly<Record<AccountKind, number>> = { consumer: 250, workspace: 1_500 };
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

const ACCOUNT_LABEL: Readonly<Record<AccountKind, string>> = {
  consumer: "обычный аккаунт Google",
  workspace: "аккаунт Google Workspace",
};

/** Documents made since the first one of the current 24-hour window. */
export interface QuotaWindow {
  /** Milliseconds since the epoch of the window's first document. */
  readonly since: number;
  readonly count: number;
}

/** Gmail and its old domain are consumer accounts; any other domain is taken as Google Workspace. */
export function accountKindOf(email: string): AccountKind {
  const domain = email.trim().toLowerCase().split("@")[1] ?? "";
  // No address (a user of another domain, whose address Apps Script hides): count as the smaller quota.
  if (domain === "" || domain === "gmail.com" || domain === "googlemail.com") return "consumer";
  return "workspace";
}

function current(window: QuotaWindow | null, now: number): QuotaWindow | null {
  return window && now - window.since < QUOTA_WINDOW_MS ? window : null;
}

export function usedNow(window: QuotaWindow | null, now: number): number {
  return current(window, now)?.count ?? 0;
}

export function leftNow(window: QuotaWindow | null, now: number, kind: AccountKind): number {
  return Math.max(0, DAILY_DOCUMENTS[kind] - usedNow(window, now));
}

/** The window after `made` more documents at `now`. */
export function withCreated(window: QuotaWindow | null, now: number, made: number): QuotaWindow | null {
  if (made <= 0) return window;
  const open = current(window, now);
  return open ? { since: open.since, count: open.count + made } : { since: now, count: made };
}

/** When the current window ends and the full quota is back (now, when no window is open). */
export function resetsAt(window: QuotaWindow | null, now: number): number {
  const open = current(window, now);
  return open ? open.since + QUOTA_WINDOW_MS : now;
}

export interface QuotaPlan {
  readonly planned: number;
  /** Made today (within what is left of the quota). */
  readonly today: number;
  /** Left for the next days. */
  readonly later: number;
  /** Further days needed after today. */
  readonly days: number;
}

export function planAgainstQuota(
  planned: number,
  window: QuotaWindow | null,
  now: number,
  kind: AccountKind,
): QuotaPlan {
  const today = Math.min(planned, leftNow(window, now, kind));
  const later = planned - today;
  return { planned, today, later, days: Math.ceil(later / DAILY_DOCUMENTS[kind]) };
}

/** «через 2 дня», «через 5 дней» — Russian plural of days. */
function days(count: number): string {
  const tens = count % 100;
  const ones = count % 10;
  const word =
    tens >= 11 && tens <= 14 ? "дней" : ones === 1 ? "день" : ones >= 2 && ones <= 4 ? "дня" : "дней";
  return `${count} ${word}`;
}

/**
 * The Russian sentence for the coordinator when the request does not fit in today's quota (null when it
 * does): how many now, how many later, over how many days, and that it continues by itself.
 */
export function quotaMessage(plan: QuotaPlan, kind: AccountKind, resumeAt: string): string | null {
  if (plan.later === 0) return null;
  const limit = DAILY_DOCUMENTS[kind];
  const now =
    plan.today > 0
      ? `сейчас будет создано ${plan.today} из ${plan.planned}`
      : `сегодня лимит исчерпан, создано 0 из ${plan.planned}`;
  return (
    `Лимит Google — ${limit} документов в сутки (${ACCOUNT_LABEL[kind]}): ${now}, ` +
    `остальные ${plan.later} — продолжу автоматически после ${resumeAt}` +
    (plan.days > 1 ? ` (понадобится ещё ${days(plan.days)})` : "") +
    "."
  );
}
