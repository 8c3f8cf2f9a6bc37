import { getGender } from "lvovich/lib/index.js";
import {
  FEMALE_PATRONYMIC_PARTICLES,
  normaliseNamePart,
  type PersonName,
  patronymicParticle,
} from "./person";

/** Grammatical gender of a person, as the declension rules need it. */
export type Sex = "female" | "male";

/** Reads the stored «Ж»/«М» (tolerating «ж», «жен.», «мужской»…); anything else is unknown. */
export function storedSex(gender: string | null | undefined): Sex | null {
  const first = (gender ?? "").trim().charAt(0).toLocaleUpperCase("ru");
  if (first === "Ж") return "female";
  if (first === "М") return "male";
  return null;
}

/** «…вич», «…ич», «…оглы» → male; «…вна», «…чна», «…кызы» → female; otherwise unknown. */
export function sexFromPatronymic(middleName: string | null | undefined): Sex | null {
  const middle = normaliseNamePart(middleName).toLocaleLowerCase("ru");
  if (middle === "") return null;
  const particle = patronymicParticle(middle);
  if (particle !== null) {
    return (FEMALE_PATRONYMIC_PARTICLES as readonly string[]).includes(particle) ? "female" : "male";
  }
  if (middle.endsWith("ич")) return "male";
  if (middle.endsWith("вна") || middle.endsWith("чна") || middle.endsWith("шна")) return "female";
  return null;
}

/**
 * The stored gender if there is one, else the patronymic's, else lvovich's guess from the first name and
 * surname when it is certain. `null` when nobody can tell (then each part is declined by its own form).
 */
export function inferSex(person: PersonName): Sex | null {
  const stored = storedSex(person.gender);
  if (stored !== null) return stored;
  const byPatronymic = sexFromPatronymic(person.middleName);
  if (byPatronymic !== null) return byPatronymic;
  const guessed = getGender({
    first: normaliseNamePart(person.firstName),
    last: normaliseNamePart(person.lastName),
  });
  return guessed === "female" || guessed === "male" ? guessed : null;
}

/** Same as `inferSex`, in the sheet's notation «Ж»/«М». */
export function inferGender(person: PersonName): "Ж" | "М" | null {
  const sex = inferSex(person);
  if (sex === null) return null;
  return sex === "female" ? "Ж" : "М";
}

/** The form of a word that agrees with the person: `agreeing(sex, "не подобран", "не подобрана")`. */
export function agreeing(sex: Sex | null | undefined, masculine: string, feminine: string): string {
  if (sex === "female") return feminine;
  if (sex === "male") return masculine;
  // Unknown: «не подобран(а)» where the feminine only adds an ending, else the role noun's own masculine.
  return feminine.startsWith(masculine) ? `${masculine}(${feminine.slice(masculine.length)})` : masculine;
}
