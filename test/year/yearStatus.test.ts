import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import { dayOf } from "../../src/core/format/dates";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { PAIRS, ROADMAP } from "../../src/core/schema/sheets";
import { mapColumns, readRecords } from "../../src/core/schema/table";
import { MEETINGS, PLANS } from "../../src/core/schema/yearSheets";
import { refreshYear } from "../../src/core/year/yearStatus";
import { context, demoWorkbook } from "../support/demoWorkbook";
import type { MemoryWorkbook } from "../support/memoryWorkbook";

const december = { now: new Date(2026, 11, 1, 9, 0), user: context.user };

function approvedSchool(): { workbook: MemoryWorkbook; pairIds: string[] } {
  const workbook = demoWorkbook();
  proposePairs(workbook, context);
  approvePairs(workbook, context, { all: true });
  const pairIds = readRecords(PAIRS, workbook.grid(PAIRS.name))
    .records.filter(({ record }) => record.status === "Утверждена")
    .map(({ record }) => String(record.id));
  return { workbook, pairIds };
}

function pairRecord(workbook: MemoryWorkbook, id: string) {
  return readRecords(PAIRS, workbook.grid(PAIRS.name)).records.find(({ record }) => record.id === id)!.record;
}

describe("the programme year", () => {
  it("fills «Планы» once per approved pair and never touches a marked item again", () => {
    const { workbook, pairIds } = approvedSchool();
    expect(pairIds.length).toBeGreaterThan(2);
    const first = refreshYear(workbook, december);
    const items = readRecords(PLANS, workbook.grid(PLANS.name)).records;
    expect(first.planItemsAdded).toBe(items.length);
    expect(new Set(items.map(({ record }) => record.pairId))).toEqual(new Set(pairIds));
    for (const { record } of items) expect(dayOf(record.due)).not.toBeNull();

    const grid = workbook.grid(PLANS.name);
    const mark = mapColumns(PLANS, grid[0]!).get("mark")!;
    grid[1]![mark] = "Выполнено";
    const again = refreshYear(workbook, december);
    expect(again.planItemsAdded).toBe(0);
    expect(workbook.grid(PLANS.name)).toHaveLength(grid.length);
    expect(workbook.grid(PLANS.name)[1]![mark]).toBe("Выполнено");
  });

  it("counts each pair's meetings, the last one and the days since, and the plan done", () => {
    const { workbook, pairIds } = approvedSchool();
    const [met, stalled] = pairIds as [string, string];
    appendRecords(workbook, MEETINGS, [
      { pairId: met, date: new Date(2026, 9, 5), kind: "Организационная" },
      { pairId: met.toLowerCase(), date: new Date(2026, 10, 20), kind: "Регулярная" },
      { pairId: met, date: new Date(2027, 0, 15), kind: "Регулярная" }, // planned, not held yet
    ]);
    const status = refreshYear(workbook, december);
    const record = pairRecord(workbook, met);
    expect(record.meetingCount).toBe(2);
    expect(dayOf(record.lastMeeting)).toEqual({ year: 2026, month: 11, day: 20 });
    expect(record.daysWithoutMeeting).toBe(11);
    expect(record.planDone).toBe(0);
    expect(pairRecord(workbook, stalled).meetingCount).toBe(0);
    expect(pairRecord(workbook, stalled).daysWithoutMeeting).toBe(61);

    const noMeetings = status.attention
      .filter((item) => item.kind === "noMeetings")
      .map((item) => item.subject);
    expect(noMeetings).toContain(stalled);
    expect(noMeetings).not.toContain(met);
    const line = status.attention.find((item) => item.subject === stalled && item.kind === "noMeetings")!;
    expect(line.text).toMatch(/61 день с начала программы.*лист «Встречи»/);
  });

  it("writes nothing to «Пары» when nothing changed, and keeps the coordinator's own cells", () => {
    const { workbook, pairIds } = approvedSchool();
    const grid = workbook.grid(PAIRS.name);
    const note = mapColumns(PAIRS, grid[0]!).get("note")!;
    const own = grid[0]!.length;
    grid[0]![own] = "Мой столбец";
    grid[1]![note] = "позвонить в пятницу";
    grid[1]![own] = '=C2&"!"';
    refreshYear(workbook, december);
    expect(workbook.grid(PAIRS.name)[1]![note]).toBe("позвонить в пятницу");
    expect(workbook.grid(PAIRS.name)[1]![own]).toBe('=C2&"!"');
    const writes = workbook.writes;
    refreshYear(workbook, december);
    expect(workbook.writes).toBe(writes);
    expect(pairIds.length).toBeGreaterThan(0);
  });

  it("lists overdue plan items, programmes not made and mentees without a pair, each with what to do", () => {
    const { workbook } = approvedSchool();
    const march = { now: new Date(2027, 2, 1, 9, 0), user: context.user };
    const status = refreshYear(workbook, march);
    const kinds = new Set(status.attention.map((item) => item.kind));
    expect(kinds).toContain("overduePlan");
    expect(kinds).toContain("noProgramme");
    expect(kinds).toContain("roadmap");
    for (const item of status.attention) expect(item.text).toMatch(/ — |; /);
    const overdue = status.attention.find((item) => item.kind === "overduePlan")!;
    expect(overdue.text).toContain("лист");
  });

  it("names a mentee left without a pair for support and a continued search", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const status = refreshYear(workbook, december);
    const without = status.attention.filter((item) => item.kind === "withoutPair");
    expect(without.length).toBeGreaterThan(0);
    expect(without[0]!.text).toMatch(/поддержку.*продолжите подбор наставника/);
  });
});

