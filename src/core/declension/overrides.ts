/**
 * A person's name forms written by the coordinator in a bank: the columns «ФИО в родительном падеже» and
 * «ФИО в дательном падеже», and the compact «Другие падежи ФИО» for the rest —
 * «вин: Кравца Ивана Петровича; твор: Кравцом Иваном Петровичем; пред: Кравце Иване Петровиче».
 * A form written here wins over the rules everywhere the name is declined (see `declineFull`).
 */
import { CASE_TITLES, GRAMMATICAL_CASES, type GrammaticalCase } from "./cases";
import { normaliseSpaces } from "./person";

export type NameOverrides = Partial<Record<GrammaticalCase, string>>;

export interface ParsedOverrides {
  readonly overrides: NameOverrides;
  /** Pieces of «Другие падежи ФИО» that name no case, as written. */
  readonly unreadable: readonly string[];
}

/** «вин», «винительный», «В. п.» → the case; null for anything else. */
function caseOf(label: string): GrammaticalCase | null {
  const key = label.toLocaleLowerCase("ru").replace(/[.\s]/g, "");
  for (const grammaticalCase of GRAMMATICAL_CASES) {
    const title = CASE_TITLES[grammaticalCase];
    if (key === grammaticalCase || (key.length >= 3 && title.startsWith(key))) return grammaticalCase;
  }
  return null;
}

export function parseNameOverrides(genitive: string, dative: string, others: string): ParsedOverrides {
  const overrides: NameOverrides = {};
  const unreadable: string[] = [];
  for (const piece of others.split(/[;\n]/)) {
    if (piece.trim() === "") continue;
    const colon = piece.indexOf(":");
    const grammaticalCase = colon < 0 ? null : caseOf(piece.slice(0, colon));
    const form = colon < 0 ? "" : normaliseSpaces(piece.slice(colon + 1));
    if (grammaticalCase === null || form === "") unreadable.push(piece.trim());
    else overrides[grammaticalCase] = form;
  }
  // The two columns of their own win over the same case written in «Другие падежи ФИО».
  if (normaliseSpaces(genitive) !== "") overrides.род = normaliseSpaces(genitive);
  if (normaliseSpaces(dative) !== "") overrides.дат = normaliseSpaces(dative);
  return { overrides, unreadable };
}
