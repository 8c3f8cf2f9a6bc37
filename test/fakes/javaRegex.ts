/**
 * Apps Script's Body.replaceText takes an RE2 pattern and a replacement in Java's Matcher syntax:
 * «$n» is a group, «\x» is a literal x, a «$» not followed by a group number is an error.
 */
export function javaReplace(text: string, pattern: string, replacement: string): string {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, "g");
  } catch (error) {
    throw new Error(`Invalid RE2 pattern: ${pattern} (${(error as Error).message})`);
  }
  return text.replace(regex, (...match) => {
    const groups = match.slice(0, -2) as (string | undefined)[];
    let out = "";
    for (let i = 0; i < replacement.length; i++) {
      const ch = replacement[i]!;
      if (ch === "\\") {
        i++;
        if (i >= replacement.length) throw new Error("character to be escaped is missing");
        out += replacement[i];
      } else if (ch === "$") {
        const digits = /^\d+/.exec(replacement.slice(i + 1))?.[0];
        if (!digits) throw new Error("Illegal group reference");
        const group = Number(digits[0]);
        if (group >= groups.length) throw new Error(`No group ${group}`);
        out += groups[group] ?? "";
        i += 1;
      } else out += ch;
    }
    return out;
  });
}
