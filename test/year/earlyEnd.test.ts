import { describe, expect, it } from "vitest";
import { dayOf } from "../../src/core/format/dates";
import { approvePairs } from "../../src/core/pairing/approve";
import { readPairRows } from "../../src/core/pairing/pairRows";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { PAIRS } from "../../src/core/schema/sheets";
import {
  EarlyEndError,
  endPairEarly,
  initiatorOfReason,
  reasonWithoutLead,
  recordedReason,
} from "../../src/core/year/earlyEnd";
import { context, demoWorkbook } from "../support/demoWorkbook";

const d = (year: number, month: number, day: number) => ({ year, month, day });
const later = { now: new Date(2026, 11, 1, 9, 0), user: context.user };

function approvedSchool() {
  const workbook = demoWorkbook();
  proposePairs(workbook, context);
  approvePairs(workbook, context, { all: true });
  const rows = readPairRows(workbook.grid(PAIRS.name)).rows;
  const approved = rows.filter((row) => row.status === "Утверждена");
  return { workbook, approved };
}

describe("ending a pair early", () => {
  it("refuses a last day inside the notice term, naming the earliest lawful day", () => {
    const { workbook, approved } = approvedSchool();
    const pair = approved[0]!;
    // Notice on Wednesday 30.12.2026: 31.12 and 1–10.01 are days off, so three working days end on 13.01.2027.
    const attempt = () =>
      endPairEarly(workbook, later, {
        pairId: pair.id,
        initiator: "mentor",
        noticeDate: d(2026, 12, 30),
        endDate: d(2027, 1, 12),
      });
    expect(attempt).toThrow(EarlyEndError);
    expect(attempt).toThrow(/не раньше 13\.01\.2027/);
    expect(readPairRows(workbook.grid(PAIRS.name)).rows.find((row) => row.id === pair.id)!.status).toBe(
      "Утверждена",
    );
  });

  it("records the ending and returns the mentee to matching without touching other pairs", () => {
    const { workbook, approved } = approvedSchool();
    const pair = approved[0]!;
    const others = approved.slice(1).map((row) => [row.id, row.mentorId, row.menteeIds.join(",")]);
    const result = endPairEarly(workbook, later, {
      pairId: pair.id.toLowerCase(),
      initiator: "employer",
      noticeDate: d(2026, 12, 1),
    });
    expect(result.endDate).toEqual(d(2026, 12, 4));
    const ended = readPairRows(workbook.grid(PAIRS.name)).rows.find((row) => row.id === pair.id)!;
    expect(ended.status).toBe("Прекращена досрочно");
    expect(dayOf(ended.record.endedOn)).toEqual(d(2026, 12, 4));
    expect(String(ended.record.endReason)).toContain("работодателем");

    proposePairs(workbook, later);
    const rows = readPairRows(workbook.grid(PAIRS.name)).rows;
    for (const [id, mentor, mentees] of others) {
      const row = rows.find((candidate) => candidate.id === id)!;
      expect([row.mentorId, row.menteeIds.join(","), row.status]).toEqual([mentor, mentees, "Утверждена"]);
    }
    const menteeId = pair.menteeIds[0]!;
    const again = rows.filter((row) => row.menteeIds.includes(menteeId) && row.status === "Предложена");
    expect(again).toHaveLength(1);
    expect(again[0]!.mentorId).not.toBe(pair.mentorId);
    expect(
      rows.filter((row) => row.mentorId === pair.mentorId && row.menteeIds.includes(menteeId)),
    ).toHaveLength(1);
  });

  it("refuses to end a pair that is not approved", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const proposed = readPairRows(workbook.grid(PAIRS.name)).rows.find((row) => row.status === "Предложена")!;
    expect(() => endPairEarly(workbook, later, { pairId: proposed.id, initiator: "mentor" })).toThrow(
      /только утверждённую/,
    );
    expect(() => endPairEarly(workbook, later, { pairId: "ПР-999", initiator: "mentor" })).toThrow(
      /нет на листе/,
    );
  });
});

describe("the reason «Пары» records", () => {
  it("is led by who ended the pair unless the coordinator's words say it, and the lead comes off again", () => {
    expect(recordedReason("mentor", "переезд в другой город")).toBe(
      "отказ наставника — переезд в другой город",
    );
    expect(recordedReason("mentor", "Отказ наставника по состоянию здоровья")).toBe(
      "Отказ наставника по состоянию здоровья",
    );
    expect(recordedReason("employer", " ")).toContain("отмена работодателем");
    for (const initiator of ["mentor", "employer"] as const)
      for (const typed of ["", "переезд", "нарушение графика встреч"])
        expect(initiatorOfReason(recordedReason(initiator, typed))).toBe(initiator);
    expect(reasonWithoutLead("решение работодателя — сокращение объёма работы")).toBe(
      "сокращение объёма работы",
    );
    expect(initiatorOfReason("по семейным обстоятельствам")).toBeNull();
  });
});
