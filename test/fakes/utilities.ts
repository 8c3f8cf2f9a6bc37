import { FakeBlob } from "./drive";
import { formatInZone } from "./timeZones";

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
   * `Utilities.formatDate(date, timeZone, format)` with Java's SimpleDateFormat letters in the given zone
   * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
   */
  formatDate: formatInZone,
};
