/**
 * Declension of each name part: lvovich's rules plus a thin layer of corrections where it is wrong for
 * real names. Every correction is covered by a test in test/declension.
 *
 * Corrections:
 * 1. A woman's surname ending in a consonant, «й» or «ь» is never declined (lvovich declines «Цой», «Вий»
 *    for women: «Цоя Анны»).
 * 2. The first part of «Бонч-Бруевич», «Тер-Петросян», «Кара-Мурза» is not declined (lvovich has this
 *    rule but never applies it: its tag is spelled «first_word» in the rules and «firstWord» in the code).
 * 3. Women's first names ending in «ь» follow the third declension («Айгюль» → «Айгюли», «Айгюлью»),
 *    not only the few lvovich knows («Любовь», «Нинель»).
 * 4. «Илья» in the instrumental is «Ильёй» (lvovich: «Ильей»), as «ё» is kept in names.
 * 5. A Turkic patronymic «Рашид кызы» / «Гейдар оглы» is never declined.
 * 6. A surname in «-ей» that drops its «е» («Воробей» → «Воробья») has a stressed ending, so the
 *    instrumental is «Воробьём» (lvovich: «Воробьем»).
 * 7. A man's surname «Лев» is the noun «лев», not a possessive in «-ев»: «Льва», «Львом» (lvovich: «Левым»).
 * 8. Foreign surnames in «-ин» («Дарвин», «Чаплин») are nouns: instrumental «Дарвином» (lvovich: «Дарвиным»).
 *    Russian ones («Пушкин») keep «-ым»; only the listed ones are told apart. Any other choice («Кравец»:
 *    «Кравца» or «Кравеца») is the coordinator's, through the bank's columns of name forms.
 * Capitalisation is normalised before lvovich sees a name: it matches rules in lower case but appends
 * endings in lower case too, so «ИВАНОВ» would become «ИВАНОВа».
 */
import { inclineFirstname, inclineLastname, inclineMiddlename } from "lvovich/lib/index.js";
import { type GrammaticalCase, LVOVICH_CASE } from "./cases";
import type { Sex } from "./gender";
import { patronymicParticle } from "./person";

const VOWELS = "аеёиоуыэюя";

/** First parts of double surnames that stay as they are: «Бонч-Бруевича», «Тер-Петросяну». */
const UNDECLINED_FIRST_PARTS: ReadonlySet<string> = new Set([
  "бонч",
  "абдул",
  "белиц",
  "гасан",
  "дюссар",
  "дюмон",
  "книппер",
  "корвин",
  "ван",
  "шолом",
  "тер",
  "призван",
  "мелик",
  "вар",
  "фон",
  "кара",
  "сен",
  "сент",
]);

/** Individual fixes of lvovich's output: nominative → case → correct form. */
const FIRST_NAME_FIXES: Readonly<Record<string, Partial<Record<GrammaticalCase, string>>>> = {
  Илья: { твор: "Ильёй" },
};

function endsWithVowel(word: string): boolean {
  const last = word.charAt(word.length - 1).toLocaleLowerCase("ru");
  return last !== "" && VOWELS.includes(last);
}

function declineHyphenated(name: string, declinePart: (part: string, index: number) => string): string {
  return name
    .split(" ")
    .map((word) => word.split("-").map(declinePart).join("-"))
    .join(" ");
}

/** Foreign surnames in «-ин» declined as nouns (see correction 8). */
const FOREIGN_IN_SURNAMES: ReadonlySet<string> = new Set([
  "дарвин",
  "чаплин",
  "франклин",
  "кронин",
  "болдуин",
  "мартин",
]);

/** Corrections 7 and 8 for a man's surname, or null when lvovich's form stands. */
function nounSurname(part: string, grammaticalCase: GrammaticalCase): string | null {
  const lower = part.toLocaleLowerCase("ru");
  if (lower === "лев") return inclineFirstname(part, LVOVICH_CASE[grammaticalCase], "male");
  if (FOREIGN_IN_SURNAMES.has(lower) && grammaticalCase === "твор") return `${part}ом`;
  return null;
}

export function declineLastName(lastName: string, grammaticalCase: GrammaticalCase, sex: Sex | null): string {
  if (grammaticalCase === "им" || lastName === "") return lastName;
  const parts = lastName.split("-").length;
  return declineHyphenated(lastName, (part, index) => {
    if (parts > 1 && index === 0 && UNDECLINED_FIRST_PARTS.has(part.toLocaleLowerCase("ru"))) return part;
    if (sex === "female" && !endsWithVowel(part)) return part;
    const noun = sex === "female" ? null : nounSurname(part, grammaticalCase);
    if (noun !== null) return noun;
    const declined = inclineLastname(part, LVOVICH_CASE[grammaticalCase], sex);
    const stressedEnding = grammaticalCase === "твор" && /ей$/i.test(part) && declined.endsWith("ьем");
    return stressedEnding ? `${declined.slice(0, -2)}ём` : declined;
  });
}

function thirdDeclension(name: string, grammaticalCase: GrammaticalCase): string {
  const stem = name.slice(0, -1);
  switch (grammaticalCase) {
    case "им":
    case "вин":
      return name;
    case "твор":
      return `${stem}ью`;
    default:
      return `${stem}и`;
  }
}

export function declineFirstName(
  firstName: string,
  grammaticalCase: GrammaticalCase,
  sex: Sex | null,
): string {
  if (grammaticalCase === "им" || firstName === "") return firstName;
  return declineHyphenated(firstName, (part) => {
    const fixed = FIRST_NAME_FIXES[part]?.[grammaticalCase];
    if (fixed !== undefined) return fixed;
    if (sex === "female" && part.toLocaleLowerCase("ru").endsWith("ь")) {
      return thirdDeclension(part, grammaticalCase);
    }
    return inclineFirstname(part, LVOVICH_CASE[grammaticalCase], sex);
  });
}

export function declineMiddleName(
  middleName: string,
  grammaticalCase: GrammaticalCase,
  sex: Sex | null,
): string {
  if (grammaticalCase === "им" || middleName === "") return middleName;
  if (patronymicParticle(middleName) !== null) return middleName;
  return inclineMiddlename(middleName, LVOVICH_CASE[grammaticalCase], sex);
}
