import type { Implements } from "./calls";

type Lock = GoogleAppsScript.Lock.Lock;

/** What Apps Script throws when `waitLock` times out. */
export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";

/**
 * One document lock, contended: `holdElsewhere(ms)` makes a simulated concurrent execution hold it for
 * that long on the fake's clock (`now`, moved by `advance`). Executions run side by side, so one
 * execution's wait does not move the clock for the others; each wait is counted.
 * https://developers.google.com/apps-script/reference/lock/lock
 */
export class FakeLock implements Implements<Lock, "tryLock" | "waitLock" | "releaseLock" | "hasLock"> {
  /** The fake's clock, in milliseconds. */
  now = 0;
  /** Until when (on `now`) another execution holds the lock. */
  private busyUntil = 0;
  private held = false;
  acquisitions = 0;
  /** Calls that had to wait, and those that gave up. */
  waits = 0;
  timeouts = 0;

  /** Another execution holds the lock from now on for `ms` milliseconds (Infinity: until released). */
  holdElsewhere(ms: number): void {
    this.busyUntil = this.now + ms;
  }
  /** The other execution ends. */
  releaseElsewhere(): void {
    this.busyUntil = this.now;
  }
  advance(ms: number): void {
    this.now += ms;
  }

  /** Kept for older tests: held by another execution until set false. */
  get heldElsewhere(): boolean {
    return this.busyUntil > this.now;
  }
  set heldElsewhere(held: boolean) {
    if (held) this.holdElsewhere(Number.POSITIVE_INFINITY);
    else this.releaseElsewhere();
  }

  /**
   * «Attempts to acquire the lock, timing out after the provided number of milliseconds… returns false if
   * the lock could not be acquired». The other execution lets go at `busyUntil`: a wait that long or
   * longer gets the lock (the fake does not move the shared clock for it).
   */
  tryLock(timeoutInMillis: number): boolean {
    if (this.held) return true;
    if (this.busyUntil > this.now) {
      this.waits++;
      if (this.busyUntil > this.now + timeoutInMillis) {
        this.timeouts++;
        return false;
      }
      this.busyUntil = this.now; // the other execution has finished by the time this one gets the lock
    }
    this.held = true;
    this.acquisitions++;
    return true;
  }
  /** «…throws an exception if the lock could not be acquired» within the timeout. */
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    this.held = false;
  }
  hasLock(): boolean {
    return this.held;
  }
}
