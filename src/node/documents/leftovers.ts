import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";

/** `Приказ.docx.12345.tmp`: a document being written by process 12345 (see `writeAtomically`). */
const TEMPORARY = /\.docx\.(\d+)\.tmp$/;

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes half-written documents that a killed `generate` left in the output folder and its kind
 * folders; a file of a process still running (another book's `generate` into the same folder) stays.
 */
export async function removeDocumentLeftovers(outDir: string): Promise<void> {
  const folders = [outDir];
  try {
    for (const entry of await readdir(outDir, { withFileTypes: true }))
      if (entry.isDirectory()) folders.push(join(outDir, entry.name));
  } catch {
    return; // No folder yet: nothing left over.
  }
  for (const folder of folders) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const pid = TEMPORARY.exec(name)?.[1];
      if (pid !== undefined && Number(pid) !== process.pid && !processIsAlive(Number(pid)))
        await rm(join(folder, name), { force: true });
    }
  }
}