describe("the roadmap's facts", () => {
  it("says next to each activity what the data shows, and a second run writes nothing", () => {
    const { workbook, pairIds } = approvedSchool();
    appendRecords(workbook, MEETINGS, [
      { pairId: pairIds[0]!, date: new Date(2026, 9, 5), kind: "Регулярная" },
    ]);
    refreshYear(workbook, december);
    const facts = new Map(
      readRecords(ROADMAP, workbook.grid(ROADMAP.name)).records.map(({ record }) => [
        String(record.number),
        String(record.facts),
      ]),
    );
    expect(facts.get("2.2")).toMatch(/^наставляемых: \d+, согласия на обработку ПДн \d+ из \d+$/);
    expect(facts.get("5.2")).toBe(`утверждено пар и групп: ${pairIds.length}; приказ ещё не сформирован`);
    expect(facts.get("5.4")).toBe(`отчётов о встречах: 1; пар со встречами: 1 из ${pairIds.length}`);
    expect(facts.get("1.1")).toBe("");
    const writes = workbook.writes;
    refreshYear(workbook, december);
    expect(workbook.writes).toBe(writes);
  });
});

describe("the panel", () => {
  it("shows the year's lines — a pair without meetings — among what needs attention", async () => {
    const { programmeStatus } = await import("../../src/core/panel/status");
    const { workbook, pairIds } = approvedSchool();
    const status = programmeStatus(workbook, december);
    expect(
      status.attention.some((line) => line.startsWith(`${pairIds[0]} (`) && line.includes("«Встречи»")),
    ).toBe(true);
    expect(workbook.grid(PLANS.name).length).toBeLessThanOrEqual(1);
  });
});

describe("merged cells on «Пары»", () => {
  it("refuses before writing anything: no plan items, no pair cells", () => {
    const { workbook } = approvedSchool();
    const sheet = workbook.sheets.find((candidate) => candidate.name === PAIRS.name)!;
    const column = mapColumns(PAIRS, sheet.grid[0]!).get("meetingCount")!;
    sheet.merged = [{ row: 1, column, rows: 2, columns: 1 }];
    const plansBefore = workbook.grid(PLANS.name).length;
    expect(() => refreshYear(workbook, december)).toThrow(/объединены ячейки/);
    expect(workbook.grid(PLANS.name)).toHaveLength(plansBefore);
  });
});

describe("overdue roadmap items", () => {
  it("are one line naming their numbers, not a screenful of activity texts", () => {
    const { workbook } = approvedSchool();
    const march = { now: new Date(2027, 2, 1, 9, 0), user: context.user };
    const lines = refreshYear(workbook, march).attention.filter((item) => item.kind === "roadmap");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toMatch(
      /^Дорожная карта: срок прошёл у пунктов 1\.1, 1\.2, .* — выполните их .*на листе «Дорожная карта»$/,
    );
    expect(lines[0]!.text.length).toBeLessThan(260);
  });
});
