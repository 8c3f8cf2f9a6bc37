import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Summary } from "../../src/core/results/summary";
import { yearConclusions } from "../../src/core/yearReport/conclusions";
import { monitoringFacts, type YearFacts } from "../../src/core/yearReport/facts";
import { monitoringConclusions } from "../../src/core/yearReport/monitoringNote";
import { newsText } from "../../src/core/yearReport/news";
import { counted, ofCount } from "../../src/core/yearReport/wording";

const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("numerals agree with their nouns", () => {
  it.each([
    [1, "1 встреча"],
    [2, "2 встречи"],
    [5, "5 встреч"],
    [11, "11 встреч"],
    [21, "21 встреча"],
    [22, "22 встречи"],
    [111, "111 встреч"],
  ])("%i → «%s»", (count, expected) => {
    expect(plain(counted(count, ["встреча", "встречи", "встреч"]))).toBe(expected);
  });

  it.each([
    [1, "из 1 молодого специалиста"],
    [8, "из 8 молодых специалистов"],
    [11, "из 11 молодых специалистов"],
    [21, "из 21 молодого специалиста"],
  ])("genitive after «из» %i", (count, expected) => {
    expect(plain(ofCount(count, "молодого специалиста", "молодых специалистов"))).toBe(expected);
  });
});

function summaryOf(values: Partial<Summary>): Summary {
  const none = { average: null, answers: 0 };
  return {
    teachers: 0,
    youngSpecialists: 0,
    youngCovered: 0,
    youngCoverage: null,
    mentors: 0,
    byForm: [],
    active: 0,
    completed: 0,
    endedEarly: 0,
    meetings: 0,
    meetingsPerPair: null,
    pairsWithPlan: 0,
    planDone: null,
    mentorSatisfaction: none,
    menteeSatisfaction: none,
    satisfactionByStage: { mentor: { start: none, end: none }, mentee: { start: none, end: none } },
    menteesInPairs: 0,
    menteesRetained: 0,
    awardedMentors: 0,
    endSpread: { mentor: { high: 0, middle: 0, low: 0 }, mentee: { high: 0, middle: 0, low: 0 } },
    orders: [],
    practices: 0,
    ...values,
  };
}

function factsOf(summary: Partial<Summary>, pairs: YearFacts["pairs"] = []): YearFacts {
  return { summary: summaryOf(summary), pairs, monitoring: monitoringFacts([]) };
}

