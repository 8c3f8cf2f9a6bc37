/** Days and parts of the day someone wrote in «Удобное время для встреч», as far as they can be read. */
export interface MeetingSlots {
  readonly days: ReadonlySet<string>;
  readonly parts: ReadonlySet<string>;
}

const DAYS: [RegExp, string][] = [
  [/понедельн|\bпн\b/, "понедельник"],
  [/вторн|\bвт\b/, "вторник"],
  [/сред[аеуы]|\bср\b/, "среда"],
  [/четверг|\bчт\b/, "четверг"],
  [/пятниц|\bпт\b/, "пятница"],
  [/суббот|\bсб\b/, "суббота"],
];
const WEEKDAYS = ["понедельник", "вторник", "среда", "четверг", "пятница"];

const PARTS: [RegExp, string][] = [
  [/утр|до уроков|до занятий|до обеда/, "утро"],
  [/днём|днем|\bдень\b|обед|после уроков|после занятий/, "день"],
  [/вечер/, "вечер"],
];

function partOfHour(hour: number): string {
  if (hour < 12) return "утро";
  return hour < 17 ? "день" : "вечер";
}

export function parseMeetingSlots(text: string): MeetingSlots {
  const lower = ` ${text.toLowerCase().replace(/ё/g, "е")} `;
  const days = new Set(DAYS.filter(([pattern]) => pattern.test(lower)).map(([, day]) => day));
  if (/будн/.test(lower)) for (const day of WEEKDAYS) days.add(day);
  const parts = new Set(PARTS.filter(([pattern]) => pattern.test(lower)).map(([, part]) => part));
  // exec in a loop, not matchAll: the Apps Script bundle keeps to ES2019 built-ins.
  const hours = /(\d{1,2})[:.]\d{2}|(?:после|с)\s+(\d{1,2})\b/g;
  for (let match = hours.exec(lower); match; match = hours.exec(lower)) {
    const hour = Number(match[1] ?? match[2]);
    if (hour >= 6 && hour <= 22) parts.add(partOfHour(hour));
  }
  return { days, parts };
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] | undefined {
  if (a.size === 0 || b.size === 0) return [];
  const common = [...a].filter((item) => b.has(item));
  return common.length ? common : undefined;
}

/**
 * What two people's times have in common, or undefined when they clash or say nothing comparable.
 * A dimension one of them left open (no day named) does not clash.
 */
export function commonTime(a: MeetingSlots, b: MeetingSlots): string | undefined {
  const days = shared(a.days, b.days);
  const parts = shared(a.parts, b.parts);
  if (!days || !parts || days.length + parts.length === 0) return undefined;
  return [...days, ...parts].join(", ");
}
