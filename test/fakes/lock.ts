import type { Implements } from "./calls";

type Lock = GoogleAppsScript.Lock.Lock;

/** One document lock; `heldElsewhere` simulates another execution holding it. */
export class FakeLock implements Implements<Lock, "tryLock" | "waitLock" | "releaseLock" | "hasLock"> {
  heldElsewhere = false;
  private held = false;
  acquisitions = 0;

  tryLock(): boolean {
    if (this.heldElsewhere) return false;
    this.held = true;
    this.acquisitions++;
    return true;
  }
  waitLock(): void {
    if (!this.tryLock()) throw new Error("Lock timeout: another process was holding the lock for too long.");
  }
  releaseLock(): void {
    this.held = false;
  }
  hasLock(): boolean {
    return this.held;
  }
}
