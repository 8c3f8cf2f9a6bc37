import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DocumentKindId, generateDocuments } from "../../src/core/documents";
import { type CalendarDate, calendarDate } from "../../src/core/format/dates";
import { PAIRS } from "../../src/core/schema/sheets";
import { endPairEarly } from "../../src/core/year/earlyEnd";
import { approvedDemo, context } from "./approvedDemo";
import { FakeDocuments, plain } from "./fakeDocuments";
import { documentLog, documentsCells, setCell, setting } from "./sheets";

/** The demo school with order 2 and the mentors' agreements made, as on the day the pairs were approved. */
function startedSchool(
  settings: Record<string, string | number> = {},
  kinds: DocumentKindId[] = ["pairs", "agreement"],
) {
  const workbook = approvedDemo(settings);
  const docs = new FakeDocuments();
  generateDocuments(workbook, docs, context, { kinds });
  return { workbook, docs };
}

function end(
  workbook: ReturnType<typeof approvedDemo>,
  pairId: string,
  initiator: "mentor" | "employer",
  noticeDate: CalendarDate,
  endDate?: CalendarDate,
  reason?: string,
) {
  return endPairEarly(workbook, context, {
    pairId,
    initiator,
    noticeDate,
    ...(endDate ? { endDate } : {}),
    ...(reason ? { reason } : {}),
  });
}

const NOV_9 = calendarDate(2026, 11, 9);
const NOV_12 = calendarDate(2026, 11, 12);