describe("the report's conclusions", () => {
  it("agree verb and noun with each count: 1 pair, 21 meetings, 1 of 21 young specialists", () => {
    const lines = yearConclusions(
      factsOf(
        {
          active: 1,
          meetings: 21,
          meetingsPerPair: 21,
          youngSpecialists: 21,
          youngCovered: 1,
          youngCoverage: 5,
        },
        [],
      ),
    ).map(plain);
    expect(lines).toContain(
      "В течение учебного года работала 1 наставническая пара (группа): продолжают работу — 1.",
    );
    expect(lines).toContain("Наставничеством охвачен 1 из 21 молодого специалиста (5 %).");
    expect(lines).toContain("Проведена 21 встреча, в среднем 21 на пару (группу).");
  });

  it("say when satisfaction grew from the start to the end, and why pairs ended early", () => {
    const lines = yearConclusions(
      factsOf(
        {
          active: 3,
          endedEarly: 2,
          meetings: 5,
          meetingsPerPair: 1,
          satisfactionByStage: {
            mentor: { start: { average: 8, answers: 2 }, end: { average: 7.5, answers: 2 } },
            mentee: { start: { average: 6.2, answers: 3 }, end: { average: 8.4, answers: 3 } },
          },
        },
        ["ПР-004", "ПР-005"].map((id) => ({
          id,
          mentor: "",
          mentees: "",
          form: "Индивидуальная",
          meetings: 1,
          planDone: null,
          status: "Прекращена досрочно",
          endReason: id === "ПР-004" ? "увольнение наставника." : "",
        })),
      ),
    ).map(plain);
    expect(lines).toContain(
      "Средняя оценка программы наставляемыми выросла с 6,2 до 8,4 (по шкале от 1 до 10).",
    );
    expect(lines).toContain(
      "Средняя оценка программы наставниками снизилась с 8 до 7,5 (по шкале от 1 до 10).",
    );
    expect(lines).toContain("Досрочно прекращены 2 пары (группы): ПР-004 — увольнение наставника; ПР-005.");
    expect(lines).toContain("Проведено 5 встреч, в среднем 1 на пару (группу).");
  });

  it("say so when no plan is done in full", () => {
    const lines = yearConclusions(factsOf({ active: 11, planDone: 33, pairsWithPlan: 11 })).map(plain);
    expect(lines).toContain(
      "Индивидуальные планы развития выполнены в среднем на 33 %; полностью не выполнен ни один из 11 планов.",
    );
  });

  it("are whole Russian sentences for any figures", () => {
    const count = fc.integer({ min: 0, max: 300 });
    const score = fc.option(
      fc.integer({ min: 10, max: 100 }).map((n) => n / 10),
      { nil: null },
    );
    const staged = fc.record({
      start: fc.record({ average: score, answers: count }),
      end: fc.record({ average: score, answers: count }),
    });
    fc.assert(
      fc.property(
        fc.record({
          active: count,
          completed: count,
          endedEarly: count,
          meetings: count,
          youngSpecialists: count,
          covered: count,
          planDone: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          mentor: staged,
          mentee: staged,
        }),
        (v) => {
          const young = Math.max(v.youngSpecialists, v.covered);
          const facts = factsOf({
            active: v.active,
            completed: v.completed,
            endedEarly: v.endedEarly,
            meetings: v.meetings,
            meetingsPerPair: v.active + v.completed + v.endedEarly === 0 ? null : 1.5,
            youngSpecialists: young,
            youngCovered: v.covered,
            youngCoverage: young === 0 ? null : Math.round((100 * v.covered) / young),
            planDone: v.planDone,
            pairsWithPlan: v.planDone === null ? 0 : v.active,
            satisfactionByStage: { mentor: v.mentor, mentee: v.mentee },
          });
          const lines = [
            ...yearConclusions(facts),
            newsText({
              organisation: "МБОУ «СОШ № 7»",
              schoolYear: "2026/2027",
              facts,
              practices: [],
              awarded: [],
            }),
          ];
          for (const line of lines) {
            expect(line).toMatch(/^[А-ЯЁ][\s\S]*\.\n*$/);
            expect(line).not.toMatch(/undefined|null|NaN|\.\.|\s[,.]/);
          }
        },
      ),
    );
  });
});

describe("the news text", () => {
  const facts = factsOf({
    active: 2,
    completed: 1,
    meetings: 3,
    youngSpecialists: 4,
    youngCovered: 3,
    youngCoverage: 75,
  });

  it("names nobody unless an award is confirmed, and never an e-mail", () => {
    const text = newsText({
      organisation: "МБОУ «СОШ № 7»",
      schoolYear: "2026/2027",
      facts,
      practices: [{ title: "Урок глазами наставляемого", author: "Морозова А. В.", form: "Индивидуальная" }],
      awarded: [],
    });
    expect(plain(text)).toContain("работали 3 наставнические пары (группы), проведены 3 встречи.");
    expect(text).toContain("«Урок глазами наставляемого»");
    expect(text).not.toContain("Морозова");
    expect(text).not.toContain("@");
    expect(text.split("\n\n")).toHaveLength(2);
    const awarded = newsText({
      organisation: "МБОУ «СОШ № 7»",
      schoolYear: "2026/2027",
      facts,
      practices: [],
      awarded: ["Морозова Анна Викторовна"],
    });
    expect(awarded).toContain("благодарность объявлена наставникам: Морозова Анна Викторовна.");
  });
});

describe("the справка's conclusions", () => {
  it("count who answered and say which question scored lowest", () => {
    const grid = [
      ["Роль", "Этап", "Программа в целом", "Поддержка куратора", "Продолжить участие"],
      ["Наставник", "Начало программы", 6, 5, ""],
      ["Наставник", "", 8, 6, "Да"],
      ["Наставляемый", "Завершение программы", 9, 9, "Нет"],
    ];
    const lines = monitoringConclusions(monitoringFacts(grid)).map(plain);
    expect(lines[0]).toBe("На анкету в начале программы ответил 1 участник, по её завершении — 2 участника.");
    expect(lines).toContain("Оценка программы в целом у наставников выросла с 6 до 8.");
    expect(lines).toContain("Продолжить участие в наставничестве готов 1 из 2 ответивших.");
    expect(lines).toContain("Наименьшая итоговая оценка — «Поддержка» (6 из 10).");
  });
});
