import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Candidate, type PairFacts, rankCandidates } from "../../src/core/awards/ranking";
import { awardWeights, DEFAULT_WEIGHTS } from "../../src/core/awards/weights";
import { readSettings } from "../../src/core/schema/settings";

function pair(id: string, facts: Partial<PairFacts> = {}): PairFacts {
  return {
    pairId: id,
    mentorId: `Н-${id}`,
    mentorName: `Наставник ${id}`,
    menteeNames: `Наставляемый ${id}`,
    excluded: null,
    mentorExcluded: null,
    meetings: 6,
    planDone: 50,
    satisfaction: 8,
    finalReport: null,
    ...facts,
  };
}

const pairsOf = (candidates: readonly Candidate[]) => candidates.filter((one) => one.nomination === "pair");

describe("the awards ranking", () => {
  it("weighs the normalised components and explains each candidate in Russian", () => {
    const ranked = pairsOf(
      rankCandidates(
        [
          pair("ПР-001", { planDone: 92, meetings: 9, satisfaction: 9, finalReport: 80 }),
          pair("ПР-002", { planDone: 100, meetings: 12, satisfaction: 10, finalReport: 100 }),
        ],
        DEFAULT_WEIGHTS,
      ),
    );
    expect(ranked.map((one) => [one.id, one.rank, one.score])).toEqual([
      ["ПР-002", 1, 100],
      // 0,4 × 92 + 0,2 × 75 + 0,3 × 90 + 0,1 × 80 = 36,8 + 15 + 27 + 8
      ["ПР-001", 2, 86.8],
    ]);
    expect(ranked[1]!.explanation).toBe(
      "план выполнен на 92 % (92 × 0,4 = 36,8); 9 встреч из 12 у лучшего (75 × 0,2 = 15); " +
        "оценка наставляемого 9 из 10 (90 × 0,3 = 27); итоговый отчёт наставника — 80 из 100 (80 × 0,1 = 8); " +
        "итого 86,8 из 100",
    );
  });

  it("hands a missing final report's weight to the other components and says so", () => {
    const [only] = pairsOf(
      rankCandidates([pair("ПР-001", { planDone: 90, satisfaction: 9, meetings: 5 })], DEFAULT_WEIGHTS),
    );
    // 40/90 × 90 + 20/90 × 100 + 30/90 × 90 = 40 + 22,2 + 30
    expect(only!.score).toBe(92.2);
    expect(only!.explanation).toContain(
      "итогового отчёта наставника нет — его вес разделён между остальными",
    );
    expect(only!.explanation).toContain("(90 × 0,44 = 40)");
  });

  it("leaves ended-early pairs out with the reason, and a mentor whose every pair ended early", () => {
    const all = rankCandidates(
      [pair("ПР-001"), pair("ПР-002", { excluded: "пара прекращена досрочно", mentorId: "Н-9" })],
      DEFAULT_WEIGHTS,
    );
    const ended = all.find((one) => one.nomination === "pair" && one.id === "ПР-002")!;
    expect(ended.rank).toBeNull();
    expect(ended.explanation).toBe("Не участвует: пара прекращена досрочно");
    const mentor = all.find((one) => one.nomination === "mentor" && one.id === "Н-9")!;
    expect(mentor.explanation).toBe("Не участвует: все пары наставника прекращены досрочно");
    expect(all.filter((one) => one.rank !== null).map((one) => one.id)).toEqual(["Н-ПР-001", "ПР-001"]);
  });

  it("ranks a mentor by the pairs that worked: meetings summed, plan and marks averaged", () => {
    const [mentor] = rankCandidates(
      [
        pair("ПР-001", { mentorId: "Н-1", meetings: 4, planDone: 80, satisfaction: 9 }),
        pair("ПР-002", { mentorId: "Н-1", meetings: 6, planDone: 60, satisfaction: 7 }),
      ],
      DEFAULT_WEIGHTS,
    );
    expect(mentor).toMatchObject({
      nomination: "mentor",
      id: "Н-1",
      meetings: 10,
      planDone: 70,
      satisfaction: 8,
    });
    expect(mentor!.pairIds).toEqual(["ПР-001", "ПР-002"]);
  });

  it("breaks ties deterministically and says by what", () => {
    const ranked = pairsOf(
      rankCandidates(
        [
          pair("ПР-003", { planDone: 50, satisfaction: 8, meetings: 6 }),
          pair("ПР-001", { planDone: 50, satisfaction: 8, meetings: 6 }),
        ],
        DEFAULT_WEIGHTS,
      ),
    );
    expect(ranked.map((one) => one.id)).toEqual(["ПР-001", "ПР-003"]);
    expect(ranked[0]!.explanation).toMatch(/При равном балле: выше ПР-003 — по порядку ID$/);
    expect(ranked[1]!.explanation).toMatch(/При равном балле: ниже ПР-001 — по порядку ID$/);
  });

  it("refuses weights that are all zero or negative in one Russian line", () => {
    const zero = { plan: 0, meetings: 0, satisfaction: 0, finalReport: 0 };
    expect(() => rankCandidates([pair("ПР-001")], zero)).toThrow(
      "Все веса рейтинга наград на листе «Настройки» равны нулю: задайте хотя бы один больше нуля.",
    );
    const rows = [["Рейтинг наград: вес выполнения плана", -5]];
    const { values, problems } = readSettings(rows, new Date(2026, 9, 1));
    expect(() => awardWeights(values, problems)).toThrow(
      /^«Рейтинг наград: вес выполнения плана»: ожидается целое число от 0 до 100, указано «-5» — исправьте вес на листе «Настройки»\.$/,
    );
    expect(awardWeights(readSettings([], new Date()).values)).toEqual(DEFAULT_WEIGHTS);
  });
});

