import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellText } from "../../src/core/cell";
import { DOCUMENT_KIND_IDS, generateDocuments, YEAR_END_KINDS } from "../../src/core/documents";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { generateBatch, previewDocuments } from "../../src/core/panel/documents";
import { decidePairs, readPairsView } from "../../src/core/panel/pairs";
import { panelSettings, savePanelSettings } from "../../src/core/panel/settings";
import { programmeStatus } from "../../src/core/panel/status";
import { LOG, PAIRS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { approvedDemo } from "../documents/approvedDemo";
import { FakeDocuments } from "../documents/fakeDocuments";
import { context, demoWorkbook } from "../support/demoWorkbook";
import { MemoryWorkbook } from "../support/memoryWorkbook";

function pairs(workbook: MemoryWorkbook) {
  return new Map(
    readRecords(PAIRS, workbook.readAll(PAIRS.name)).records.map(({ record }) => [
      cellText(record.id),
      record,
    ]),
  );
}

describe("the panel's status", () => {
  it("on an empty book offers setup only", () => {
    const status = programmeStatus(new MemoryWorkbook(), context);
    expect(status.ready).toBe(false);
    expect(status.attention[0]).toMatch(/нажмите «Настроить таблицу»/);
  });

  it("counts people, consents, pairs and documents, and sums up each roadmap stage", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const status = programmeStatus(workbook, context);
    expect(status.ready).toBe(true);
    expect(status.organisation).toBe("МБОУ «СОШ № 7»");
    expect(status.counts).toMatchObject({ mentors: 8, mentees: 12, pairsProposed: 11, pairsApproved: 0 });
    expect(status.counts.consentsMissing).toBeGreaterThan(0);
    expect(status.stages).toHaveLength(7);
    expect(status.stages[0]).toMatchObject({ status: "Не начато", activities: 5, done: 0 });
    expect(status.stages[0]?.deadline).toMatch(/^Август – сентябрь \d{4}$/);
    expect(status.attention.join("\n")).toMatch(/Предложенных пар ждут решения: 11/);
  });
});

describe("decisions on pairs", () => {
  it("approves, rejects and locks by ID, writing only the cells that change", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const before = workbook.readAll(PAIRS.name);
    const summary = decidePairs(workbook, context, {
      approve: ["ПР-001"],
      reject: ["ПР-002"],
      lock: ["ПР-003"],
    });
    expect(summary).toMatch(/^Утверждено пар: 1 \(ПР-001\)/);
    expect(summary).toMatch(/Отклонено пар: 1 \(ПР-002\)/);
    expect(summary).toMatch(/Закреплено пар: 1 \(ПР-003\)/);
    const after = pairs(workbook);
    expect(cellText(after.get("ПР-001")?.status)).toBe("Утверждена");
    expect(cellText(after.get("ПР-002")?.status)).toBe("Отклонена");
    expect(cellText(after.get("ПР-003")?.locked)).toBe("Да");
    expect(cellText(after.get("ПР-003")?.status)).toBe("Предложена");
    const grid = workbook.readAll(PAIRS.name);
    for (const row of [4, 5, 6, 7]) expect(grid[row]).toEqual(before[row]);
    // A new round keeps the locked pair and never proposes the rejected one again.
    proposePairs(workbook, context);
    const again = readPairsView(workbook).pairs;
    expect(again.find((pair) => pair.id === "ПР-003")?.locked).toBe(true);
    expect(again.filter((pair) => pair.id === "ПР-002")).toHaveLength(1);
    expect(again.find((pair) => pair.id === "ПР-002")?.status).toBe("Отклонена");
  });

  it("refuses a pair both approved and rejected, and an empty choice, writing nothing", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const writes = workbook.writes;
    expect(() => decidePairs(workbook, context, { approve: ["ПР-001"], reject: ["ПР-001"] })).toThrow(
      /одновременно утвердить и отклонить: ПР-001/,
    );
    expect(() => decidePairs(workbook, context, {})).toThrow(/Отметьте пары/);
    expect(workbook.writes).toBe(writes);
  });

  it("does not reject an approved pair, and names an unknown one", () => {
    const workbook = approvedDemo();
    const summary = decidePairs(workbook, context, { reject: ["ПР-001", "ПР-999"] });
    expect(summary).toMatch(/ПР-001: пара уже «Утверждена»/);
    expect(summary).toMatch(/ПР-999: такой пары нет/);
    expect(cellText(pairs(workbook).get("ПР-001")?.status)).toBe("Утверждена");
  });

  it("lists the mentees left without a pair, with the reason", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    const view = readPairsView(workbook);
    expect(view.pairs).toHaveLength(11);
    expect(view.unmatched).toEqual([
      { mentee: "Романов Денис Валерьевич", reason: "нет согласия на обработку персональных данных" },
    ]);
  });
});

/** The kinds of «все»: the year-end reports wait for the end of the year. */
const EVERY = DOCUMENT_KIND_IDS.filter((kind) => !YEAR_END_KINDS.includes(kind));

