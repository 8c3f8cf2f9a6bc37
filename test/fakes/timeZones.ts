/**
 * Wall clocks of named time zones, for the fakes of Sheets and `Utilities.formatDate`. Node's Intl
 * carries the same IANA database Google uses, so an offset here is the offset Google applies.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let found = formatters.get(zone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, found);
  }
  return found;
}

export interface WallClock {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** How far `zone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(zone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const parts = formatter(zone).formatToParts(new Date(whole));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const year = get("year") * (parts.some((part) => part.type === "era" && part.value === "BC") ? -1 : 1);
  const wall = Date.UTC(year, get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - whole;
}

/** The wall clock of `zone` at `instant`. */
export function wallClock(zone: string, instant: number): WallClock {
  const shifted = new Date(instant + zoneOffsetMs(zone, instant));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

/** The instant at which `zone`'s wall clock shows the given time (the earlier one in a DST overlap). */
export function instantAt(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = zoneOffsetMs(zone, utc);
  const guess = utc - first;
  const second_ = zoneOffsetMs(zone, guess);
  return new Date(second_ === first ? guess : utc - second_);
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * `Utilities.formatDate(date, timeZone, format)`: a `SimpleDateFormat` pattern in the given zone. The
 * letters the script and the fakes use: y, M, d, H, m, s, S, Z (RFC 822 offset «+0300»), and quoted text.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 */
export function formatInZone(date: Date, zone: string, pattern: string): string {
  const instant = date.getTime();
  const clock = wallClock(zone, instant);
  return pattern.replace(
    /'([^']*)'|([yMdHmsSZ])\2*/g,
    (token, quoted: string | undefined, letter: string) => {
      if (quoted !== undefined) return quoted === "" ? "'" : quoted;
      const width = token.length;
      switch (letter) {
        case "y":
          return width === 2 ? two(clock.year % 100) : String(clock.year).padStart(width, "0");
        case "M":
          return String(clock.month).padStart(width, "0");
        case "d":
          return String(clock.day).padStart(width, "0");
        case "H":
          return String(clock.hour).padStart(width, "0");
        case "m":
          return String(clock.minute).padStart(width, "0");
        case "s":
          return String(clock.second).padStart(width, "0");
        case "S":
          return String(clock.millisecond).padStart(width, "0");
        default: {
          const minutes = Math.trunc(zoneOffsetMs(zone, instant) / 60_000);
          const sign = minutes < 0 ? "-" : "+";
          const abs = Math.abs(minutes);
          return `${sign}${two(Math.floor(abs / 60))}${two(abs % 60)}`;
        }
      }
    },
  );
}
