import { FakeBlob } from "./drive";

/**
 * `Utilities.newBlob(data, contentType, name)` (https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(Byte,String,String)):
 * `data` is Java's `byte[]`, so each number must be an integer from −128 to 127 — a `Uint8Array` or
 * bytes above 127 are refused, as Apps Script refuses to convert them.
 */
export const FakeUtilities = {
  newBlob(data: readonly number[] | string, contentType = "", name = ""): GoogleAppsScript.Base.Blob {
    if (typeof data === "string")
      return new FakeBlob(name, contentType, data) as unknown as GoogleAppsScript.Base.Blob;
    if (!Array.isArray(data) || data.some((byte) => !Number.isInteger(byte) || byte < -128 || byte > 127))
      throw new Error("Cannot convert Array to Byte[].");
    const bytes = Uint8Array.from(data, (byte) => byte & 0xff);
    return new FakeBlob(name, contentType, "", bytes) as unknown as GoogleAppsScript.Base.Blob;
  },

  /**
   * `Utilities.formatDate(date, timeZone, format)` with Java's SimpleDateFormat letters; the fake knows
   * yyyy, MM, dd, HH, mm, ss (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
   */
  formatDate(date: Date, timeZone: string, format: string): string {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-GB", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        hourCycle: "h23",
      })
        .formatToParts(date)
        .map((part) => [part.type, part.value]),
    );
    const letters: Record<string, string> = {
      yyyy: parts.year ?? "",
      MM: parts.month ?? "",
      dd: parts.day ?? "",
      HH: parts.hour ?? "",
      mm: parts.minute ?? "",
      ss: parts.second ?? "",
    };
    return format.replace(/yyyy|MM|dd|HH|mm|ss/g, (letter) => letters[letter] ?? letter);
  },
};
