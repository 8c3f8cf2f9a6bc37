/**
 * Russian typography of an official document: what must never be split at the end of a line is joined
 * by a non-breaking space (or hyphen). Applied to the default templates' text and to every value a
 * template prints, so that Google Docs and .docx show the same.
 */
const NBSP = "\u00a0";
const NB_HYPHEN = "\u2011";

const MONTHS_GENITIVE = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";

const RULES: readonly (readonly [RegExp, string])[] = [
  // «№ 7», «§ 2»
  [/([№§]) +/g, `$1${NBSP}`],
  // «г. Заречный», «им. А. С. Макаренко», «ст. 351.8», «ч. 4», «п. 2»
  [/(^|[^\p{L}])(г|им|ст|ч|п|пп|гл|т|д|ул)\. +(?=[\p{L}\d«])/gu, `$1$2.${NBSP}`],
  // «2027 г.», «2026–2027 гг.», «3 000 руб.», «5 %», «3 рабочих дня»
  [
    /(\d) +(гг?\.|руб\.|коп\.|%|рабоч\p{L}* дн\p{L}*|дн(?:я|ей|ь)\b|месяц\p{L}*|лет\b|год\p{L}*)/gu,
    `$1${NBSP}$2`,
  ],
  // «{{Дата|год}} г.» in a template: the year a tag prints keeps its «г.»
  [/\}\} +(гг?\.|руб\.)/g, `}}${NBSP}$1`],
  // «18 ноября»
  [new RegExp(`(\\d) +(${MONTHS_GENITIVE})`, "g"), `$1${NBSP}$2`],
  // «152-ФЗ», «273-ФЗ»
  [/(\d)-(ФЗ|ФКЗ)/g, `$1${NB_HYPHEN}$2`],
  // Initials: «М. П. Иванова», «Иванова М. П.»
  [/(^|[^\p{L}])(\p{Lu}\.) +(?=\p{Lu}\.)/gu, `$1$2${NBSP}`],
  [/(^|[^\p{L}])(\p{Lu}\.) +(?=\p{Lu}\p{Ll})/gu, `$1$2${NBSP}`],
  // «Белов А. Н.», but not «Директор И. В. Соколова» (initials followed by a surname are not his)
  [
    /(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) +(?=\p{Lu}\.[\s\u00a0]?\p{Lu}\.(?![\s\u00a0]*\p{Lu}\p{Ll}))/gu,
    `$1${NBSP}`,
  ],
  // A dash never starts a line: «пара — форма»
  [/ +— /g, `${NBSP}— `],
];

export function typography(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  // Rules that overlap («М. П.» then «П. Иванова») need a second pass over what the first one joined.
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}