describe("documents in batches", () => {
  it("previews who is in and who is left out without writing anything", () => {
    const workbook = approvedDemo();
    const writes = workbook.writes;
    const preview = previewDocuments(workbook, context, { kinds: EVERY });
    // Orders 6 and 7 wait for another day than the pairs order; the Положение is in.
    expect(preview.included).toHaveLength(38);
    expect(preview.included.map((line) => line.kind)).toContain(
      "Положение о системе наставничества педагогических работников",
    );
    expect(preview.skipped.map((line) => line.reason)).toEqual([
      "нет согласия на обработку персональных данных",
      expect.stringContaining("та же дата"),
      expect.stringContaining("та же дата"),
      "на листе «Награды» нет подтверждённых кандидатов (столбец «Решение»)",
    ]);
    expect(workbook.writes).toBe(writes);
  });

  it("makes in batches of any size exactly what one run makes, each document once", () => {
    const whole = new FakeDocuments();
    generateDocuments(approvedDemo(), whole, context, { kinds: EVERY });
    const expected = whole.creations.map((creation) => creation.fileName);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 60 }), (sizes) => {
        const workbook = approvedDemo();
        const docs = new FakeDocuments();
        let first = true;
        for (let call = 0; ; call++) {
          const batch = generateBatch(workbook, docs, context, {
            kinds: EVERY,
            limit: sizes[call % sizes.length]!,
            first,
          });
          first = false;
          expect(batch.made).toBeLessThanOrEqual(sizes[call % sizes.length]!);
          if (batch.done) break;
        }
        expect(docs.creations.map((creation) => creation.fileName)).toEqual(expected);
      }),
      { numRuns: 6 },
    );
  });

  it("starts no new document once the batch's time is up, but always makes one", () => {
    const workbook = approvedDemo();
    let clock = 0;
    const docs = new FakeDocuments({
      beforeCreate: () => {
        clock += 8_000; // every document takes 8 s
      },
    });
    const batch = () =>
      generateBatch(workbook, docs, context, {
        kinds: ["program"],
        limit: 10,
        maxMs: 20_000,
        now: () => clock,
        first: false,
      });
    expect(batch().made).toBe(3); // 0, 8 and 16 s: started; at 24 s no more
    clock = 0;
    const slow = new FakeDocuments({
      beforeCreate: () => {
        clock += 60_000;
      },
    });
    expect(
      generateBatch(workbook, slow, context, {
        kinds: ["program"],
        limit: 10,
        maxMs: 20_000,
        now: () => clock,
        first: false,
      }).made,
    ).toBe(1);
  });

  it("numbers the first order as typed and dates the orders on the chosen day", () => {
    const workbook = approvedDemo();
    const docs = new FakeDocuments();
    const batch = generateBatch(workbook, docs, context, {
      kinds: ["regulation", "pairs"],
      orderNumber: 40,
      orderDate: "2026-09-30",
      limit: 5,
      first: true,
    });
    expect(batch.done).toBe(true);
    expect(batch.names).toEqual([
      "Приказ № ОД-40 от 30.09.2026 — Об утверждении положения о системе наставничества",
      "Приказ № ОД-41 от 30.09.2026 — О закреплении наставнических пар (групп)",
    ]);
    const log = readRecords(LOG, workbook.readAll(LOG.name)).records;
    expect(log.length).toBeGreaterThan(0);
  });

  it("refuses a wrong order number or date in Russian before making anything", () => {
    const workbook = approvedDemo();
    const docs = new FakeDocuments();
    expect(() =>
      generateBatch(workbook, docs, context, { kinds: ["pairs"], orderNumber: 0, limit: 3, first: true }),
    ).toThrow(/Номер приказа — целое число от 1/);
    expect(() =>
      generateBatch(workbook, docs, context, {
        kinds: ["pairs"],
        orderDate: "30.09.2026",
        limit: 3,
        first: true,
      }),
    ).toThrow(/Дата приказа «30.09.2026» не распознана/);
    expect(() => generateBatch(workbook, docs, context, { kinds: [], limit: 3, first: true })).toThrow(
      /Отметьте хотя бы один вид/,
    );
    expect(docs.creations).toEqual([]);
  });
});

describe("the panel's settings", () => {
  it("shows the school's parameters and saves them; a wrong number saves nothing", () => {
    const workbook = demoWorkbook();
    const fields = panelSettings(workbook, context);
    expect(fields.find((field) => field.key === "city")?.value).toBe("г. Заречный");
    expect(savePanelSettings(workbook, { city: "г. Озёрный", programMonths: "10" })).toBe(
      "Настройки сохранены.",
    );
    expect(panelSettings(workbook, context).find((field) => field.key === "city")?.value).toBe("г. Озёрный");
    const writes = workbook.writes;
    expect(() => savePanelSettings(workbook, { city: "г. Другой", programMonths: "много" })).toThrow(
      /«Срок программы наставничества.*»: укажите целое число/,
    );
    expect(workbook.writes).toBe(writes);
  });
});
