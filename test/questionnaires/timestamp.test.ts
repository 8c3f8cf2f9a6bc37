import { describe, expect, it } from "vitest";
import { floorToSecond, parseTimestamp } from "../../src/core/questionnaires/timestamp";

describe("parseTimestamp", () => {
  it.each([
    ["21.11.2025 19:08:05", new Date(2025, 10, 21, 19, 8, 5)],
    ["21.11.2025 9:08", new Date(2025, 10, 21, 9, 8, 0)],
    ["21.11.2025", new Date(2025, 10, 21)],
    ["11/21/2025 19:08:05", new Date(2025, 10, 21, 19, 8, 5)],
    ["21/11/2025 19:08:05", new Date(2025, 10, 21, 19, 8, 5)],
    ["2025-11-21 19:08:05", new Date(2025, 10, 21, 19, 8, 5)],
    ["2025/11/21 12:15:00 AM", new Date(2025, 10, 21, 0, 15, 0)],
    ["2025/11/21 7:08:05 пп", new Date(2025, 10, 21, 19, 8, 5)],
  ])("reads %s in local time", (text, expected) => {
    expect(parseTimestamp(text)).toEqual(expected);
  });

  it.each([
    ["2025/11/21 7:08:05 PM GMT+3", "2025-11-21T16:08:05.000Z"],
    ["2025/11/21 7:08:05 PM GMT-03:30", "2025-11-21T22:38:05.000Z"],
    ["2025-11-21T16:08:05.123Z", "2025-11-21T16:08:05.000Z"],
    ["2025-11-21 19:08:05 +0300", "2025-11-21T16:08:05.000Z"],
  ])("reads %s with its zone", (text, iso) => {
    expect(parseTimestamp(text)?.toISOString()).toBe(iso);
  });

  it("reads a Date and a spreadsheet serial number", () => {
    const date = new Date(2025, 10, 21, 19, 8, 5);
    expect(parseTimestamp(date)).toBe(date);
    expect(parseTimestamp(45982.5)).toEqual(new Date(2025, 10, 21, 12, 0, 0));
  });

  it.each([
    "",
    "вчера",
    "31.02.2025 10:00",
    "21.13.2025",
    "21.11.2025 25:00",
    "2025/11/21 13:00 PM",
    true,
    null,
  ])("refuses %s", (value) => {
    expect(parseTimestamp(value)).toBeUndefined();
  });

  it("floors to the second", () => {
    expect(floorToSecond(new Date(Date.UTC(2025, 0, 1, 0, 0, 0, 999))).toISOString()).toBe(
      "2025-01-01T00:00:00.000Z",
    );
  });
});