const facts = fc.record({
  meetings: fc.integer({ min: 0, max: 40 }),
  planDone: fc.option(fc.integer({ min: 0, max: 100 })),
  satisfaction: fc.option(fc.integer({ min: 1, max: 10 })),
  finalReport: fc.option(fc.integer({ min: 0, max: 100 })),
  mentor: fc.integer({ min: 1, max: 4 }),
  ended: fc.boolean(),
});
const weights = fc
  .record({
    plan: fc.integer({ min: 0, max: 100 }),
    meetings: fc.integer({ min: 0, max: 100 }),
    satisfaction: fc.integer({ min: 0, max: 100 }),
    finalReport: fc.integer({ min: 0, max: 100 }),
  })
  .filter((w) => w.plan + w.meetings + w.satisfaction + w.finalReport > 0);

type Facts = typeof facts extends fc.Arbitrary<infer T> ? T : never;

function toPairs(list: readonly Facts[]): PairFacts[] {
  return list.map((one, index) =>
    pair(`ПР-${String(index + 1).padStart(3, "0")}`, {
      mentorId: `Н-${one.mentor}`,
      meetings: one.meetings,
      planDone: one.planDone,
      satisfaction: one.satisfaction,
      finalReport: one.finalReport,
      excluded: one.ended ? "пара прекращена досрочно" : null,
    }),
  );
}

describe("properties of the ranking", () => {
  it("keeps every score within 0–100 and ranks 1…n in each nomination", () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 12 }), weights, (list, w) => {
        const all = rankCandidates(toPairs(list), w);
        for (const one of all) if (one.score !== null) expect(one.score).toBeGreaterThanOrEqual(0);
        for (const one of all) if (one.score !== null) expect(one.score).toBeLessThanOrEqual(100);
        for (const nomination of ["mentor", "pair"] as const) {
          const ranks = all
            .filter((one) => one.nomination === nomination && one.rank !== null)
            .map((one) => one.rank);
          expect(ranks).toEqual(ranks.map((_, index) => index + 1));
        }
      }),
    );
  });

  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(
        fc
          .array(facts, { maxLength: 10 })
          .chain((list) =>
            fc.tuple(
              fc.constant(toPairs(list)),
              fc.shuffledSubarray(toPairs(list), { minLength: list.length, maxLength: list.length }),
            ),
          ),
        weights,
        ([rows, shuffled], w) => {
          expect(rankCandidates(shuffled, w)).toEqual(rankCandidates(rows, w));
        },
      ),
    );
  });

  it("never lowers a candidate's score when one of its components rises", () => {
    const component = fc.constantFrom("meetings", "planDone", "satisfaction", "finalReport");
    fc.assert(
      fc.property(
        fc.array(facts, { minLength: 1, maxLength: 8 }),
        weights,
        fc.nat(),
        component,
        (list, w, pick, key) => {
          const rows = toPairs(list).map((one) => ({ ...one, excluded: null }));
          const index = pick % rows.length;
          const target = rows[index]!;
          const max = key === "satisfaction" ? 10 : key === "meetings" ? 60 : 100;
          const current = target[key];
          if (current === null || current >= max) return;
          const raised = rows.map((one, i) => (i === index ? { ...one, [key]: current + 1 } : one));
          const score = (all: readonly PairFacts[]) =>
            rankCandidates(all, w).find((one) => one.nomination === "pair" && one.id === target.pairId)!
              .score!;
          expect(score(raised)).toBeGreaterThanOrEqual(score(rows));
        },
      ),
    );
  });
});
