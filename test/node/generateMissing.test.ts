import { existsSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoXlsx, nastavnik } from "../support/xlsxWorld";

describe("nastavnik generate after a .docx was deleted by hand", () => {
  it("makes again only the missing ones; --again still makes them all", async () => {
    const book = await demoXlsx();
    const out = join(dirname(book), "Документы");
    expect((await nastavnik("match", book)).code).toBe(0);
    expect((await nastavnik("approve", book, "--all")).code).toBe(0);
    const first = await nastavnik("generate", book, "--doc", "program", "--out", out);
    // Nine programmes: ПР-002 + ПР-003 and ПР-009 + ПР-010 are groups.
    expect(first.out).toContain("Сформировано документов: 9");
    const folder = join(out, "Программы наставничества");
    const [gone, alsoGone] = readdirSync(folder).sort();
    rmSync(join(folder, gone!));
    rmSync(join(folder, alsoGone!));

    const second = await nastavnik("generate", book, "--doc", "program", "--out", out);
    expect(second.code).toBe(0);
    expect(second.out).toContain("Сформировано документов: 2");
    expect(existsSync(join(folder, gone!))).toBe(true);
    expect(existsSync(join(folder, alsoGone!))).toBe(true);
    expect(readdirSync(folder)).toHaveLength(9);

    const third = await nastavnik("generate", book, "--doc", "program", "--out", out);
    expect(third.out).toContain("Сформировано документов: 0");
    const again = await nastavnik("generate", book, "--doc", "program", "--out", out, "--again");
    expect(again.out).toContain("Сформировано документов: 9");
  }, 60_000);
});
