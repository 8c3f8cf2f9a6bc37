/** Reading a small count as people write it in Russian: «3», «3,0», «три», «двоих», «не более двух», «1–2». */

/** Word stems of 0…19 with every case ending people use («два», «двух», «двоих», «двумя», «двое»). */
const SMALL: readonly (readonly [number, RegExp])[] = [
  [0, /^(ноль|нуль|ноля|нуля)$/],
  [1, /^(один|одна|одно|одного|одной|одному|одним|одну|одни|одних)$/],
  [2, /^(два|две|двух|двум|двумя|двое|двоих|двоим|двоими)$/],
  [3, /^(три|трех|трем|тремя|трое|троих|троим|троими)$/],
  [4, /^(четыре|четырех|четырем|четырьмя|четверо|четверых)$/],
  [5, /^(пять|пяти|пятью|пятеро|пятерых)$/],
  [6, /^(шесть|шести|шестью|шестеро|шестерых)$/],
  [7, /^(семь|семи|семью|семеро|семерых)$/],
  [8, /^(восемь|восьми|восьмью|восемью)$/],
  [9, /^(девять|девяти|девятью)$/],
  [10, /^(десять|десяти|десятью)$/],
  [11, /^(одиннадцать|одиннадцати)$/],
  [12, /^(двенадцать|двенадцати)$/],
  [13, /^(тринадцать|тринадцати)$/],
  [14, /^(четырнадцать|четырнадцати)$/],
  [15, /^(пятнадцать|пятнадцати)$/],
  [16, /^(шестнадцать|шестнадцати)$/],
  [17, /^(семнадцать|семнадцати)$/],
  [18, /^(восемнадцать|восемнадцати)$/],
  [19, /^(девятнадцать|девятнадцати)$/],
];
const TENS: readonly (readonly [number, RegExp])[] = [
  [20, /^(двадцать|двадцати)$/],
  [30, /^(тридцать|тридцати)$/],
  [40, /^(сорок|сорока)$/],
  [50, /^(пятьдесят|пятидесяти)$/],
  [60, /^(шестьдесят|шестидесяти)$/],
  [70, /^(семьдесят|семидесяти)$/],
  [80, /^(восемьдесят|восьмидесяти)$/],
  [90, /^(девяносто|девяноста)$/],
  [100, /^(сто|ста)$/],
];

function wordValue(word: string, table: readonly (readonly [number, RegExp])[]): number | undefined {
  return table.find(([, pattern]) => pattern.test(word))?.[0];
}

/** Words that only say what is counted or how firmly: dropped before reading the number. */
const FILLER =
  /^(лет|года?|годов|г|л|полных|полных?|человека?|чел|наставляемых|наставляемого|наставляемый|наставляемые|педагогов|педагога|педагог|коллег|коллегу|коллеги|специалистов|специалиста|молодых|новых|сотрудников|сотрудника|в|стаж|стажа|всего|работы|педагогического|педагогический|по|специальности|примерно|около|приблизительно|где|то|почти|более|больше|не|до|максимум|макс|max|можно|готов|готова|взять|могу|смогу|включительно)$/;

/** Words that make the number an approximation or a bound — worth a note, but still the number meant. */
const HEDGES =
  /(^|\s)(примерно|около|приблизительно|где то|почти|не более|не больше|до|максимум|макс|max)(\s|$)/;

export interface ReadNumber {
  /** The number meant; for a range «1–2» its upper end (see `low`). */
  readonly value: number;
  /** The lower end of a range; equal to `value` otherwise. */
  readonly low: number;
  /** Said with «около», «не более», «до», as a range, or with a fraction: a note should say how it was read. */
  readonly approximate: boolean;
}

function wordsValue(words: readonly string[]): number | undefined {
  let total = 0;
  let last: "none" | "ten" | "unit" | "hundred" = "none";
  for (const word of words) {
    const ten = wordValue(word, TENS);
    if (ten !== undefined) {
      if (ten === 100 ? last !== "none" : last === "ten" || last === "unit") return undefined;
      total += ten;
      last = ten === 100 ? "hundred" : "ten";
      continue;
    }
    const small = wordValue(word, SMALL);
    if (small === undefined || last === "unit") return undefined;
    if (last === "ten" && (small === 0 || small >= 10)) return undefined;
    if (last !== "none" && small === 0) return undefined;
    total += small;
    last = "unit";
  }
  return last === "none" ? undefined : total;
}

/** One number in digits («3», «30,0», «2.5») or words («двадцать пять», «полтора», «три с половиной»). */
function single(text: string): { value: number; fraction: boolean } | undefined {
  const digits = /^(\d{1,4})(?:[.,](\d{1,3}))?$/.exec(text);
  if (digits) {
    const value = Number(`${digits[1]}.${digits[2] ?? "0"}`);
    return { value, fraction: !Number.isInteger(value) };
  }
  if (/^(полтора|полторы|полутора)$/.test(text)) return { value: 1.5, fraction: true };
  if (/^(пол|полгода|половина|полугода)$/.test(text)) return { value: 0.5, fraction: true };
  const half = /^(.+?)\s+с\s+половиной$/.exec(text);
  if (half) {
    const whole = single(half[1]!);
    return whole ? { value: whole.value + 0.5, fraction: true } : undefined;
  }
  const value = wordsValue(text.split(" "));
  return value === undefined ? undefined : { value, fraction: false };
}

/**
 * A non-negative number as a person writes it in a form: digits with a decimal comma or point, Russian
 * number words in any case («двух», «троих»), «полтора», with units and hedges around it («3 человека»,
 * «не более двух», «около 18 лет»), or a range («1–2», «2 или 3», «от 1 до 2»). Undefined when the text is
 * not one number or range. Case and «ё» are ignored.
 */
export function readRussianNumber(raw: string): ReadNumber | undefined {
  const folded = raw
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\u00a0/g, " ")
    .trim();
  // A negative number is no count; «минус» is not read either.
  if (/^[-−–]\s*\d|минус/.test(folded)) return undefined;
  const hedged = HEDGES.test(folded.replace(/-/g, " "));
  const words = folded
    .replace(/(\d)\s*[-–—]\s*(\d)/g, "$1 или $2")
    .replace(/(?:^|\s)от\s+(\S+)\s+до\s+(\S+)/g, " $1 или $2")
    .replace(/(\d),(\d)/g, "$1.$2")
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .replace(/(\d)([\p{L}])/gu, "$1 $2")
    .replace(/\.(?!\d)/g, " ")
    .split(" ")
    .filter((word) => word !== "" && !FILLER.test(word));
  const text = words.join(" ");
  if (text === "") return undefined;
  const range = /^(.+?) или (.+)$/.exec(text);
  if (range) {
    const low = single(range[1]!);
    const high = single(range[2]!);
    if (!low || !high || low.value > high.value) return undefined;
    return { value: high.value, low: low.value, approximate: true };
  }
  const one = single(text);
  if (!one) return undefined;
  return { value: one.value, low: one.value, approximate: hedged || one.fraction };
}
