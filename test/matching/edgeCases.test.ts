import { describe, expect, it } from "vitest";
import { checkCertificate, MAX_SCORE, type MatchingInstance, solveMatching } from "../../src/core/matching";

function solved(instance: MatchingInstance) {
  const result = solveMatching(instance);
  expect(checkCertificate(instance, result)).toEqual([]);
  return result;
}

describe("solveMatching edge cases", () => {
  it("solves the empty instance", () => {
    const result = solved({ mentors: [], mentees: [], edges: [] });
    expect(result).toMatchObject({ pairs: [], unmatched: [], matched: 0, total: 0 });
  });

  it("leaves everyone unmatched without edges or without capacity", () => {
    const noEdges = solved({
      mentors: [{ id: "m", capacity: 3 }],
      mentees: [{ id: "b" }, { id: "a" }],
      edges: [],
    });
    expect(noEdges.unmatched).toEqual(["a", "b"]);
    const noCapacity = solved({
      mentors: [{ id: "m", capacity: 0 }],
      mentees: [{ id: "a" }],
      edges: [{ mentor: "m", mentee: "a", score: 9 }],
    });
    expect(noCapacity).toMatchObject({ matched: 0, unmatched: ["a"] });
  });

  it("keeps locks that fill a mentor and matches the rest elsewhere", () => {
    const result = solved({
      mentors: [
        { id: "m1", capacity: 1 },
        { id: "m2", capacity: 1 },
      ],
      mentees: [{ id: "e1" }, { id: "e2" }],
      edges: [
        { mentor: "m1", mentee: "e1", score: 0 },
        { mentor: "m1", mentee: "e2", score: 100 },
        { mentor: "m2", mentee: "e2", score: 1 },
      ],
      locked: [{ mentor: "m1", mentee: "e1" }],
    });
    expect(result.pairs).toEqual([
      { mentor: "m1", mentee: "e1", score: 0 },
      { mentor: "m2", mentee: "e2", score: 1 },
    ]);
  });

  it("prefers more pairs to a higher total, even at the largest scores", () => {
    const result = solved({
      mentors: [
        { id: "m1", capacity: 1 },
        { id: "m2", capacity: 1 },
      ],
      mentees: [{ id: "e1" }, { id: "e2" }],
      edges: [
        { mentor: "m1", mentee: "e1", score: MAX_SCORE },
        { mentor: "m2", mentee: "e1", score: MAX_SCORE },
        { mentor: "m1", mentee: "e2", score: 0 },
      ],
    });
    expect(result).toMatchObject({ matched: 2, total: MAX_SCORE });
  });

  it("handles a huge capacity as unlimited", () => {
    const mentees = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}` }));
    const result = solved({
      mentors: [{ id: "m", capacity: 2_000_000_000 }],
      mentees,
      edges: mentees.map((e, i) => ({ mentor: "m", mentee: e.id, score: i })),
    });
    expect(result).toMatchObject({ matched: 5, total: 10 });
  });

  it("stays exact with large scores on a few thousand mentees", () => {
    const mentors = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, capacity: 40 }));
    const mentees = Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}` }));
    const edges = mentees.flatMap((e, i) =>
      [0, 1, 2].map((k) => ({
        mentor: `m${(i * 7 + k * 13) % 40}`,
        mentee: e.id,
        score: MAX_SCORE - ((i * k) % 97),
      })),
    );
    const result = solved({ mentors, mentees, edges });
    expect(result.matched).toBe(1600);
  });
});

describe("the documented tie rule", () => {
  it("gives a contested mentor to the mentee with the smaller id when scores are equal", () => {
    const result = solved({
      mentors: [{ id: "m", capacity: 1 }],
      mentees: [{ id: "e2" }, { id: "e1" }],
      edges: [
        { mentor: "m", mentee: "e2", score: 5 },
        { mentor: "m", mentee: "e1", score: 5 },
      ],
    });
    expect(result.pairs).toEqual([{ mentor: "m", mentee: "e1", score: 5 }]);
  });

  it("picks the mentor with the smaller id among equally good free mentors", () => {
    const result = solved({
      mentors: [
        { id: "m2", capacity: 1 },
        { id: "m1", capacity: 1 },
      ],
      mentees: [{ id: "e" }],
      edges: [
        { mentor: "m2", mentee: "e", score: 5 },
        { mentor: "m1", mentee: "e", score: 5 },
      ],
    });
    expect(result.pairs).toEqual([{ mentor: "m1", mentee: "e", score: 5 }]);
  });

  it("orders ids by UTF-16 code units, not by locale", () => {
    const result = solved({
      mentors: [
        { id: "ё", capacity: 1 },
        { id: "я", capacity: 1 },
      ],
      mentees: [{ id: "e" }],
      edges: [
        { mentor: "ё", mentee: "e", score: 1 },
        { mentor: "я", mentee: "e", score: 1 },
      ],
    });
    // "я" (U+044F) < "ё" (U+0451) in code units, although "ё" comes first in the Russian alphabet.
    expect(result.pairs[0]?.mentor).toBe("я");
  });
});
