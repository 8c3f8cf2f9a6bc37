import { describe, expect, it } from "vitest";
import { generateDocuments } from "../../src/core/documents";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { partnerChoices } from "../../src/core/questionnaires/partners";
import { hasConsent, hasLeft } from "../../src/core/schema/consent";
import { MENTEES, MENTORS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { FakeDocuments } from "../documents/fakeDocuments";
import { context, demoWorkbook } from "../support/demoWorkbook";

describe("consent as the coordinator types it", () => {
  it("is received whatever the case, the spaces or «ё»", () => {
    for (const typed of ["получено", " Получено ", "ПОЛУЧЕНО", "получено\u00a0"])
      expect(hasConsent(typed)).toBe(true);
    for (const typed of ["нет", "отозвано", "", null, undefined, "не получено", "получено?"])
      expect(hasConsent(typed)).toBe(false);
    expect(hasLeft("выбыл ")).toBe(true);
    expect(hasLeft("Выбыл")).toBe(true);
    expect(hasLeft("Активен")).toBe(false);
  });

  it("puts a person the same way into the form lists, the matching and the documents", () => {
    const mentors = DEMO_MENTORS.map((m) => (m.id === "Н-001" ? { ...m, mentoringConsent: "ПОЛУЧЕНО " } : m));
    const mentees = DEMO_MENTEES.map((m) => (m.id === "П-001" ? { ...m, pdConsent: "Получено" } : m));
    const workbook = demoWorkbook(mentors, mentees);
    const records = (schema: typeof MENTORS) =>
      readRecords(schema, workbook.grid(schema.name)).records.map((entry) => entry.record);

    const choices = partnerChoices(records(MENTORS), records(MENTEES));
    expect(choices.map((choice) => choice.id)).toEqual(expect.arrayContaining(["Н-001", "П-001"]));

    const plan = proposePairs(workbook, context);
    expect(plan.unmatched.map((u) => u.mentee.id)).toEqual(["П-011"]);
    expect(plan.proposals.some((p) => p.mentee.id === "П-001")).toBe(true);
    expect(plan.proposals.some((p) => p.mentor.id === "Н-001")).toBe(true);

    approvePairs(workbook, context, { all: true });
    const docs = new FakeDocuments();
    const result = generateDocuments(workbook, docs, context, {
      kinds: ["program", "pdConsent", "agreement"],
    });
    expect(result.skipped.map((s) => s.subject)).toEqual(["Романов Денис Валерьевич (П-011)"]);
    expect(docs.byKind("pdConsent").some((c) => c.fileName.includes("П-001"))).toBe(true);
    expect(docs.byKind("agreement").some((c) => c.fileName.includes("Кузнецова"))).toBe(true);
  });
});
