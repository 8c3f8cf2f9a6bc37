import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import { PRACTICES } from "../../src/core/practices/sheet";
import { readYearFacts } from "../../src/core/yearReport/facts";
import { MAY, schoolAtYearEnd } from "../support/yearWorld";

describe("the year's facts behind the report", () => {
  it("count the practices of «Методическая копилка» as «Сводка» does", () => {
    const { workbook } = schoolAtYearEnd();
    appendRecords(workbook, PRACTICES, [
      { title: "Урок вдвоём", author: "Васильева Т. М." },
      { title: "Клуб молодого педагога", author: "Григорьева Н. И." },
    ]);
    expect(readYearFacts(workbook, MAY).summary.practices).toBe(2);
  });
});
