import { describe, expect, it } from "vitest";
import { awardedMentorNames, awardedMentors } from "../../src/core/awards/awardedMentors";
import { readAwardRows } from "../../src/core/awards/awardsRows";
import { AWARDS } from "../../src/core/awards/awardsSheet";
import { writeAwards } from "../../src/core/awards/writeAwards";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { mapColumns } from "../../src/core/schema/table";
import { confirmFirstPlaces } from "../support/awards";
import { context, demoWorkbook } from "../support/demoWorkbook";

const later = { ...context, now: new Date(2027, 4, 20, 9, 0) };

function rankedSchool() {
  const workbook = demoWorkbook();
  proposePairs(workbook, context);
  approvePairs(workbook, context, { all: true });
  writeAwards(workbook, later);
  return workbook;
}

describe("the mentors the news may name", () => {
  it("names nobody while nothing is confirmed", () => {
    expect(awardedMentors(rankedSchool())).toEqual([]);
  });

  it("names the confirmed «Наставник года» first and the best pair's mentor, each once, never a mentee", () => {
    const workbook = rankedSchool();
    confirmFirstPlaces(workbook);
    const grid = workbook.readAll(AWARDS.name);
    const map = mapColumns(AWARDS, grid[0]!);
    const [mentorOfYear, bestPair] = readAwardRows(grid).filter((row) => row.confirmed);
    const candidate = (id: string) =>
      String(grid.find((row) => row[map.get("id")!] === id)![map.get("candidate")!]);
    const pairMentor = candidate(bestPair!.id).split(" — ")[0]!;
    const names = awardedMentorNames(grid);
    expect(names[0]).toBe(candidate(mentorOfYear!.id));
    expect(names).toContain(pairMentor);
    expect(new Set(names).size).toBe(names.length);
    expect(names.join()).not.toContain(candidate(bestPair!.id).split(" — ")[1]!);
  });
});