describe("order 9, on ending mentoring early", () => {
  it("cites the order that assigned the pair, the notice, the day it ends, the reason and the agreement", () => {
    const { workbook, docs } = startedSchool();
    end(
      workbook,
      "ПР-004",
      "mentor",
      NOV_9,
      NOV_12,
      "Отказ наставника в связи с переводом на другую должность",
    );
    const result = generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date: NOV_9 });
    expect(result.skipped).toEqual([]);
    const [order] = docs.byKind("earlyEnd");
    expect(order?.fileName).toBe("Приказ № ОД-13 от 09.11.2026 — О досрочном прекращении наставничества");
    const text = plain(order?.text);
    expect(text).toContain(
      "1.1. Кузнецовой Елены Сергеевны, учителя математики, в отношении Смирновой Алины Дмитриевны, учителя " +
        "математики, закреплённое приказом от 1 октября 2026 г. № ОД-12, с 12 ноября 2026 г.; основание: " +
        "письменное уведомление наставника об отказе от наставничества от 9 ноября 2026 г. (предупреждение " +
        "не менее чем за 3 рабочих дня соблюдено); причина: отказ наставника в связи с переводом на другую " +
        "должность.",
    );
    expect(text).toContain(
      "2.1. Кузнецовой Елене Сергеевне (дополнительное соглашение от 15 сентября 2026 г.) — с 12 ноября 2026 г.\n",
    );
    expect(text).toContain(
      "3.1. вернуть наставляемого, указанного в пункте 1, в банк наставляемых и в течение",
    );
    expect(text).toContain("С приказом ознакомлены:\nБелов А. Н.\t");
    expect(text).toContain("Кузнецова Е. С.\t");
    expect(text).toContain("Смирнова А. Д.\t");
    expect(text).not.toContain("{{");
    expect(documentsCells(workbook).get("ПР-004")).toContain("Приказ о досрочном прекращении (");
    expect(setting(workbook, "nextOrderNumber")).toBe(14);
  });

  it("cites no order, no agreement and no reason the workbook does not record", () => {
    const { workbook, docs } = startedSchool({}, []);
    end(workbook, "ПР-004", "mentor", NOV_9, NOV_12);
    generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date: NOV_9 });
    const text = plain(docs.byKind("earlyEnd")[0]?.text);
    expect(text).toContain("учителя математики, с 12 ноября 2026 г.; основание:");
    expect(text).toContain("2.1. Кузнецовой Елене Сергеевне — с 12 ноября 2026 г.\n");
    expect(text).not.toContain("закреплённое приказом");
    // The standard reason says no more than the basis: no «причина».
    expect(text).toContain("не менее чем за 3 рабочих дня соблюдено).\n");
    expect(text).not.toContain("причина");
  });

  it("keeps who ended the pair when the coordinator typed a reason of their own", () => {
    const { workbook, docs } = startedSchool();
    end(workbook, "ПР-004", "mentor", NOV_9, NOV_12, "переезд в другой город");
    end(workbook, "ПР-005", "employer", NOV_9, NOV_12, "сокращение объёма работы");
    generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date: NOV_9 });
    const text = plain(docs.byKind("earlyEnd")[0]?.text);
    expect(text).toContain(
      "основание: письменное уведомление наставника об отказе от наставничества от 9 ноября 2026 г. " +
        "(предупреждение не менее чем за 3 рабочих дня соблюдено); причина: переезд в другой город.",
    );
    expect(text).toContain(
      "основание: решение директора об отмене поручения о наставничестве, о котором наставник письменно " +
        "предупреждён 9 ноября 2026 г. (предупреждение не менее чем за 3 рабочих дня соблюдено); причина: " +
        "сокращение объёма работы.",
    );
  });

  it("words the employer's decision by the head's own title: «заведующего» in a kindergarten", () => {
    const { workbook, docs } = startedSchool({
      headPosition: "Заведующий",
      orgShortName: "МБДОУ «Детский сад № 5»",
    });
    end(workbook, "ПР-004", "employer", NOV_9, NOV_12);
    generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date: NOV_12 });
    const text = plain(docs.byKind("earlyEnd")[0]?.text);
    expect(text).toContain(
      "основание: решение заведующего об отмене поручения о наставничестве, о котором наставник письменно " +
        "предупреждён 9 ноября 2026 г.",
    );
    expect(text).toContain("Заведующий\t______________\t");
  });

  it("gives pairs ended the same day one order, and another day another; none twice on a re-run", () => {
    const { workbook, docs } = startedSchool();
    end(workbook, "ПР-004", "mentor", NOV_9, NOV_12);
    end(workbook, "ПР-005", "employer", NOV_9, NOV_12);
    end(workbook, "ПР-006", "mentor", NOV_9, calendarDate(2026, 11, 20));
    const first = generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date: NOV_9 });
    expect(first.made.map((doc) => doc.fileName)).toEqual([
      "Приказ № ОД-13 от 09.11.2026 — О досрочном прекращении наставничества",
      "Приказ № ОД-14 от 09.11.2026 — О досрочном прекращении наставничества",
    ]);
    const shared = plain(docs.byKind("earlyEnd")[0]?.text);
    expect(shared).toContain("1.1. ");
    expect(shared).toContain("1.2. ");
    expect(shared).toContain("3.1. вернуть наставляемых, указанных в пункте 1,");
    const again = generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date: NOV_12 });
    expect(again.made).toEqual([]);
    expect(again.existing).toBe(2);
  });

  it("makes a deleted order again under its own number and date", () => {
    const { workbook, docs } = startedSchool();
    end(workbook, "ПР-004", "mentor", NOV_9, NOV_12);
    generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date: NOV_9 });
    const name = "Приказы/Приказ № ОД-13 от 09.11.2026 — О досрочном прекращении наставничества";
    expect(docs.files.delete(name)).toBe(true);
    const again = generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date: NOV_12 });
    expect(again.made.map((doc) => `Приказы/${doc.fileName}`)).toEqual([name]);
    expect(setting(workbook, "nextOrderNumber")).toBe(14);
    const lines = documentsCells(workbook).get("ПР-004")!.split("\n");
    expect(lines.filter((line) => line.startsWith("Приказ о досрочном прекращении ("))).toHaveLength(1);
    expect(documentLog(workbook).filter((line) => line.includes("ОД-13 "))).toHaveLength(2);
  });

  it("skips, naming the reason, a pair whose dates break the rules; approved pairs are never in it", () => {
    const { workbook, docs } = startedSchool();
    end(workbook, "ПР-004", "mentor", NOV_9, NOV_12);
    end(workbook, "ПР-005", "mentor", NOV_9, NOV_12);
    // Typed by hand after the ending: a day before the notice term is over.
    setCell(workbook, PAIRS.name, "ПР-005", "Дата досрочного прекращения", "10.11.2026");
    const early = generateDocuments(workbook, docs, context, {
      kinds: ["earlyEnd"],
      date: calendarDate(2026, 11, 6),
    });
    expect(early.made).toEqual([]);
    expect(early.skipped.map((skip) => [skip.subject, skip.reason])).toEqual([
      ["ПР-004", "дата приказа 06.11.2026 раньше уведомления 09.11.2026: укажите дату не раньше уведомления"],
      [
        "ПР-005",
        "срок предупреждения не соблюдён: после уведомления 09.11.2026 прекратить можно не раньше " +
          "12.11.2026 — исправьте дату прекращения",
      ],
    ]);
    const made = generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date: NOV_9 });
    expect(made.made).toHaveLength(1);
    expect(made.skipped.map((skip) => skip.subject)).toEqual(["ПР-005"]);
    expect(plain(docs.byKind("earlyEnd")[0]?.text)).not.toContain("1.2. ");
  });

  it("makes nothing and reports nothing when no pair has ended early", () => {
    const { workbook, docs } = startedSchool();
    const result = generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"] });
    expect(result).toMatchObject({ made: [], skipped: [], existing: 0 });
  });

  it("covers each pair ended early exactly once, whatever days they end on (property)", () => {
    const days = [12, 13, 16, 17];
    const pairIds = ["ПР-001", "ПР-004", "ПР-005", "ПР-006", "ПР-007", "ПР-008"];
    fc.assert(
      fc.property(
        fc.subarray(pairIds, { minLength: 1 }),
        fc.array(fc.constantFrom(...days), { minLength: 6, maxLength: 6 }),
        (ended, endDays) => {
          const { workbook, docs } = startedSchool();
          for (const [index, id] of ended.entries())
            end(workbook, id, "mentor", NOV_9, calendarDate(2026, 11, endDays[index]!));
          const result = generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date: NOV_9 });
          const distinctDays = new Set(ended.map((_, index) => endDays[index]));
          expect(result.made).toHaveLength(distinctDays.size);
          const cells = documentsCells(workbook);
          for (const id of pairIds) {
            const records = (cells.get(id) ?? "")
              .split("\n")
              .filter((line) => line.startsWith("Приказ о досрочном"));
            expect(records).toHaveLength(ended.includes(id) ? 1 : 0);
          }
          const second = generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date: NOV_9 });
          expect(second.made).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  });
});
