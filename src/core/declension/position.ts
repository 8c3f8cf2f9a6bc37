/**
 * A position or role declined as officialese needs it: «учитель биологии и химии» → «учителю биологии и
 * химии», «старший воспитатель» → «старшего воспитателя», «заведующий» → «заведующего». The leading
 * adjectives and the head noun (both halves of «учитель-логопед») are declined; everything after the head
 * noun already stands in its own case («директора по УВР», «начальных классов») and is kept.
 * Positions are masculine nouns of animate persons, so the accusative is the genitive.
 */
import type { GrammaticalCase } from "./cases";

type Endings = Readonly<Record<Exclude<GrammaticalCase, "им">, string>>;

const HARD_ADJECTIVE: Endings = { род: "ого", дат: "ому", вин: "ого", твор: "ым", пред: "ом" };
const VELAR_ADJECTIVE: Endings = { род: "ого", дат: "ому", вин: "ого", твор: "им", пред: "ом" };
const SOFT_ADJECTIVE: Endings = { род: "его", дат: "ему", вин: "его", твор: "им", пред: "ем" };
const HARD_NOUN: Endings = { род: "а", дат: "у", вин: "а", твор: "ом", пред: "е" };
const SIBILANT_NOUN: Endings = { род: "а", дат: "у", вин: "а", твор: "ем", пред: "е" };
const SOFT_NOUN: Endings = { род: "я", дат: "ю", вин: "я", твор: "ем", пред: "е" };
const FEMININE_NOUN: Endings = { род: "ы", дат: "е", вин: "у", твор: "ой", пред: "е" };

/** Words ending like an adjective (masculine): «старший», «социальный», «заведующий». */
function adjectiveEnding(word: string): { stem: string; endings: Endings } | null {
  const lower = word.toLocaleLowerCase("ru");
  if (lower.length < 4) return null;
  const stem = word.slice(0, -2);
  const before = lower.charAt(lower.length - 3);
  if (lower.endsWith("ый")) return { stem, endings: HARD_ADJECTIVE };
  if (lower.endsWith("ой"))
    return { stem, endings: "гкхжшчщ".includes(before) ? VELAR_ADJECTIVE : HARD_ADJECTIVE };
  if (lower.endsWith("ий"))
    return { stem, endings: "гкх".includes(before) ? VELAR_ADJECTIVE : SOFT_ADJECTIVE };
  return null;
}

/** A word written in capitals or with digits («ОБЖ», «ИЗО», «1С») is an abbreviation, never declined. */
function isAbbreviation(word: string): boolean {
  return /\d/.test(word) || (word.length > 1 && word === word.toLocaleUpperCase("ru"));
}

function declineNoun(word: string, grammaticalCase: Exclude<GrammaticalCase, "им">): string {
  if (isAbbreviation(word)) return word;
  const lower = word.toLocaleLowerCase("ru");
  const last = lower.charAt(lower.length - 1);
  if (last === "ь") return word.slice(0, -1) + SOFT_NOUN[grammaticalCase];
  if (last === "а") {
    const velar = "гкхжшчщ".includes(lower.charAt(lower.length - 2));
    const ending = FEMININE_NOUN[grammaticalCase];
    return word.slice(0, -1) + (velar && ending === "ы" ? "и" : ending);
  }
  if (/[аеёиоуыэюя]$/.test(lower)) return word;
  return word + ("жшчщц".includes(last) ? SIBILANT_NOUN : HARD_NOUN)[grammaticalCase];
}

/** The position in the case; the nominative and an empty text are returned as they are. */
export function declinePosition(position: string, grammaticalCase: GrammaticalCase): string {
  if (grammaticalCase === "им" || position.trim() === "") return position;
  const words = position.split(" ");
  const out: string[] = [];
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index] ?? "";
    const adjective = isAbbreviation(word) ? null : adjectiveEnding(word);
    if (adjective === null) break;
    out.push(adjective.stem + adjective.endings[grammaticalCase]);
  }
  // An adjectival noun alone («заведующий», «заведующий хозяйством») is its own head.
  const head = words[index];
  const nextIsHead = head !== undefined && (out.length === 0 || !/^(по|в|при|с|для)$/i.test(head));
  if (
    nextIsHead &&
    head !== undefined &&
    !(out.length > 0 && /^\p{Ll}/u.test(head) && isGenitiveLike(head))
  ) {
    out.push(
      head
        .split("-")
        .map((part) => declineNoun(part, grammaticalCase))
        .join("-"),
    );
    index++;
  }
  return [...out, ...words.slice(index)].join(" ");
}

/** «хозяйством», «отделения»: a word after an adjectival noun that is already in an oblique case. */
function isGenitiveLike(word: string): boolean {
  return /(ом|ем|ем|ия|ого|его|ов|ей|ами|ями|ы)$/i.test(word);
}
