/**
 * One `nastavnik` command at a time per workbook. Each command that writes a workbook reads it, changes
 * it in memory and saves it whole: two at once would each save their own copy and the last one would
 * silently drop the other's rows. So the whole read-modify-write runs under a lock file next to the
 * workbook, created atomically (O_EXCL) and holding the owner's process id and computer name. A lock
 * whose process is gone (killed, crashed, the computer restarted) is stale and taken over.
 */
import { closeSync, openSync, readFileSync, realpathSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { UserError } from "../command";
import { describeFsError } from "../fsErrors";

/** How long a second command waits for the first before it refuses. */
const DEFAULT_WAIT_MS = 8000;
const POLL_MS = 100;
/** A lock file with no readable owner is being written right now, unless it is older than this. */
const UNREADABLE_GRACE_MS = 5000;
/**
 * No command holds a book this long (thousands of documents take minutes): an older lock is stale even
 * if its process id now belongs to another program (the computer restarted) or the computer is another.
 */
const MAX_AGE_MS = 60 * 60 * 1000;

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

/** The file the workbook really is: a symlink is followed, so that two names of one file share a lock. */
export function workbookTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

export function lockFileOf(path: string): string {
  const target = workbookTarget(path);
  return join(dirname(target), `.${basename(target)}.nastavnik-lock`);
}

/** Locks this process holds, by lock file, with how many nested commands hold each (the demo runs generate). */
const held = new Map<string, number>();
let exitHookInstalled = false;

function releaseAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const lock of held.keys()) rmSync(lock, { force: true });
  });
}

function readOwner(lock: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lock, "utf8")) as Partial<LockOwner>;
    if (typeof owner.pid === "number" && typeof owner.host === "string")
      return { pid: owner.pid, host: owner.host, started: String(owner.started ?? "") };
  } catch {
    // Being written, or garbage: see `isStale`.
  }
  return null;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the lock's owner is known to be gone. A lock from another computer is never judged from here. */
function isStale(lock: string, owner: LockOwner | null): boolean {
  if (owner === null) {
    try {
      return Date.now() - statSync(lock).mtimeMs > UNREADABLE_GRACE_MS;
    } catch {
      return false;
    }
  }
  const started = Date.parse(owner.started);
  if (Number.isFinite(started) && Date.now() - started > MAX_AGE_MS) return true;
  return owner.host === hostname() && owner.pid !== process.pid && !processIsAlive(owner.pid);
}

/** Creates the lock file if nobody has it: true when this process now owns it. */
function tryCreate(lock: string, workbook: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(lock, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new UserError(
      describeFsError(error, dirname(lock), "folder") ??
        `Не удалось создать файл блокировки рядом с книгой «${workbook}». Книга не изменена.`,
    );
  }
  try {
    const owner: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    writeSync(descriptor, JSON.stringify(owner));
  } finally {
    closeSync(descriptor);
  }
  return true;
}

/** Removes a stale lock, unless someone replaced it meanwhile with a live one. */
function removeStale(lock: string, judged: LockOwner | null): void {
  const now = readOwner(lock);
  if (judged !== null && (now === null || now.pid !== judged.pid || now.host !== judged.host)) return;
  rmSync(lock, { force: true });
}

function busyMessage(workbook: string, lock: string, owner: LockOwner | null): string {
  const since = owner?.started ? new Date(owner.started) : null;
  const time =
    since && !Number.isNaN(since.getTime())
      ? `, начата в ${String(since.getHours()).padStart(2, "0")}:${String(since.getMinutes()).padStart(2, "0")}`
      : "";
  const who =
    owner === null
      ? "другая команда nastavnik"
      : owner.host === hostname()
        ? `другая команда nastavnik (процесс ${owner.pid}${time})`
        : `команда nastavnik на компьютере «${owner.host}» (процесс ${owner.pid}${time})`;
  const elsewhere = owner !== null && owner.host !== hostname();
  const stuck = ` Если ${elsewhere ? "там ничего не" : "никакая команда nastavnik не"} работает, удалите файл «${lock}».`;
  return `Книгу «${workbook}» сейчас изменяет ${who}. Дождитесь её окончания и повторите; книга не изменена.${stuck}`;
}

function waitLimit(): number {
  const fromEnvironment = Number(process.env.NASTAVNIK_LOCK_WAIT_MS);
  return Number.isFinite(fromEnvironment) && fromEnvironment >= 0 ? fromEnvironment : DEFAULT_WAIT_MS;
}

async function acquire(workbook: string, lock: string): Promise<void> {
  const deadline = Date.now() + waitLimit();
  for (;;) {
    if (tryCreate(lock, workbook)) return;
    const owner = readOwner(lock);
    if (isStale(lock, owner)) {
      removeStale(lock, owner);
      continue;
    }
    if (Date.now() >= deadline) throw new UserError(busyMessage(workbook, lock, owner));
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

/**
 * Runs `work` — the whole read-modify-write of the workbook — holding the workbook's lock. Waits a few
 * seconds for another command to finish, then refuses. Nested calls in one process share the lock.
 */
export async function withWorkbookLock<T>(workbook: string, work: () => Promise<T>): Promise<T> {
  const lock = lockFileOf(workbook);
  const depth = held.get(lock) ?? 0;
  if (depth === 0) {
    await acquire(workbook, lock);
    releaseAllOnExit();
  }
  held.set(lock, depth + 1);
  try {
    return await work();
  } finally {
    const left = (held.get(lock) ?? 1) - 1;
    if (left > 0) held.set(lock, left);
    else {
      held.delete(lock);
      rmSync(lock, { force: true });
    }
  }
}

/** Whether this process holds the workbook's lock: only then may leftovers of killed runs be removed. */
export function holdsWorkbookLock(workbook: string): boolean {
  return held.has(lockFileOf(workbook));
}
