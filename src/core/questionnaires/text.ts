import type { Cell } from "../cell";

/** Characters that make Google Sheets or Excel read a typed value as a formula. */
const FORMULA_START = /^[=+\-@]/;
const ESCAPED_FORMULA = /^'[=+\-@]/;

/**
 * Makes a text that would be read as a formula (`=`, `+`, `-`, `@` first) a plain text by prefixing
 * an apostrophe — the text marker of both Google Sheets and Excel. Idempotent.
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text as the person typed it: removes the apostrophe `escapeFormula` added. */
export function unescapeFormula(text: string): string {
  return ESCAPED_FORMULA.test(text) ? text.slice(1) : text;
}

/** `escapeFormula` for a cell: numbers, dates and booleans pass as they are. */
export function escapeCell(cell: Cell): Cell {
  return typeof cell === "string" ? escapeFormula(cell) : cell;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** One line: NFC, invisible characters removed, every run of white space becomes one space, trimmed. */
export function collapseSpaces(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Several lines: like `collapseSpaces` within each line; at most one empty line in a row. */
export function cleanParagraph(text: string): string {
  return text
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Lower case per UTF-16 unit, «ё» → «е»: keeps the length, so positions in both strings agree. */
export function foldChars(text: string): string {
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const one = lower.length === ch.length ? lower : ch;
    out += one === "ё" ? "е" : one;
  }
  return out;
}

/** The key two texts are compared by: spaces collapsed, case and «ё»/«е» ignored. */
export function foldKey(text: string): string {
  return foldChars(collapseSpaces(text));
}

/** Cuts a text to `max` characters without splitting a surrogate pair. */
export function truncate(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { text: text.slice(0, end).trimEnd(), truncated: true };
}

const EMAIL = /^[^\s@,;:<>()[\]"']+@[^\s@,;:<>()[\]"']+\.[^\s@,;:<>()[\]"'.]{2,}$/u;

/** Trimmed, lower-cased, without a `mailto:`; `valid` tells whether it looks like an address at all. */
export function normalizeEmail(raw: string): { email: string; valid: boolean } {
  const email = collapseSpaces(raw)
    .replace(/^mailto:/i, "")
    .replace(/^<(.*)>$/, "$1")
    .toLowerCase();
  return { email, valid: EMAIL.test(email) && !email.includes("..") };
}

/** «21.11.2025 19:08», in the time zone the code runs in (the script's, in Apps Script). */
export function formatDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** A typed value inside a message: in «», cut to a readable length. */
export function quote(text: string, max = 60): string {
  const cut = truncate(collapseSpaces(text), max);
  return `«${cut.text}${cut.truncated ? "…" : ""}»`;
}

/** The key a question title or column header is recognised by: `foldKey` without trailing «?», «:», «*». */
export function titleKey(text: string): string {
  return foldKey(text).replace(/[\s?:.!*]+$/, "");
}
