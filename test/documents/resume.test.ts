import { describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/cell";
import { DOCUMENT_KIND_IDS, generateDocuments } from "../../src/core/documents";
import { LOG, SETTINGS_SHEET } from "../../src/core/schema/sheets";
import { MemoryWorkbook } from "../support/memoryWorkbook";
import { approvedDemo, context } from "./approvedDemo";
import { FakeDocuments } from "./fakeDocuments";
import { documentLog, documentsCells, setting } from "./sheets";

const ALL = [...DOCUMENT_KIND_IDS];

/** File names of a run that is never interrupted: what every interrupted sequence must add up to. */
function completeRun(): string[] {
  const docs = new FakeDocuments();
  generateDocuments(approvedDemo(), docs, context, { kinds: ALL, sameDay: true });
  return docs.creations.map((c) => c.fileName);
}

describe("a run stopped by its time budget", () => {
  const complete = completeRun();

  it.each([0, 1, 2, 5, 13, 32, 39])("after %i documents, resumes to make each document exactly once", (k) => {
    const workbook = approvedDemo();
    let now = 0;
    // Each creation takes 100 ms of the fake clock; the budget is used up by the k-th.
    const docs = new FakeDocuments({
      beforeCreate: () => {
        now += 100;
      },
    });
    const first = generateDocuments(workbook, docs, context, {
      kinds: ALL,
      sameDay: true,
      clock: () => now,
      timeBudgetMs: k * 100,
    });
    expect(first.done).toBe(false);
    expect(first.made).toHaveLength(k);
    expect(first.remaining).toBe(complete.length - k);
    expect(first.summary).toContain(`время вышло, осталось: ${complete.length - k}`);

    const second = generateDocuments(workbook, docs, context, {
      kinds: ALL,
      sameDay: true,
      clock: () => now,
    });
    expect(second.done).toBe(true);
    expect(second.made).toHaveLength(complete.length - k);
    expect(docs.creations.map((c) => c.fileName).sort()).toEqual([...complete].sort());
    expect(documentLog(workbook)).toHaveLength(complete.length);
    expect(setting(workbook, "nextOrderNumber")).toBe(16);
  });
});

describe("a run stopped by an error of the documents port", () => {
  it("keeps the links of what was made; the next run makes only the rest", () => {
    const workbook = approvedDemo();
    const failing = new FakeDocuments({
      beforeCreate: (_request, count) => {
        if (count === 2) throw new Error("Диск переполнен");
      },
    });
    expect(() => generateDocuments(workbook, failing, context, { kinds: ["program"] })).toThrow(
      "Диск переполнен",
    );
    const cells = documentsCells(workbook);
    expect(cells.get("ПР-001")).toMatch(/^Программа наставничества \(01\.10\.2026\): fake:\/\/.*ПР-001$/);
    // ПР-002 and ПР-003 are one group: one programme recorded on both rows.
    expect(cells.get("ПР-002")).toBe(cells.get("ПР-003"));
    expect(cells.get("ПР-003")).toMatch(
      /^Программа наставничества \(01\.10\.2026\): fake:\/\/.*ПР-002, ПР-003$/,
    );
    expect(cells.get("ПР-004")).toBe("");

    const working = new FakeDocuments({ files: failing.files }); // the same folder, Drive working again
    const rest = generateDocuments(workbook, working, context, { kinds: ["program"] });
    expect(rest.existing).toBe(2);
    expect(working.creations.map((c) => c.fileName.slice(-6))).toEqual([
      "ПР-004",
      "ПР-005",
      "ПР-006",
      "ПР-007",
      "ПР-008",
      "ПР-010",
      "ПР-011",
    ]);
    for (const cell of documentsCells(workbook).values()) expect(cell.split("\n")).toHaveLength(1);
  });
});

/** A workbook whose writes to one sheet fail once, after a given number of calls: a crash between steps. */
class FlakyWorkbook extends MemoryWorkbook {
  constructor(
    private readonly sheet: string,
    private failAfter: number,
  ) {
    super();
  }

  private tick(name: string): void {
    if (name === this.sheet && this.failAfter-- === 0) throw new Error(`сбой записи на лист «${name}»`);
  }

  override write(name: string, row: number, column: number, values: Grid): void {
    this.tick(name);
    super.write(name, row, column, values);
  }
}

function flakyDemo(sheet: string, failAfter: number): FlakyWorkbook {
  const workbook = new FlakyWorkbook(sheet, failAfter);
  for (const { name, grid } of approvedDemo().sheets) workbook.sheets.push({ name, grid });
  return workbook;
}

describe("a run that crashed between making a document and recording it", () => {
  it("finds the document by its name instead of making it again", () => {
    // The first document's line in «Журнал» fails: the order exists, but nothing records it.
    const workbook = flakyDemo(LOG.name, 0);
    const docs = new FakeDocuments();
    expect(() => generateDocuments(workbook, docs, context, { kinds: ALL, sameDay: true })).toThrow(
      "сбой записи",
    );
    expect(docs.creations).toHaveLength(1);
    expect(setting(workbook, "nextOrderNumber")).toBe(12);

    const result = generateDocuments(workbook, docs, context, { kinds: ALL, sameDay: true });
    expect(result.made[0]).toMatchObject({ kind: "regulation", found: true });
    expect(result.summary).toContain("из них найдено готовыми после прерванного запуска: 1");
    expect(docs.creations.map((c) => c.fileName)).toEqual(completeRun());
  });

  it("never gives an order number twice when the next number was not saved", () => {
    // The order is made and logged, but «Следующий номер приказа» is not increased.
    const workbook = flakyDemo(SETTINGS_SHEET.name, 0);
    const docs = new FakeDocuments();
    expect(() => generateDocuments(workbook, docs, context, { kinds: ALL, sameDay: true })).toThrow(
      "сбой записи",
    );
    expect(setting(workbook, "nextOrderNumber")).toBe(12);

    generateDocuments(workbook, docs, context, { kinds: ALL, sameDay: true });
    const orders = docs.creations.filter((c) => c.fileName.startsWith("Приказ"));
    expect(orders.map((c) => /№ (\S+)/.exec(c.fileName)?.[1])).toEqual(["ОД-12", "ОД-13", "ОД-14", "ОД-15"]);
    expect(setting(workbook, "nextOrderNumber")).toBe(16);
  });
});

describe("small batches whose records are written a few documents at a time", () => {
  const complete = completeRun();

  it.each([
    [7, 3],
    [10, 10],
    [1, 1],
  ])("batches of %i, records every %i: each document made once, whatever stops a batch", (size, every) => {
    for (const crashAt of [0, 2, 5, 11, 23]) {
      const workbook = approvedDemo();
      let crashed = false;
      const docs = new FakeDocuments({
        beforeCreate: (_request, count) => {
          if (!crashed && count === crashAt) {
            crashed = true;
            throw new Error("Exceeded maximum execution time");
          }
        },
      });
      let batches = 0;
      for (let done = false; !done; batches++) {
        expect(batches).toBeLessThan(complete.length + 5);
        try {
          const batch = generateDocuments(workbook, docs, context, {
            kinds: ALL,
            sameDay: true,
            maxDocuments: size,
            recordEvery: every,
          });
          expect(batch.made.length).toBeLessThanOrEqual(size);
          done = batch.done;
        } catch (error) {
          expect(String(error)).toMatch(/Exceeded maximum execution time/);
        }
      }
      expect(docs.creations.map((c) => c.fileName).sort(), `crash at ${crashAt}`).toEqual(
        [...complete].sort(),
      );
      expect(documentLog(workbook)).toHaveLength(complete.length);
      expect(setting(workbook, "nextOrderNumber")).toBe(16);
    }
  });
});
