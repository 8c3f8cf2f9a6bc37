import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkCertificate,
  type MatchingInstance,
  solveMatching,
  validateInstance,
} from "../../src/core/matching";
import { bruteForce, objective, smallInstance } from "./helpers";

const VALID = {
  mentors: [
    { id: "m1", capacity: 2 },
    { id: "m2", capacity: 1 },
  ],
  mentees: [{ id: "e1" }, { id: "e2" }, { id: "e3" }],
  edges: [
    { mentor: "m1", mentee: "e1", score: 37 },
    { mentor: "m1", mentee: "e2", score: 5 },
    { mentor: "m2", mentee: "e2", score: 0 },
    { mentor: "m2", mentee: "e3", score: 12 },
  ],
  locked: [{ mentor: "m1", mentee: "e1" }],
};

function errorsOf(raw: unknown): string[] {
  const outcome = validateInstance(raw);
  return "errors" in outcome ? outcome.errors : [];
}

function withEdit(edit: (copy: typeof VALID) => void): unknown {
  const copy = structuredClone(VALID);
  edit(copy);
  return copy;
}

describe("validateInstance", () => {
  it("accepts a valid instance and returns it unchanged in content", () => {
    const outcome = validateInstance(VALID);
    expect(outcome).toEqual({ instance: VALID });
  });

  it("treats locked as optional", () => {
    const { locked: _, ...rest } = VALID;
    expect(validateInstance(rest)).toEqual({ instance: { ...rest, locked: [] } });
  });

  it.each([
    ["not an object", [], /объект JSON/],
    ["mentors missing", { mentees: [], edges: [] }, /«mentors».*массивом/],
    ["edges not an array", { mentors: [], mentees: [], edges: {} }, /«edges».*массивом/],
  ])("refuses a malformed document: %s", (_name, raw, message) => {
    expect(errorsOf(raw).join("\n")).toMatch(message);
  });

  it.each<[string, (c: typeof VALID) => void, RegExp]>([
    ["duplicate mentor id", (c) => c.mentors.push({ id: "m2", capacity: 3 }), /Наставник «m2» указан дважды/],
    ["duplicate mentee id", (c) => c.mentees.push({ id: "e3" }), /Наставляемый «e3» указан дважды/],
    ["mentor without id", (c) => c.mentors.push({ id: "", capacity: 1 }), /mentors\[2\].*id/],
    ["negative capacity", (c) => (c.mentors[1]!.capacity = -1), /Наставник «m2».*вместимость.*-1/],
    ["fractional capacity", (c) => (c.mentors[1]!.capacity = 1.5), /Наставник «m2».*вместимость.*1\.5/],
    ["unknown mentor in edge", (c) => (c.edges[3]!.mentor = "m9"), /неизвестный наставник «m9»/],
    ["unknown mentee in edge", (c) => (c.edges[3]!.mentee = "e9"), /неизвестный наставляемый «e9»/],
    ["negative score", (c) => (c.edges[2]!.score = -4), /Связь «m2» — «e2».*балл.*-4/],
    ["fractional score", (c) => (c.edges[2]!.score = 2.5), /Связь «m2» — «e2».*балл.*2\.5/],
    ["score too large", (c) => (c.edges[2]!.score = 2_000_000), /Связь «m2» — «e2».*балл.*2000000/],
    [
      "duplicate edge",
      (c) => c.edges.push({ mentor: "m2", mentee: "e3", score: 1 }),
      /Связь «m2» — «e3» указана дважды/,
    ],
    [
      "locked pair without edge",
      (c) => c.locked.push({ mentor: "m2", mentee: "e1" }),
      /Закрепление «m2» — «e1».*нет/,
    ],
    [
      "unknown mentee in locks",
      (c) => c.locked.push({ mentor: "m2", mentee: "e7" }),
      /неизвестный наставляемый «e7»/,
    ],
    [
      "mentee locked twice",
      (c) => c.locked.push({ mentor: "m1", mentee: "e1" }),
      /Наставляемый «e1» закреплён дважды/,
    ],
    [
      "locks over capacity",
      (c) => {
        c.mentors[0]!.capacity = 1;
        c.locked.push({ mentor: "m1", mentee: "e2" });
      },
      /Наставник «m1».*закреплено наставляемых 2.*вместимость 1/,
    ],
  ])("refuses %s, naming the item", (_name, edit, message) => {
    expect(errorsOf(withEdit(edit)).join("\n")).toMatch(message);
  });

  it("reports a long list of problems in a bounded number of lines", () => {
    const raw = withEdit((c) => {
      for (let i = 0; i < 200; i++) c.edges.push({ mentor: `x${i}`, mentee: "e1", score: 1 });
    });
    const errors = errorsOf(raw);
    expect(errors.length).toBeLessThanOrEqual(51);
    expect(errors.at(-1)).toMatch(/ещё ошибок: 150/);
  });

  it("accepts every generated valid instance as it is, and the solver finds its optimum", () => {
    fc.assert(
      fc.property(smallInstance(), (instance) => {
        const outcome = validateInstance(JSON.parse(JSON.stringify(instance)));
        if (!("instance" in outcome)) throw new Error(outcome.errors.join("\n"));
        const accepted = outcome.instance;
        expect(accepted.mentors).toEqual(instance.mentors);
        expect(accepted.mentees).toEqual(instance.mentees);
        expect(accepted.edges).toEqual(instance.edges);
        expect(accepted.locked ?? []).toEqual(instance.locked ?? []);
        const result = solveMatching(accepted);
        expect(objective(result)).toEqual(bruteForce(instance));
        expect(checkCertificate(instance, result)).toEqual([]);
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it("refuses any instance with one broken score, naming its pair", () => {
    const badScore = fc.oneof(
      fc.integer({ max: -1 }),
      fc.double({ noInteger: true, noNaN: true }),
      fc.string(),
    );
    fc.assert(
      fc.property(
        smallInstance().filter((i) => i.edges.length > 0),
        fc.nat(),
        badScore,
        (instance: MatchingInstance, pick, score) => {
          const edges = instance.edges.map((e) => ({ ...e }));
          const broken = edges[pick % edges.length]!;
          (broken as { score: unknown }).score = score;
          const errors = errorsOf({ ...instance, edges });
          expect(errors.join("\n")).toContain(`Связь «${broken.mentor}» — «${broken.mentee}»: балл`);
        },
      ),
      { numRuns: 200, seed: 6 },
    );
  });
});
