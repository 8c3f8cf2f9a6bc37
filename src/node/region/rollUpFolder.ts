import { readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { Context } from "../../core/ports";
import { type RegionEntry, type RegionProblem, type Rollup, rollUp } from "../../core/region/rollup";
import {
  REGION_EXTENSIONS,
  type RegionFileResult,
  readRegionFile,
  UNREADABLE_TABLES,
} from "./readRegionFile";

/** Files open at once: enough to overlap reading with parsing, few enough to keep memory flat. */
const CONCURRENCY = 4;

const collator = new Intl.Collator("ru", { numeric: true });

/** Excel's and LibreOffice's lock files and hidden files are never organisations' files. */
function isNoise(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$");
}

/**
 * The files of the folder and its sub-folders that the roll-up reads (or names as unreadable), sorted,
 * without `skip` (the summary being written, which a second run would otherwise read as a school).
 */
export async function regionFiles(
  folder: string,
  skip: string,
): Promise<{ files: string[]; ignored: number }> {
  const files: string[] = [];
  let ignored = 0;
  const skipped = resolve(skip);
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => collator.compare(a.name, b.name));
    for (const entry of entries) {
      if (isNoise(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (resolve(path) === skipped) continue;
      else {
        const extension = entry.name.slice(entry.name.lastIndexOf(".")).toLowerCase();
        if (REGION_EXTENSIONS.has(extension) || UNREADABLE_TABLES.has(extension)) files.push(path);
        else ignored++;
      }
    }
  };
  await visit(folder);
  return { files, ignored };
}

/** A path as «Проблемы» and «Свод» show it: from the region's folder, with «/» on every system. */
function shownPath(folder: string, path: string): string {
  return relative(folder, path).split(sep).join("/");
}

/**
 * Reads the files one by one (a few at a time), keeping only each file's checked row, never its
 * workbook, and rolls the rows up. `progress` hears after each file.
 */
export async function rollUpFiles(
  folder: string,
  files: readonly string[],
  context: Context,
  progress: (done: number, total: number, file: string) => void = () => {},
): Promise<Rollup> {
  const entries: RegionEntry[] = [];
  const problems: RegionProblem[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const path = files[next++]!;
      const file = shownPath(folder, path);
      const result: RegionFileResult = await readRegionFile(path, file, context);
      entries.push(...result.entries);
      problems.push(...result.problems);
      progress(++done, files.length, file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return rollUp(entries, problems);
}
