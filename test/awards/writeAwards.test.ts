import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import { readConfirmedAwards } from "../../src/core/awards/awardsRows";
import { AWARDS } from "../../src/core/awards/awardsSheet";
import { writeAwards } from "../../src/core/awards/writeAwards";
import { FINAL_REPORTS } from "../../src/core/finalReports/sheet";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { MENTEES, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns, readRecords } from "../../src/core/schema/table";
import { MEETINGS } from "../../src/core/schema/yearSheets";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { context, demoWorkbook } from "../support/demoWorkbook";

function approvedSchool() {
  const workbook = demoWorkbook();
  proposePairs(workbook, context);
  approvePairs(workbook, context, { all: true });
  const pairs = readRecords(PAIRS, workbook.readAll(PAIRS.name))
    .records.map(({ record }) => record)
    .filter((record) => record.status === "Утверждена");
  return { workbook, pairs };
}

function awardsRecords(workbook: ReturnType<typeof demoWorkbook>) {
  return readRecords(AWARDS, workbook.readAll(AWARDS.name)).records.map(({ record }) => record);
}

const later = { ...context, now: new Date(2027, 4, 20, 9, 0) };

describe("«Награды»", () => {
  it("takes the result of the mentors' final reports from «Итоговые отчёты» (1–10 read as ×10)", () => {
    const { workbook, pairs } = approvedSchool();
    const [first] = pairs;
    appendRecords(workbook, FINAL_REPORTS, [
      { time: new Date(2027, 4, 15), pairId: first!.id!, score: 9, recommendation: "Завершить" },
    ]);
    writeAwards(workbook, later);
    const rows = awardsRecords(workbook).filter((row) => row.nomination === "Лучшая пара");
    expect(rows.find((row) => row.id === first!.id)!.explanation).toContain(
      "итоговый отчёт наставника — 90 из 100",
    );
    expect(rows.find((row) => row.id !== first!.id)!.explanation).toContain(
      "итогового отчёта наставника нет",
    );
  });

  it("lists both nominations with rank, score and explanation, and keeps the coordinator's decisions", () => {
    const { workbook, pairs } = approvedSchool();
    const [first, second] = pairs;
    appendRecords(workbook, MEETINGS, [
      { pairId: first!.id!, date: new Date(2026, 9, 10) },
      { pairId: first!.id!, date: new Date(2026, 10, 10) },
      { pairId: second!.id!, date: new Date(2026, 9, 12) },
    ]);
    const menteeEmail = readRecords(MENTEES, workbook.readAll(MENTEES.name)).records.find(
      ({ record }) => record.id === String(first!.menteeIds),
    )!.record.email;
    appendRecords(workbook, MONITORING, [{ email: menteeEmail!, role: "Наставляемый", overall: 10 }]);

    const result = writeAwards(workbook, later);
    expect(result.summary).toMatch(
      /^Лист «Награды» обновлён: кандидатов \d+; Наставник года: .+; Лучшая пара: .+; поставьте «Да»/,
    );
    const rows = awardsRecords(workbook);
    const best = rows.find((row) => row.nomination === "Лучшая пара" && row.rank === 1)!;
    expect(best.id).toBe(first!.id);
    expect(best.explanation).toContain("2 встречи — лучший результат");
    expect(best.explanation).toContain("оценка наставляемого 10 из 10");
    expect(rows.filter((row) => row.nomination === "Лучшая пара")).toHaveLength(pairs.length);

    // The coordinator confirms the best pair; a later recompute keeps it and updates the score.
    const grid = workbook.readAll(AWARDS.name);
    const map = mapColumns(AWARDS, grid[0]!);
    const row = grid.findIndex((cells) => cells[map.get("id")!] === first!.id);
    workbook.write(AWARDS.name, row, map.get("decision")!, [["Да"]]);
    appendRecords(workbook, MEETINGS, [{ pairId: second!.id!, date: new Date(2026, 11, 1) }]);
    appendRecords(workbook, MEETINGS, [{ pairId: second!.id!, date: new Date(2027, 0, 1) }]);
    writeAwards(workbook, later);
    const again = awardsRecords(workbook).find(
      (one) => one.id === first!.id && one.nomination === "Лучшая пара",
    )!;
    expect(again.decision).toBe("Да");
    expect(again.explanation).toContain("2 встречи из 3 у лучшего");
    expect(readConfirmedAwards(workbook.readAll(AWARDS.name)).map((one) => one.id)).toEqual([first!.id]);
  });

  it("keeps a decided candidate who dropped out, saying why, and confirms nobody not ranked", () => {
    const { workbook, pairs } = approvedSchool();
    writeAwards(workbook, later);
    const grid = workbook.readAll(AWARDS.name);
    const map = mapColumns(AWARDS, grid[0]!);
    const row = grid.findIndex((cells) => cells[map.get("id")!] === pairs[0]!.id);
    workbook.write(AWARDS.name, row, map.get("decision")!, [["Да"]]);
    const pairsGrid = workbook.readAll(PAIRS.name);
    const pairMap = mapColumns(PAIRS, pairsGrid[0]!);
    const pairRow = pairsGrid.findIndex((cells) => cells[pairMap.get("id")!] === pairs[0]!.id);
    workbook.write(PAIRS.name, pairRow, pairMap.get("status")!, [["Отклонена"]]);
    writeAwards(workbook, later);
    const kept = awardsRecords(workbook).find(
      (one) => one.id === pairs[0]!.id && one.nomination === "Лучшая пара",
    )!;
    expect(kept.decision).toBe("Да");
    expect(kept.rank).toBe("");
    expect(kept.explanation).toBe("Не участвует: кандидата больше нет среди пар, работавших в этом году");
    expect(readConfirmedAwards(workbook.readAll(AWARDS.name))).toEqual([]);
  });

  it("refuses all-zero weights in one Russian line and leaves «Награды» as it was", () => {
    const { workbook } = approvedSchool();
    updateSettings(workbook, {
      awardWeightPlan: 0,
      awardWeightMeetings: 0,
      awardWeightSatisfaction: 0,
      awardWeightFinalReport: 0,
    });
    const before = workbook.readAll(AWARDS.name);
    expect(() => writeAwards(workbook, later)).toThrow(/^Все веса рейтинга наград .* равны нулю/);
    expect(workbook.readAll(AWARDS.name)).toEqual(before);
  });
});
