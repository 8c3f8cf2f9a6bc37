import { describe, expect, it } from "vitest";
import { generateDocuments, kindsByName } from "../../src/core/documents";
import { DOCUMENT_ACTION } from "../../src/core/documents/records";
import { generateBatch, previewDocuments } from "../../src/core/panel/documents";
import { LOG } from "../../src/core/schema/sheets";
import { FakeDocuments, plain } from "../documents/fakeDocuments";
import { chartImages } from "../support/png";
import { EARLY_END_REASON, MAY, schoolAtYearEnd } from "../support/yearWorld";

const practices = [
  { title: "Урок глазами наставляемого", author: "Морозова А. В.", form: "Индивидуальная", score: 42 },
  { title: "Методический кейс", author: "Орлов В. П.", form: "Групповая" },
];

function logLines(world: ReturnType<typeof schoolAtYearEnd>): string[] {
  return world.workbook
    .grid(LOG.name)
    .filter((row) => row[2] === DOCUMENT_ACTION)
    .map((row) => String(row[3]));
}

describe("the year's report (kind 11)", () => {
  const world = schoolAtYearEnd();
  const docs = new FakeDocuments();
  const result = generateDocuments(world.workbook, docs, MAY, {
    kinds: ["yearReport"],
    year: { charts: chartImages(), practices },
  });
  const text = plain(docs.creations[0]?.text);

  it("is made once for the school year, into «Отчёты», and recorded in «Журнал»", () => {
    expect(result.made.map((doc) => doc.fileName)).toEqual([
      "Отчёт о реализации программы наставничества — 2026–2027",
    ]);
    expect(logLines(world).some((line) => line.includes("Отчёт о реализации программы"))).toBe(true);
    const again = generateDocuments(world.workbook, docs, MAY, { kinds: ["yearReport"], year: {} });
    expect(again.made).toHaveLength(0);
    expect(again.existing).toBe(1);
  });

  it("gives the year's figures, each pair's result and the reason of an early end", () => {
    expect(text).toContain("Наставнических пар и групп\t11 (индивидуальная — 7, групповая — 4)");
    expect(text).toContain("Завершили программу\t1");
    expect(text).toContain("Прекращены досрочно\t1");
    expect(text).toContain("Оценка программы наставляемыми (1–10)\t6 в начале, 8,5 в конце программы");
    expect(text).toMatch(
      new RegExp(`${world.completed}: [^\\t]+\\tиндивидуальная\\t3\\t100 %\\tпрограмма завершена`),
    );
    expect(text).toContain(`прекращена досрочно: ${EARLY_END_REASON}`);
  });

  it("places the four charts with numbered captions, lists the practices and ends with the conclusions and the head's signature", () => {
    for (const [index, chart] of chartImages().entries()) {
      expect(text).toContain(`[[рисунок:${chart.id}]]\nРисунок ${index + 1}. ${chart.title}`);
    }
    expect(text).not.toContain("построены на листе «Сводка»");
    expect(text).toContain(
      "1. «Урок глазами наставляемого» — Морозова А. В., индивидуальная, оценка экспертов 42 из 50.",
    );
    expect(text).toContain("2. «Методический кейс» — Орлов В. П., групповая.");
    expect(text).toContain("Наставничеством охвачены 6 из 8 молодых специалистов (75 %).");
    expect(text).toContain(`Досрочно прекращена 1 пара (группа): ${world.ended} — ${EARLY_END_REASON}.`);
    expect(text).toMatch(/Директор\t_+\tИ. В. Соколова/);
  });

  it("without pictures says the charts are on «Сводка», and without practices says none were added", () => {
    const bare = new FakeDocuments();
    generateDocuments(schoolAtYearEnd().workbook, bare, MAY, { kinds: ["yearReport"], year: {} });
    const own = plain(bare.creations[0]?.text);
    expect(own).toContain("Диаграммы показателей построены на листе «Сводка» таблицы наставничества.");
    expect(own).not.toContain("[[рисунок");
    expect(own).toContain("Лучшие практики в методическую копилку в этом учебном году не внесены.");
  });
});

describe("the year's report made in the run of an order", () => {
  it("counts the order that run issued before it", () => {
    const docs = new FakeDocuments();
    generateDocuments(schoolAtYearEnd().workbook, docs, MAY, {
      kinds: ["regulation", "yearReport"],
      year: {},
      recordEvery: 10,
    });
    const report = docs.creations.find((creation) => creation.kind === "yearReport");
    expect(report?.text).toContain("Издано приказов по наставничеству\t1\n");
  });
});

describe("the справка on the monitoring (kind 12)", () => {
  it("counts who answered at each stage and averages each question, with the satisfaction chart only", () => {
    const docs = new FakeDocuments();
    generateDocuments(schoolAtYearEnd().workbook, docs, MAY, {
      kinds: ["monitoringNote"],
      year: { charts: chartImages() },
    });
    const text = plain(docs.creations[0]?.text);
    expect(text).toContain("Наставники\t1\t1\nНаставляемые\t1\t2\n");
    expect(text).toContain("Общая удовлетворённость\t7\t9\t6\t8,5\n");
    expect(text).toContain("Поддержка\t6\t6\t—\t—\n");
    expect(text).toContain("Польза лично для меня\t—\t—\t6\t8,5\n");
    // Questions nobody scored are left out.
    expect(text).not.toContain("Ясность плана");
    expect(text).toContain("[[рисунок:satisfaction]]");
    expect(text).not.toContain("[[рисунок:planCompletion]]");
    expect(text).toContain("1. По показателю «Поддержка»: куратору проводить регулярные консультации");
  });

  it("is not made without monitoring answers, saying why", () => {
    const result = generateDocuments(
      schoolAtYearEnd({ monitoring: false }).workbook,
      new FakeDocuments(),
      MAY,
      {
        kinds: ["monitoringNote"],
        year: {},
      },
    );
    expect(result.made).toHaveLength(0);
    expect(result.skipped).toEqual([
      {
        kind: "monitoringNote",
        subject: "Справка по итогам мониторинга",
        reason: "на листе «Мониторинг» нет ответов",
      },
    ]);
  });
});

describe("the year-end reports in the panel's dialog", () => {
  it("are previewed and made when ticked", () => {
    const world = schoolAtYearEnd();
    const preview = previewDocuments(world.workbook, MAY, { kinds: ["yearReport", "monitoringNote"] });
    expect(preview.included.map((line) => line.subject)).toEqual([
      "Отчёт о реализации программы наставничества — 2026–2027",
      "Справка по итогам мониторинга — 2026–2027",
    ]);
    const docs = new FakeDocuments();
    const batch = generateBatch(world.workbook, docs, MAY, { kinds: ["yearReport"], limit: 5, first: true });
    expect(batch.made).toBe(1);
    expect(docs.creations[0]?.text).toContain("Диаграммы показателей построены на листе «Сводка»");
  });
});

describe("the year-end reports and «все»", () => {
  it("are not among «все», and a run without `year` leaves them out", () => {
    expect(kindsByName("все")).not.toContain("yearReport");
    expect(kindsByName("12")).toEqual(["monitoringNote"]);
    const world = schoolAtYearEnd();
    const result = generateDocuments(world.workbook, new FakeDocuments(), MAY, {
      kinds: ["yearReport", "monitoringNote"],
    });
    expect(result.made).toHaveLength(0);
    expect(result.skipped).toHaveLength(0);
    expect(logLines(world)).toHaveLength(0);
  });
});
