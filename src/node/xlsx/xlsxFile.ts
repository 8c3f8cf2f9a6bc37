import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { access, chmod, constants, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import { UserError } from "../command";
import { type FileRole, fileKindProblem, sniffFile } from "../files/fileKind";
import { describeFsError } from "../fsErrors";
import { rememberAutoFilters, restoreAutoFilters } from "./autoFilters";
import { normalizePartLayout } from "./partLayout";
import { holdsWorkbookLock, workbookTarget } from "./workbookLock";
import { XlsxPort } from "./xlsxPort";

/** exceljs, loaded on first use: it alone costs a fifth of a second, which `match-json` and `--help` need not pay. */
async function excel(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

/**
 * Reads .xlsx bytes into exceljs. Whatever else the file is (an .xls, an .ods, a password-protected or
 * truncated book…) is refused with a sentence naming it; a book written by openpyxl or pandas is first
 * given Excel's part layout, which exceljs needs.
 */
export async function loadXlsx(bytes: Uint8Array, path: string, role: FileRole): Promise<ExcelJS.Workbook> {
  const kind = sniffFile(bytes);
  const problem = fileKindProblem(kind, path, role);
  if (problem !== null || kind.kind !== "xlsx") throw new UserError(problem ?? "");
  const readable = normalizePartLayout(kind.zip)
    ? kind.zip.generate({ type: "uint8array", compression: "DEFLATE" })
    : bytes;
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(readable as unknown as ArrayBuffer);
  } catch {
    throw new UserError(
      `Файл «${path}» повреждён: это книга Excel, но её части не читаются. Откройте её в Excel или LibreOffice и сохраните заново как .xlsx${role === "workbook" ? ", или возьмите резервную копию" : ""}.`,
    );
  }
  if (role === "workbook") rememberAutoFilters(workbook, kind.zip);
  return workbook;
}

/**
 * Opens an existing .xlsx, or starts an empty workbook when the file does not exist yet — or, with
 * `emptyIsNew` (for `init`), when it is a zero-byte file, as «Создать → Лист Microsoft Excel» may leave.
 */
export async function openWorkbook(
  path: string,
  { mustExist, emptyIsNew = false }: { mustExist: boolean; emptyIsNew?: boolean },
): Promise<XlsxPort> {
  if (holdsWorkbookLock(path)) await removeLeftovers(path);
  if (!existsSync(path)) {
    if (mustExist)
      throw new UserError(`Файл «${path}» не найден. Создайте книгу командой «nastavnik init ${path}».`);
    return new XlsxPort(new (await excel()).Workbook());
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UserError(describeFsError(error, path) ?? `Не удалось прочитать «${path}».`);
  }
  if (emptyIsNew && bytes.length === 0) return new XlsxPort(new (await excel()).Workbook());
  return new XlsxPort(await loadXlsx(bytes, path, "workbook"));
}

export const OPEN_ELSEWHERE =
  "Книга открыта в Excel или LibreOffice — закройте её и повторите; файл не изменён";

/** The lock files Excel (`~$книга.xlsx`) and LibreOffice (`.~lock.книга.xlsx#`) keep next to an open book. */
function lockFiles(path: string): string[] {
  const folder = dirname(path);
  const name = basename(path);
  return [join(folder, `~$${name}`), join(folder, `.~lock.${name}#`)];
}

/** A temporary file of a save: `книга.xlsx.<uuid>.tmp` next to the book. */
function temporaryName(target: string): string {
  return `${target}.${randomUUID()}.tmp`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Removes temporary files that a killed save left next to the book. Called only under the workbook's
 * lock, when no other save of this book can be running.
 */
async function removeLeftovers(path: string): Promise<void> {
  const target = workbookTarget(path);
  const pattern = new RegExp(
    `^${escapeRegExp(basename(target))}\\.[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.tmp$`,
  );
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) if (pattern.test(name)) await rm(join(dirname(target), name), { force: true });
}

/** A file whose every write bit is off is read-only, as the coordinator set it — also for root, whom `access` lets through. */
function isReadOnly(mode: number): boolean {
  return (mode & 0o222) === 0;
}

/**
 * Refuses, before anything is written, a save that would fail or do harm: the book open in Excel or
 * LibreOffice, a read-only book, a folder the program may not write to. `generate` calls it before
 * making any document, so that documents never exist without their links in the book.
 */
export async function assertCanSave(path: string): Promise<void> {
  const target = workbookTarget(path);
  for (const book of new Set([path, target]))
    if (lockFiles(book).some((lock) => existsSync(lock)))
      throw new UserError(`«${path}»: ${OPEN_ELSEWHERE}.`);
  let mode: number | null = null;
  try {
    const info = await stat(target);
    if (info.isDirectory())
      throw new UserError(`«${path}» — это папка, а нужен файл книги .xlsx. Укажите файл.`);
    mode = info.mode;
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      throw new UserError(describeFsError(error, path) ?? `Не удалось проверить «${path}».`);
  }
  const readOnly = `Книга «${path}» только для чтения — снимите этот атрибут в свойствах файла (или сохраните копию под другим именем) и повторите; книга не изменена.`;
  if (mode !== null) {
    if (isReadOnly(mode)) throw new UserError(readOnly);
    try {
      await access(target, constants.W_OK);
    } catch {
      throw new UserError(readOnly);
    }
  }
  try {
    await access(dirname(target), constants.W_OK);
  } catch (error) {
    throw new UserError(
      `${describeFsError(error, dirname(target), "folder") ?? `Нет прав на запись в папку «${dirname(target)}».`} Книга не изменена.`,
    );
  }
}

/** Writes the bytes to a new file and flushes them to the disk, so that the rename never publishes a hole. */
async function writeDurably(path: string, bytes: Uint8Array, mode: number | null): Promise<void> {
  const handle = await open(path, "wx", mode ?? 0o666);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // `open` applies the umask; an existing book keeps exactly the mode it had.
  if (mode !== null) await chmod(path, mode);
}

/** Flushes the folder's entry of the renamed file; not possible everywhere (Windows), so best effort. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data itself is on disk already; only the rename might be replayed by the file system.
  }
}

/**
 * Saves through a temporary file in the book's folder, flushed to disk, and a rename, so that a failure
 * never leaves a half-written workbook in place of the coordinator's file. A book reached through a
 * symlink is written to its target (the link stays a link); its mode is kept. A book open in Excel or
 * LibreOffice, or read-only, is not touched.
 */
export async function saveWorkbook(port: XlsxPort, path: string): Promise<void> {
  await assertCanSave(path);
  const target = workbookTarget(path);
  const mode = await stat(target).then(
    (info) => info.mode & 0o7777,
    () => null,
  );
  const temporary = temporaryName(target);
  try {
    // The fastest deflate level: a district's workbook compresses a few per cent worse, in a third of the time.
    const written = await port.workbook.xlsx.writeBuffer({ zip: { compressionOptions: { level: 1 } } });
    const bytes = restoreAutoFilters(port.workbook, new Uint8Array(written));
    await writeDurably(temporary, bytes, mode);
    await rename(temporary, target);
    await syncFolder(dirname(target));
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    // Windows refuses to replace a file another program holds open.
    if (code === "EBUSY" || code === "EPERM") throw new UserError(`«${path}»: ${OPEN_ELSEWHERE}.`);
    const reason = describeFsError(error, path);
    throw new UserError(`Не удалось сохранить «${path}»${reason ? `: ${reason}` : "."} Файл не изменён.`);
  }
}
