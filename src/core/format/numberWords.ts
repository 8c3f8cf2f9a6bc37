import { pluralForm } from "./numbers";

/** Grammatical gender of the counted noun: «один наставник», «одна пара», «одно занятие». */
export type CountGender = "м" | "ж" | "ср";

const UNITS_MASCULINE = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
const TEENS = [
  "десять",
  "одиннадцать",
  "двенадцать",
  "тринадцать",
  "четырнадцать",
  "пятнадцать",
  "шестнадцать",
  "семнадцать",
  "восемнадцать",
  "девятнадцать",
];
const TENS = [
  "",
  "",
  "двадцать",
  "тридцать",
  "сорок",
  "пятьдесят",
  "шестьдесят",
  "семьдесят",
  "восемьдесят",
  "девяносто",
];
const HUNDREDS = [
  "",
  "сто",
  "двести",
  "триста",
  "четыреста",
  "пятьсот",
  "шестьсот",
  "семьсот",
  "восемьсот",
  "девятьсот",
];

const SCALES: readonly { readonly forms: readonly [string, string, string]; readonly gender: CountGender }[] =
  [
    { forms: ["тысяча", "тысячи", "тысяч"], gender: "ж" },
    { forms: ["миллион", "миллиона", "миллионов"], gender: "м" },
  ];

function unitWord(digit: number, gender: CountGender): string {
  if (digit === 1) return gender === "ж" ? "одна" : gender === "ср" ? "одно" : "один";
  if (digit === 2) return gender === "ж" ? "две" : "два";
  return UNITS_MASCULINE[digit] ?? "";
}

/** 0…999 in words, or an empty list for 0. */
function triadWords(n: number, gender: CountGender): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(HUNDREDS[hundreds] ?? "");
  if (rest >= 10 && rest < 20) {
    words.push(TEENS[rest - 10] ?? "");
  } else {
    const tens = Math.floor(rest / 10);
    const units = rest % 10;
    if (tens > 0) words.push(TENS[tens] ?? "");
    if (units > 0) words.push(unitWord(units, gender));
  }
  return words;
}

/**
 * A whole number from 0 to 999 999 999 in words, for small counts in documents:
 * numberInWords(21, "ж") → «двадцать одна» (пара), numberInWords(2000) → «две тысячи».
 */
export function numberInWords(value: number, gender: CountGender = "м"): string {
  if (!Number.isInteger(value) || value < 0 || value > 999_999_999) {
    throw new RangeError(`Прописью пишутся только целые числа от 0 до 999 999 999, а не ${value}.`);
  }
  if (value === 0) return "ноль";
  const words: string[] = [];
  const millions = Math.floor(value / 1_000_000);
  const thousands = Math.floor(value / 1000) % 1000;
  const units = value % 1000;
  for (const [count, scale] of [
    [millions, SCALES[1]],
    [thousands, SCALES[0]],
  ] as const) {
    if (count === 0 || scale === undefined) continue;
    words.push(...triadWords(count, scale.gender), pluralForm(count, scale.forms));
  }
  words.push(...triadWords(units, gender));
  return words.join(" ");
}
