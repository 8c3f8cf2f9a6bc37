import { describe, expect, it } from "vitest";
import { generateDocuments } from "../../src/core/documents";
import { approvePairs } from "../../src/core/pairing/approve";
import { readPairRows } from "../../src/core/pairing/pairRows";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { FakeDocuments } from "../documents/fakeDocuments";
import { setCell } from "../documents/sheets";
import { context, demoWorkbook } from "../support/demoWorkbook";
import type { MemoryWorkbook } from "../support/memoryWorkbook";

const REMARK = "«Педагогический стаж»: «много» — не число; укажите целое число лет от 0 до 60";

/** A person the import left «Требует проверки», with the reason in «Замечания». */
function flag(workbook: MemoryWorkbook, sheet: string, id: string, remark = REMARK) {
  setCell(workbook, sheet, id, "Статус", "Требует проверки");
  setCell(workbook, sheet, id, "Замечания", remark);
}

function pairOf(workbook: MemoryWorkbook, menteeId: string) {
  return readPairRows(workbook.grid(PAIRS.name)).rows.find((row) => row.menteeIds.includes(menteeId));
}

describe("a person «Требует проверки»", () => {
  it("is not proposed: the mentee is listed unmatched with the remark, the mentor is named in a warning", () => {
    const workbook = demoWorkbook();
    flag(workbook, MENTEES.name, "П-001");
    flag(workbook, MENTORS.name, "Н-004", "«Фамилия»: «=Лебедева» — начинается с «=»");
    const plan = proposePairs(workbook, context);
    expect(plan.proposals.some((p) => p.mentee.id === "П-001")).toBe(false);
    expect(plan.proposals.some((p) => p.mentor.id === "Н-004")).toBe(false);
    const reason = plan.unmatched.find((u) => u.mentee.id === "П-001")?.reason;
    expect(reason).toBe(`анкета требует проверки: ${REMARK}; исправьте и поставьте статус «Активен»`);
    expect(pairOf(workbook, "П-001")?.record.explanation).toBe(`Не подобрана: ${reason}`);
    expect(plan.summary).toContain(
      "Лебедева Ольга Александровна (Н-004): анкета требует проверки: «Фамилия»: «=Лебедева» — начинается с «=»",
    );
  });

  it("is proposed again once the coordinator sets «Активен»", () => {
    const workbook = demoWorkbook();
    flag(workbook, MENTEES.name, "П-001");
    proposePairs(workbook, context);
    setCell(workbook, MENTEES.name, "П-001", "Статус", "Активен");
    const plan = proposePairs(workbook, context);
    expect(plan.proposals.some((p) => p.mentee.id === "П-001")).toBe(true);
  });

  it("is not approved: approve skips the pair and says who and why", () => {
    const workbook = demoWorkbook();
    proposePairs(workbook, context);
    flag(workbook, MENTEES.name, "П-001");
    const id = pairOf(workbook, "П-001")!.id;
    const plan = approvePairs(workbook, context, { all: true });
    expect(plan.approved).not.toContain(id);
    expect(plan.approved.length).toBeGreaterThan(0);
    expect(plan.problems).toContain(
      `${id}: Смирнова Алина Дмитриевна — анкета требует проверки: ${REMARK}; исправьте и поставьте статус «Активен»`,
    );
    expect(pairOf(workbook, "П-001")?.status).toBe("Предложена");
  });

  it("is printed in no document: generate skips them and says who and why", () => {
    const workbook = demoWorkbook(undefined, undefined, { nextOrderNumber: 1 });
    proposePairs(workbook, context);
    approvePairs(workbook, context, { all: true });
    const id = pairOf(workbook, "П-001")!.id;
    flag(workbook, MENTEES.name, "П-001");
    const docs = new FakeDocuments();
    const result = generateDocuments(workbook, docs, context, { kinds: ["pairs", "program", "pdConsent"] });
    const texts = docs.creations.map((doc) => doc.text).join("\n");
    expect(texts).not.toContain("Смирнов");
    const why = `Смирнова Алина Дмитриевна — анкета требует проверки: ${REMARK}; исправьте и поставьте статус «Активен»`;
    expect(result.skipped).toContainEqual({ kind: "program", subject: id, reason: why });
    expect(result.skipped).toContainEqual({
      kind: "pdConsent",
      subject: "Смирнова Алина Дмитриевна (П-001)",
      reason: `анкета требует проверки: ${REMARK}; исправьте и поставьте статус «Активен»`,
    });
    expect(result.summary).toContain(why);
  });
});
