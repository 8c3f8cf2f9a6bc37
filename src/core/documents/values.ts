/** Small conversions from sheet cells to template values: names, places, counts. */
import { type Cell, cellText } from "../cell";
import type { PersonName } from "../declension/person";
import { pluralForm } from "../format/numbers";
import { typography } from "../format/typography";

/** «№ 7», «г. Заречный» never split at the end of a line (see `typography`). */
export const keepTogether = typography;

/** «Соколова Ирина Викторовна» → the person value; `null` when there is no surname and first name. */
export function personFromText(text: string): PersonName | null {
  const words = text
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .split(" ");
  const [lastName = "", firstName = "", ...rest] = words;
  if (lastName === "" || firstName === "") return null;
  return { lastName, firstName, middleName: rest.join(" ") };
}

/** «24 года», «1 год», «5 лет»; a dash, as a table shows an empty cell, when blank or not a number. */
export function experienceText(value: Cell | undefined): string {
  const text = cellText(value).replace(",", ".");
  const years = Number(text);
  if (text === "" || !Number.isFinite(years) || years < 0) return "—";
  if (years < 1) return "менее года";
  if (!Number.isInteger(years)) return `${text.replace(".", ",")} года`;
  return `${years} ${pluralForm(years, ["год", "года", "лет"])}`;
}
