import { collapseSpaces, foldChars, foldKey } from "./text";

/** The option the answer is (case, spaces and «ё»/«е» ignored), or undefined. */
export function matchOption(answer: string, options: readonly string[]): string | undefined {
  const key = foldKey(answer);
  if (!key) return undefined;
  return options.find((option) => foldKey(option) === key);
}

export interface SplitResult {
  /** Recognised options, in their canonical spelling, each once, in the order of the text. */
  readonly known: string[];
  /** Pieces of the text that are no option, trimmed. */
  readonly unknown: string[];
}

const SEPARATOR = /^[\s,;]+/;

/** Folded options, longest first, per list: a bank of thousands of people splits against one list. */
const foldedLists = new WeakMap<readonly string[], { option: string; key: string }[]>();

function longestFirst(options: readonly string[]): { option: string; key: string }[] {
  let folded = foldedLists.get(options);
  if (folded === undefined) {
    folded = options
      .map((option) => ({ option, key: foldKey(option) }))
      .filter((candidate) => candidate.key !== "")
      .sort((a, b) => b.key.length - a.key.length);
    foldedLists.set(options, folded);
  }
  return folded;
}

/**
 * Splits a checkbox answer joined with ", " (as Google Forms exports it) back into options, although
 * an option may itself contain a comma: at each position the longest option that starts there and ends
 * at the end of the text or before a comma wins; text no option accounts for — up to the next comma after
 * which an option starts — is reported as unknown. A list (a live response) is matched item by item.
 */
export function splitOptions(answer: string | readonly string[], options: readonly string[]): SplitResult {
  const known: string[] = [];
  const unknown: string[] = [];
  const addKnown = (option: string) => {
    if (!known.includes(option)) known.push(option);
  };
  if (typeof answer !== "string") {
    for (const item of answer) {
      const text = collapseSpaces(item);
      if (!text) continue;
      const option = matchOption(text, options);
      if (option !== undefined) addKnown(option);
      else unknown.push(text);
    }
    return { known, unknown };
  }
  const text = collapseSpaces(answer);
  const folded = foldChars(text);
  const candidates = longestFirst(options);
  const optionAt = (position: number) =>
    candidates.find(({ key }) => {
      if (!folded.startsWith(key, position)) return false;
      const end = position + key.length;
      return end === folded.length || /^\s*[,;]/.test(folded.slice(end, end + 8));
    });
  let position = 0;
  while (position < text.length) {
    const skip = SEPARATOR.exec(text.slice(position));
    if (skip) {
      position += skip[0].length;
      continue;
    }
    const found = optionAt(position);
    if (found) {
      addKnown(found.option);
      position += found.key.length;
      continue;
    }
    // Unknown text runs to the next separator after which an option starts, or to the end.
    let end = text.length;
    for (let i = position + 1; i < text.length; i++) {
      if (text[i] !== "," && text[i] !== ";") continue;
      const next = i + 1 + (SEPARATOR.exec(text.slice(i + 1))?.[0].length ?? 0);
      if (next < text.length && optionAt(next)) {
        end = i;
        break;
      }
    }
    const piece = text.slice(position, end).replace(/[\s,;]+$/, "");
    if (piece) unknown.push(piece);
    position = end;
  }
  return { known, unknown };
}

/** How a checkbox answer is stored in a bank cell: like the Google Forms export, joined with ", ". */
export function joinOptions(options: readonly string[]): string {
  return options.join(", ");
}
