/** Russian number formatting: a space between thousands, a comma before the fraction. */

export const NBSP = "\u00a0";
export const THIN_NBSP = "\u202f";

export interface NumberFormatOptions {
  /** Between groups of three digits; a non-breaking space unless told otherwise. */
  readonly separator?: string;
  /**
   * Group only numbers with at least this many digits in the integer part. Russian typography leaves
   * four-digit numbers whole («2022», «1500») and groups from five («12 500»); the default is 5.
   */
  readonly groupFrom?: number;
  /** Digits kept after the comma; trailing zeros are dropped. Default 2. */
  readonly maxFractionDigits?: number;
}

function groupDigits(digits: string, separator: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** 12500 → «12 500» (non-breaking space), 3.5 → «3,5», -1234567 → «-1 234 567». */
export function formatNumber(value: number, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`Не число: ${value}.`);
  const separator = options.separator ?? NBSP;
  const groupFrom = options.groupFrom ?? 5;
  const fractionDigits = options.maxFractionDigits ?? 2;
  const fixed = Math.abs(value).toFixed(fractionDigits);
  const [integerPart = "0", fractionPart = ""] = fixed.split(".");
  const fraction = fractionPart.replace(/0+$/, "");
  const integer = integerPart.length >= groupFrom ? groupDigits(integerPart, separator) : integerPart;
  const negative = value < 0 && (integerPart !== "0" || fraction !== "");
  return `${negative ? "-" : ""}${integer}${fraction === "" ? "" : `,${fraction}`}`;
}

/**
 * The noun form that goes with a count: pluralForm(1, ["пара", "пары", "пар"]) → «пара», 3 → «пары»,
 * 11 → «пар», 21 → «пара».
 */
export function pluralForm(count: number, forms: readonly [one: string, few: string, many: string]): string {
  const n = Math.abs(Math.trunc(count));
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}
