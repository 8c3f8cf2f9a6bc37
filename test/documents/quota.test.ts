import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accountKindOf,
  DAILY_DOCUMENTS,
  leftNow,
  planAgainstQuota,
  QUOTA_WINDOW_MS,
  quotaMessage,
  resetsAt,
  withCreated,
} from "../../src/core/documents/quota";

describe("the daily quota of documents", () => {
  it("tells a consumer account from Google Workspace by its address, the smaller quota when unknown", () => {
    expect(accountKindOf("zam@gmail.com")).toBe("consumer");
    expect(accountKindOf("Zam@GoogleMail.com")).toBe("consumer");
    expect(accountKindOf("")).toBe("consumer");
    expect(accountKindOf("zam@school7.edu.ru")).toBe("workspace");
  });

  it("counts documents in a 24-hour window from the first, then gives the whole quota back", () => {
    const start = Date.parse("2026-11-21T09:00:00Z");
    let window = withCreated(null, start, 200);
    window = withCreated(window, start + 3_600_000, 40);
    expect(leftNow(window, start + 3_600_000, "consumer")).toBe(10);
    expect(resetsAt(window, start + 3_600_000)).toBe(start + QUOTA_WINDOW_MS);
    expect(leftNow(window, start + QUOTA_WINDOW_MS, "consumer")).toBe(250);
    expect(withCreated(window, start + QUOTA_WINDOW_MS, 5)).toEqual({
      since: start + QUOTA_WINDOW_MS,
      count: 5,
    });
  });

  it("splits any request across days: today what is left, then a full quota a day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 1_500 }),
        fc.constantFrom("consumer" as const, "workspace" as const),
        (planned, used, kind) => {
          const now = 1_000_000;
          const window =
            used > 0 ? { since: now - 1000, count: Math.min(used, DAILY_DOCUMENTS[kind]) } : null;
          const plan = planAgainstQuota(planned, window, now, kind);
          expect(plan.today + plan.later).toBe(planned);
          expect(plan.today).toBeLessThanOrEqual(leftNow(window, now, kind));
          expect(plan.days * DAILY_DOCUMENTS[kind]).toBeGreaterThanOrEqual(plan.later);
          expect((plan.days - 1) * DAILY_DOCUMENTS[kind]).toBeLessThan(Math.max(plan.later, 1));
          expect(quotaMessage(plan, kind, "10:00") === null).toBe(plan.later === 0);
        },
      ),
    );
  });

  it("says in Russian what is made now and what continues later", () => {
    const plan = planAgainstQuota(6_400, { since: 0, count: 300 }, 1000, "workspace");
    expect(quotaMessage(plan, "workspace", "09:00 22.11")).toBe(
      "Лимит Google — 1500 документов в сутки (аккаунт Google Workspace): сейчас будет создано 1200 из 6400, " +
        "остальные 5200 — продолжу автоматически после 09:00 22.11 (понадобится ещё 4 дня).",
    );
  });
});
