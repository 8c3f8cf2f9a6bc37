import type { GrammaticalCase } from "./cases";
import { declineFirstName, declineLastName, declineMiddleName } from "./corrections";
import { inferSex } from "./gender";
import { normaliseNamePart, normaliseSpaces, type PersonName, patronymicParticle } from "./person";

/** How a person is written: «Иванова Мария Петровна», «Иванова М. П.» or «М. П. Иванова». */
export type PersonForm = "full" | "short" | "initialsFirst";

export interface NameParts {
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName: string;
}

/** Thrown when a name cannot be written at all (no surname or no first name). */
export class PersonNameError extends Error {
  override readonly name = "PersonNameError";
}

function normalisedParts(person: PersonName): NameParts {
  const parts = {
    lastName: normaliseNamePart(person.lastName),
    firstName: normaliseNamePart(person.firstName),
    middleName: normaliseNamePart(person.middleName),
  };
  if (parts.lastName === "" || parts.firstName === "") {
    const missing = parts.lastName === "" ? "Не указана фамилия" : "Не указано имя";
    const known = [parts.lastName, parts.firstName, parts.middleName].filter((p) => p !== "").join(" ");
    throw new PersonNameError(`${missing}${known === "" ? "" : ` у «${known}»`}.`);
  }
  return parts;
}

/** Each part of the name in the given case, by the rules (overrides are not consulted). */
export function declineParts(person: PersonName, grammaticalCase: GrammaticalCase): NameParts {
  const parts = normalisedParts(person);
  const sex = inferSex(person);
  return {
    lastName: declineLastName(parts.lastName, grammaticalCase, sex),
    firstName: declineFirstName(parts.firstName, grammaticalCase, sex),
    middleName: declineMiddleName(parts.middleName, grammaticalCase, sex),
  };
}

function override(person: PersonName, grammaticalCase: GrammaticalCase): string | null {
  const text = person.overrides?.[grammaticalCase];
  if (text === undefined || text === null) return null;
  const normalised = normaliseSpaces(text);
  return normalised === "" ? null : normalised;
}

/** «Ивановой Марии Петровны». A per-person override for the case wins over the rules. */
export function declineFull(person: PersonName, grammaticalCase: GrammaticalCase = "им"): string {
  const fromOverride = override(person, grammaticalCase);
  if (fromOverride !== null) return fromOverride;
  const parts = declineParts(person, grammaticalCase);
  return [parts.lastName, parts.firstName, parts.middleName].filter((p) => p !== "").join(" ");
}

/** The surname in the case; from the override when there is one (its leading words). */
function declinedLastName(person: PersonName, grammaticalCase: GrammaticalCase): string {
  const fromOverride = override(person, grammaticalCase);
  if (fromOverride === null) return declineParts(person, grammaticalCase).lastName;
  const words = normalisedParts(person).lastName.split(" ").length;
  return fromOverride.split(" ").slice(0, words).join(" ");
}

function initial(namePart: string): string {
  return namePart
    .split("-")
    .map((chunk) => {
      const letter = Array.from(chunk).find((ch) => /\p{L}/u.test(ch));
      return letter === undefined ? "" : `${letter.toLocaleUpperCase("ru")}.`;
    })
    .filter((chunk) => chunk !== "")
    .join("-");
}

/** «М. П.»; «М.» without a patronymic; «А.-М. П.» for «Анна-Мария»; «А. Р.» for «Айгюль Рашид кызы». */
export function personInitials(person: PersonName): string {
  const parts = normalisedParts(person);
  const middle =
    patronymicParticle(parts.middleName) === null ? parts.middleName : parts.middleName.split(" ")[0];
  return [initial(parts.firstName), initial(middle ?? "")].filter((p) => p !== "").join(" ");
}

/** «Ивановой М. П.» — the surname in the case, then the initials. */
export function declineShort(person: PersonName, grammaticalCase: GrammaticalCase = "им"): string {
  return `${declinedLastName(person, grammaticalCase)} ${personInitials(person)}`;
}

/** «М. П. Ивановой» — initials first, as under a signature. */
export function declineInitialsFirst(person: PersonName, grammaticalCase: GrammaticalCase = "им"): string {
  return `${personInitials(person)} ${declinedLastName(person, grammaticalCase)}`;
}

export function formatPerson(person: PersonName, grammaticalCase: GrammaticalCase, form: PersonForm): string {
  switch (form) {
    case "full":
      return declineFull(person, grammaticalCase);
    case "short":
      return declineShort(person, grammaticalCase);
    case "initialsFirst":
      return declineInitialsFirst(person, grammaticalCase);
  }
}
