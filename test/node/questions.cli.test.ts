import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allQuestionnaires } from "../../src/core/intake/questionnaireSet";
import { CONTEXT } from "../questionnaires/fixtures";
import { initWorkbook, nastavnik } from "../support/cli";

describe("nastavnik questions", () => {
  it("prints every question of the four forms with the exact text the import expects", async () => {
    const result = await nastavnik("questions");
    expect(result.code).toBe(0);
    for (const form of allQuestionnaires(CONTEXT)) {
      expect(result.stdout).toContain(`${form.title}\n`);
      for (const question of form.questions.filter((asked) => !asked.retired))
        expect(result.stdout).toContain(`. ${question.title} — `);
    }
    expect(result.stdout).toMatch(/1\. Адрес электронной почты — электронная почта, обязательный/);
    expect(result.stdout).toContain("Оператор персональных данных");
  });

  it("prints one form with --form, with the competences and organisation of a workbook", async () => {
    const { book } = await initWorkbook("nastavnik-questions-");
    const result = await nastavnik("questions", book, "--form", "mentee");
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("Анкета наставляемого\n")).toBe(true);
    expect(result.stdout).not.toContain("Анкета наставника");
    expect(result.stdout).toMatch(
      /Профессиональные затруднения — несколько вариантов из списка, обязательный/,
    );
    expect(result.stdout).toContain("   – Мотивация обучающихся");
    expect((await nastavnik("questions", "--form", "nobody")).code).toBe(2);
  });
});

describe("README: the questions to build in Яндекс Формы", () => {
  it("lists every question of the four forms with its exact text", () => {
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8").replace(/\s+/g, " ");
    for (const form of allQuestionnaires(CONTEXT))
      for (const question of form.questions.filter((asked) => !asked.retired))
        expect(readme, question.title).toContain(`«${question.title}»`);
  });
});
