import { describe, expect, it } from "vitest";
import { FakeLock, LOCK_TIMEOUT_MESSAGE } from "./lock";

describe("fake LockService, contended", () => {
  it("tryLock gives up after its timeout while another execution holds the lock, and counts the wait", () => {
    const lock = new FakeLock();
    lock.holdElsewhere(60_000);
    expect(lock.tryLock(30_000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect([lock.waits, lock.timeouts]).toEqual([1, 1]);
  });

  it("a wait long enough gets the lock when the other execution lets go", () => {
    const lock = new FakeLock();
    lock.holdElsewhere(20_000);
    expect(lock.tryLock(30_000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect([lock.waits, lock.timeouts]).toEqual([1, 0]);
  });

  it("waitLock throws Google's message after the timeout", () => {
    const lock = new FakeLock();
    lock.holdElsewhere(Number.POSITIVE_INFINITY);
    expect(() => lock.waitLock(10_000)).toThrow(LOCK_TIMEOUT_MESSAGE);
  });

  it("is free again once the clock passes the other execution's end", () => {
    const lock = new FakeLock();
    lock.holdElsewhere(60_000);
    lock.advance(60_000);
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.waits).toBe(0);
  });
});
