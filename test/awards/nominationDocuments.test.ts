import { describe, expect, it } from "vitest";
import { generateDocuments } from "../../src/core/documents";
import { calendarDate } from "../../src/core/format/dates";
import { MENTORS } from "../../src/core/schema/sheets";
import { approvedDemo, context } from "../documents/approvedDemo";
import { FakeDocuments, plain } from "../documents/fakeDocuments";
import { setCell } from "../documents/sheets";
import { confirmTopAwards } from "../support/awards";

const date = calendarDate(2027, 5, 25);

describe("Представление к поощрению (kind 10)", () => {
  it("is made once per confirmed candidate, never twice, and again when its file is gone", () => {
    const workbook = approvedDemo();
    confirmTopAwards(workbook, context);
    const docs = new FakeDocuments();
    const first = generateDocuments(workbook, docs, context, { kinds: ["nomination"], date });
    expect(first.made.map((doc) => doc.fileName)).toEqual([
      "Представление — Наставник года — Кузнецова Е. С. — Н-001",
      "Представление — Лучшая пара — Васильева Т. М. — ПР-001",
    ]);
    const mentor = plain(docs.byKind("nomination")[0]?.text);
    expect(mentor).toContain("в номинации «Наставник года»");
    expect(mentor).toContain(
      "ПР-004\tСмирнова А. Д., учитель математики\t01.10.2026 – 30.06.2027\t0\tнет плана",
    );
    expect(mentor).toMatch(/1-е место в номинации «Наставник года», итоговый балл — 0 из 100\. Расчёт: /);
    expect(mentor).toContain("Куратор программ наставничества\t______________\tА. Н. Белов");
    expect(mentor).toContain("Директор\t______________\tИ. В. Соколова");

    const again = generateDocuments(workbook, docs, context, { kinds: ["nomination"], date });
    expect(again.made).toEqual([]);
    expect(again.existing).toBe(2);

    docs.files.delete(`Представления к поощрению/${first.made[1]!.fileName}`);
    const remade = generateDocuments(workbook, docs, context, { kinds: ["nomination"], date });
    expect(remade.made.map((doc) => doc.fileName)).toEqual([first.made[1]!.fileName]);
  });

  it("says there is nobody confirmed, and leaves out a confirmed mentor who may not be printed", () => {
    const workbook = approvedDemo();
    const none = generateDocuments(workbook, new FakeDocuments(), context, { kinds: ["nomination"], date });
    expect(none.summary).toBe(
      "Сформировано документов: 0; пропущено: 1 — Представление к поощрению: Представление к поощрению — " +
        "на листе «Награды» нет подтверждённых кандидатов (столбец «Решение»)",
    );
    confirmTopAwards(workbook, context);
    setCell(workbook, MENTORS.name, "Н-001", "Согласие на обработку ПДн", "отозвано");
    const result = generateDocuments(workbook, new FakeDocuments(), context, {
      kinds: ["nomination", "awards"],
      date,
    });
    expect(result.skipped).toContainEqual({
      kind: "nomination",
      subject: "Наставник года: Н-001",
      reason: "Кузнецова Елена Сергеевна — нет согласия на обработку персональных данных",
    });
    expect(result.made.map((doc) => doc.kind)).toEqual(["awards", "nomination"]);
  });
});
