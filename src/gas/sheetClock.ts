import { type Cell, isDate } from "../core/cell";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Zone offsets change on quarter hours of UTC (whole local hours of zones offset by 15-minute steps). */
const BUCKET_MS = 15 * 60_000;
const WALL_PATTERN = "yyyy MM dd HH mm ss";

/**
 * Sheets keeps a date as a wall-clock time in the spreadsheet's time zone and hands it to the script as
 * the instant that wall clock shows there; the script's Dates follow the script's zone (the manifest's).
 * The core reads and writes wall clocks (the day of a Date is its `getDate()`), so a Date read from the
 * spreadsheet is moved to show the spreadsheet's wall clock in the script's zone, and moved back when
 * written: a school in Novosibirsk typing «01.09.2026» gets 1 September, not 31 August.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
 */
export class SheetClock {
  private readonly offsets = new Map<number, number>();

  /**
   * `sameZone`: the spreadsheet's zone is the script's, so a Date already shows the right wall clock and
   * nothing is moved (no formatDate calls).
   */
  constructor(
    readonly zone: string,
    private readonly sameZone = false,
  ) {}

  /** How far the zone's wall clock is ahead of UTC at `instant` (ms), one formatDate per quarter hour. */
  private offsetMs(instant: number): number {
    const bucket = Math.floor(instant / BUCKET_MS) * BUCKET_MS;
    const known = this.offsets.get(bucket);
    if (known !== undefined) return known;
    const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = Utilities.formatDate(
      new Date(bucket),
      this.zone,
      WALL_PATTERN,
    )
      .split(" ")
      .map(Number);
    const offset = Date.UTC(year, month - 1, day, hour, minute, second) - bucket;
    this.offsets.set(bucket, offset);
    return offset;
  }

  /** A Date whose own (script-zone) fields show the spreadsheet's wall clock at `date`'s instant. */
  toWall(date: Date): Date {
    if (this.sameZone || Number.isNaN(date.getTime())) return new Date(date.getTime());
    const shifted = new Date(date.getTime() + this.offsetMs(date.getTime()));
    const wall = new Date(0);
    wall.setFullYear(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
    wall.setHours(
      shifted.getUTCHours(),
      shifted.getUTCMinutes(),
      shifted.getUTCSeconds(),
      shifted.getUTCMilliseconds(),
    );
    return wall;
  }

  /** The instant at which the spreadsheet's wall clock shows what `date`'s own fields show. */
  fromWall(date: Date): Date {
    if (this.sameZone || Number.isNaN(date.getTime())) return new Date(date.getTime());
    const utc = Date.UTC(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
      date.getSeconds(),
      date.getMilliseconds(),
    );
    const first = this.offsetMs(utc);
    const second = this.offsetMs(utc - first);
    return new Date(utc - (second === first ? first : second));
  }

  /** A cell as read from the spreadsheet, its Date moved to the wall clock. */
  read(cell: unknown): Cell {
    if (isDate(cell)) return this.toWall(cell);
    if (cell === null || cell === undefined) return "";
    if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") return cell;
    return String(cell);
  }

  /** A cell to write, its Date moved back from the wall clock. */
  write(cell: Cell): Cell {
    return isDate(cell) ? this.fromWall(cell) : cell;
  }
}

/**
 * The zone the script's own Dates follow — in Apps Script the manifest's, `Session.getScriptTimeZone()`.
 * Asked of the runtime itself (its Dates and Intl share one zone), which costs no service call.
 */
export function runtimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {
    return "";
  }
}

/** The clock of the spreadsheet: its own time zone; nothing to move when it is the script's. */
export function sheetClock(spreadsheet: Spreadsheet): SheetClock {
  const zone = spreadsheet.getSpreadsheetTimeZone();
  return new SheetClock(zone, zone === runtimeZone());
}

/** The script's «now» on the spreadsheet's wall clock, for log lines, «Обновлено» and today's date. */
export function wallNow(spreadsheet: Spreadsheet): Date {
  return sheetClock(spreadsheet).toWall(new Date());
}
