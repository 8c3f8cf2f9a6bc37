/** File names that every file system (Windows included) and Google Drive accept. */

/** Longest name in characters, without the extension: well within Windows' 255, leaving room for a path. */
export const MAX_FILE_NAME = 120;

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A name cut to the limit in the middle, its last « — » part (a pair's or person's ID) kept. */
function shorten(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_FILE_NAME) return name;
  const cut = name.lastIndexOf(" — ");
  const tail = cut >= 0 && Array.from(name.slice(cut)).length <= 30 ? name.slice(cut) : "";
  const head = chars.slice(0, MAX_FILE_NAME - 1 - Array.from(tail).length).join("");
  return `${head.trimEnd()}…${tail}`;
}

/**
 * «Программа наставничества — Смирнова А. Д. — ПР-003» stays as it is; characters no file system allows
 * become «_», control characters and runs of spaces collapse, a too long name is cut in the middle (with
 * «…», keeping the ID at its end, which is what makes names unique) and trailing dots and spaces — which
 * Windows drops — are removed.
 */
export function sanitizeFileName(name: string): string {
  const clean = name
    .replace(/\p{Cc}/gu, " ")
    .replace(/[<>:"/\\|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim();
  const out = shorten(clean).replace(/[. ]+$/, "");
  return out === "" || RESERVED.test(out) ? `_${out}` : out;
}
