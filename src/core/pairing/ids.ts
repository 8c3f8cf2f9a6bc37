/** Latin letters that look like Cyrillic ones: «PR-001» typed on the wrong layout is «ПР-001» to a reader. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
  Y: "У",
};

/**
 * An ID as a coordinator may type it — «пр-001», «ПР-001 », «PР-001» with a Latin letter — reduced to one
 * key, so that an ID is found however it was typed.
 */
export function idKey(id: string): string {
  return id
    .trim()
    .toLocaleUpperCase("ru")
    .replace(/Ё/g, "Е")
    .replace(/[ABCEHKMOPTXY]/g, (letter) => LOOKALIKES[letter] ?? letter)
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

export function sameId(a: string, b: string): boolean {
  return idKey(a) === idKey(b);
}
