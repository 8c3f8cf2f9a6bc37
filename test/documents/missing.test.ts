import { describe, expect, it } from "vitest";
import { DOCUMENT_KIND_IDS, generateDocuments } from "../../src/core/documents";
import { approvedDemo, context } from "./approvedDemo";
import { FakeDocuments } from "./fakeDocuments";
import { documentLog, documentsCells, setting } from "./sheets";

const ALL = [...DOCUMENT_KIND_IDS];

/** Deletes made documents by hand, as a coordinator deleting files would: by folder/name prefix. */
function deleteFiles(docs: FakeDocuments, prefix: string): string[] {
  const gone = [...docs.files.keys()].filter((path) => path.startsWith(prefix));
  for (const path of gone) docs.files.delete(path);
  return gone;
}

describe("a document deleted by hand", () => {
  it("is made again by the next run, and only it; the sheet points to the new one", () => {
    const workbook = approvedDemo();
    const docs = new FakeDocuments();
    generateDocuments(workbook, docs, context, { kinds: ALL });
    const made = docs.creations.length;
    const program = "Программы наставничества/Программа наставничества — Смирнова А. Д. — ПР-004";
    const consent = deleteFiles(docs, "Согласия на обработку ПДн/Согласие на обработку ПДн — Смирнова")[0]!;
    expect(deleteFiles(docs, program)).toHaveLength(1);

    const again = generateDocuments(workbook, docs, context, { kinds: ALL });
    expect(again.made.map((doc) => doc.fileName).sort()).toEqual(
      [program.split("/")[1], consent.split("/")[1]].sort(),
    );
    expect(docs.creations).toHaveLength(made + 2);
    expect(again.existing).toBeGreaterThan(10);
    const cell = documentsCells(workbook).get("ПР-004")!;
    expect(cell.split("\n").filter((line) => line.startsWith("Программа наставничества ("))).toHaveLength(1);
    expect(cell).toContain(`fake://${program}`);
    expect(generateDocuments(workbook, docs, context, { kinds: ALL }).made).toEqual([]);
  });

  it("an order is made again under its own number and date, and the next number is not used up", () => {
    const workbook = approvedDemo();
    const docs = new FakeDocuments();
    generateDocuments(workbook, docs, context, { kinds: ALL });
    const next = setting(workbook, "nextOrderNumber");
    const [order] = deleteFiles(docs, "Приказы/Приказ № ОД-13 ");
    expect(order).toBeDefined();
    const again = generateDocuments(workbook, docs, context, { kinds: ALL });
    expect(again.made.map((doc) => `Приказы/${doc.fileName}`)).toEqual([order]);
    expect(docs.files.get(order!)?.text).toContain("№\u00a0ОД-13");
    expect(setting(workbook, "nextOrderNumber")).toBe(next);
    expect(documentLog(workbook).filter((line) => line.includes("Приказ № ОД-13 "))).toHaveLength(2);
  });

  it("--again still makes everything anew", () => {
    const workbook = approvedDemo();
    const docs = new FakeDocuments();
    const first = generateDocuments(workbook, docs, context, { kinds: ALL });
    deleteFiles(docs, "Приказы/");
    const again = generateDocuments(workbook, docs, context, { kinds: ALL, again: true });
    expect(again.made).toHaveLength(first.made.length);
  });
});
