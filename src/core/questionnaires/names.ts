import { collapseSpaces, foldKey, quote, truncate, unescapeFormula } from "./text";

/** Longest surname, first name or patronymic kept; longer ones are cut, with a reason. */
export const NAME_MAX_LENGTH = 60;

/** Punctuation that sneaks in around a name («Иванов.», «"Мария"»); `-`, `=`, `+`, `@` are not stray. */
const STRAY_START = /^[\s.,;:!?"'`´«»„“”‘’()[\]{}<>_*/\\|~#№]+/u;
const STRAY_END = /[\s.,;:!?"'`´«»„“”‘’()[\]{}<>_*/\\|~#№\-‐‑‒–—―]+$/u;
const DASHES = /\s*[-‐‑‒–—―]\s*/gu;
const APOSTROPHES = /\s*[’ʼ`´‘]\s*/gu;
const VALID_NAME = /^\p{L}+(?:[ '-]\p{L}+)*$/u;
const LETTER = /\p{L}/u;
const NON_CYRILLIC_LETTER = /(?!\p{Script=Cyrillic})\p{L}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
/** Parts of Turkic patronymics written in lower case: «Мамед оглы». */
const LOWER_PARTICLES = new Set(["оглы", "кызы", "улы", "уулу"]);

function capitalizePart(part: string, isFirst: boolean): string {
  if (!LETTER.test(part)) return part;
  const lower = part.toLowerCase();
  if (!isFirst && LOWER_PARTICLES.has(lower.replace(/ё/g, "е"))) return lower;
  const rest = part.slice(1);
  // «иванова», «ИВАНОВА», «иВАНОВА» → «Иванова»; a deliberate mixed case («МакКой») is kept.
  const plain = rest === rest.toLowerCase() || rest === rest.toUpperCase();
  return part.slice(0, 1).toUpperCase() + (plain ? rest.toLowerCase() : rest);
}

/** Capitalises each part of a name separated by a space, hyphen or apostrophe. */
export function capitalizeName(name: string): string {
  let first = true;
  return name
    .split(/([ '-])/)
    .map((part) => {
      if (part === " " || part === "-" || part === "'") return part;
      const out = capitalizePart(part, first);
      if (part) first = false;
      return out;
    })
    .join("");
}

export interface NameResult {
  /** The normalised name as text (not formula-escaped yet); "" when nothing usable was typed. */
  readonly value: string;
  /** Reasons for «Требует проверки», in Russian; the value is kept anyway. */
  readonly problems: string[];
}

/**
 * Normalises one part of a person's name: spaces collapsed, stray punctuation around it removed,
 * dashes and apostrophes unified, capitalised («иванова-петрова» → «Иванова-Петрова»). «ё» stays as typed.
 * Not letters, non-Cyrillic letters and overly long names are flagged but kept.
 */
export function normalizePersonName(raw: string, label: string): NameResult {
  const problems: string[] = [];
  let name = collapseSpaces(raw).replace(STRAY_START, "").replace(STRAY_END, "");
  // A leading dash («-Иванов») stays: it is an error the coordinator must see, not stray punctuation.
  name = name.replace(DASHES, "-").replace(APOSTROPHES, "'");
  if (!name) return { value: "", problems };
  const cut = truncate(name, NAME_MAX_LENGTH);
  if (cut.truncated) {
    problems.push(`«${label}»: длиннее ${NAME_MAX_LENGTH} символов, сохранено начало — проверьте`);
    name = cut.text;
  }
  name = capitalizeName(name);
  if (!VALID_NAME.test(name)) {
    problems.push(`«${label}»: ${quote(name)} — допустимы только буквы, дефис, апостроф и пробел`);
  } else if (NON_CYRILLIC_LETTER.test(name)) {
    problems.push(
      CYRILLIC_LETTER.test(name)
        ? `«${label}»: в ${quote(name)} латинские буквы вперемешку с русскими — проверьте написание`
        : `«${label}»: ${quote(name)} написано не кириллицей — проверьте написание`,
    );
  }
  return { value: name, problems };
}

/** The key a person is matched by: surname, name and patronymic, case and «ё»/«е» ignored. */
export function personKey(lastName: string, firstName: string, middleName: string): string {
  const last = foldKey(unescapeFormula(lastName));
  const first = foldKey(unescapeFormula(firstName));
  if (!last || !first) return "";
  return `${last}|${first}|${foldKey(unescapeFormula(middleName))}`;
}
