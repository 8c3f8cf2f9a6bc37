import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import {
  ALL_KINDS,
  activitiesFor,
  buildPlan,
  COMPETENCE_ACTIVITIES,
  DOCUMENT_KIND_IDS,
  DOCUMENT_KINDS,
  kindsByName,
  MAX_FILE_NAME,
  sanitizeFileName,
  YEAR_END_KINDS,
} from "../../src/core/documents";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import { blocksToText, validateTemplate } from "../../src/core/template";
import { docxText, validateDocxTemplate, writeDocxTemplate } from "../../src/node/docx";

describe("default templates", () => {
  it.each(ALL_KINDS.map((kind) => [kind.number, kind.title, kind] as const))(
    "%i. «%s» validates as text and as the .docx written from its blocks",
    (_number, _title, kind) => {
      const text = blocksToText(kind.blocks());
      expect(validateTemplate({ name: kind.title, text }, kind)).toEqual([]);
      const docx = writeDocxTemplate(kind.blocks());
      expect(validateDocxTemplate(docx, { name: kind.title, kind })).toEqual([]);
      expect(docxText(docx)).toBe(text);
    },
  );

  it("gives every order the usual layout: ПРИКАЗ, date and number on one line, control, signature, list", () => {
    for (const kind of ALL_KINDS.filter((k) => k.order)) {
      const text = blocksToText(kind.blocks());
      expect(text, kind.title).toContain("ПРИКАЗ\n");
      expect(text, kind.title).toContain("{{Дата приказа|кавычки}}\t№\u00a0{{Номер приказа}}\n");
      expect(text, kind.title).toContain("ПРИКАЗЫВАЮ:\n");
      expect(text, kind.title).toContain("Контроль за исполнением настоящего приказа оставляю за собой.");
      expect(text, kind.title).toContain(
        "{{Должность руководителя}}\t______________\t{{Руководитель|инициалы}}",
      );
      expect(text, kind.title).toContain("С приказом ознакомлены:\n{{#Ознакомлены}}");
    }
  });

  it("sets the date and number line as a borderless table, the text justified with a first-line indent", () => {
    const zip = new PizZip(writeDocxTemplate(DOCUMENT_KINDS.pairs.blocks()));
    const xml = zip.file("word/document.xml")!.asText();
    const tables = xml.split("<w:tbl>").slice(1);
    const dateLine = tables.find((table) => table.includes("{{Дата приказа|кавычки}}"))!;
    expect(dateLine).toContain('<w:insideV w:val="nil"/>');
    expect(dateLine).toMatch(/<w:jc w:val="right"\/>.*№\u00a0\{\{Номер приказа\}\}/);
    const appendix = tables.find((table) => table.includes("Форма наставничества"))!;
    expect(appendix).toContain('<w:insideV w:val="single"');
    expect(appendix).toContain("<w:tblHeader/>");
    expect(xml).toMatch(/<w:ind w:firstLine="709"\/><w:jc w:val="both"\/>.*1\.\{\{Номер\}\}\. Назначить/);
  });

  it("numbers the kinds, the Положение right after the order approving it, the year-end reports 11 and 12, with labels no other label begins with", () => {
    expect(ALL_KINDS.map((kind) => kind.number)).toEqual([1, 8, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]);
    for (const a of ALL_KINDS)
      for (const b of ALL_KINDS) if (a !== b) expect(b.label.startsWith(a.label)).toBe(false);
  });
});

describe("kind names", () => {
  it("accepts numbers, Russian words and Latin aliases, and «all»", () => {
    expect(kindsByName("2")).toEqual(["pairs"]);
    expect(kindsByName(" Программа ")).toEqual(["program"]);
    expect(kindsByName("consent")).toEqual(["pdConsent"]);
    expect(kindsByName("поощрение")).toEqual(["awards"]);
    expect(kindsByName("положение")).toEqual(["statute"]);
    expect(kindsByName("8")).toEqual(["statute"]);
    expect(kindsByName("9")).toEqual(["earlyEnd"]);
    expect(kindsByName("досрочное")).toEqual(["earlyEnd"]);
    expect(kindsByName("10")).toEqual(["nomination"]);
    expect(kindsByName("Представления")).toEqual(["nomination"]);
    // «все» is every kind but the year-end reports, which are made only when asked for by name.
    const everyDay = DOCUMENT_KIND_IDS.filter((id) => !YEAR_END_KINDS.includes(id));
    expect(everyDay).toHaveLength(ALL_KINDS.length - 2);
    expect(kindsByName("все")).toEqual(everyDay);
    expect(kindsByName("all")).toEqual(everyDay);
    expect(kindsByName("приказ")).toBeNull();
  });
});

describe("the plan of a programme", () => {
  it("has one or two activities for every competence of the questionnaires", () => {
    expect(COMPETENCE_ACTIVITIES).toHaveLength(COMPETENCES.length);
    for (const competence of COMPETENCES) {
      const activities = activitiesFor(competence.toUpperCase());
      expect(activities.length, competence).toBeGreaterThanOrEqual(1);
      expect(activities.length, competence).toBeLessThanOrEqual(2);
    }
    expect(activitiesFor("Шахматы в школе")).toHaveLength(1);
  });

  it("opens in the first month, spreads the activities in between, and sums up in the last month", () => {
    const plan = buildPlan(
      ["Мотивация обучающихся", "Методика проведения урока (занятия)"],
      { year: 2026, month: 10, day: 1 },
      { year: 2027, month: 6, day: 30 },
    );
    // Nine months, October to June: three activities over the seven months between, at months 0, 2, 4.
    expect(plan.map((item) => item.deadline)).toEqual([
      "октябрь 2026",
      "ноябрь 2026",
      "январь 2027",
      "март 2027",
      "июнь 2027",
    ]);
    expect(plan[0]?.direction).toBe("Организация работы");
    expect(plan.slice(1, -1).map((item) => item.direction)).toEqual([
      "Мотивация обучающихся",
      "Методика проведения урока (занятия)",
      "Методика проведения урока (занятия)",
    ]);
    expect(plan.at(-1)?.direction).toBe("Подведение итогов");
  });

  it("still has an opening and a summing up when there is no difficulty or only one month", () => {
    const day = { year: 2026, month: 10, day: 15 };
    expect(buildPlan([], day, day).map((item) => item.deadline)).toEqual(["октябрь 2026", "октябрь 2026"]);
  });
});

describe("sanitizeFileName", () => {
  it("keeps a normal name and replaces what file systems refuse", () => {
    expect(sanitizeFileName("Программа наставничества — Смирнова А. Д. — ПР-003")).toBe(
      "Программа наставничества — Смирнова А. Д. — ПР-003",
    );
    expect(sanitizeFileName('Приказ № 12/ОД от 01.10.2026 — О "пар"ах: <x>|?*\\')).toBe(
      "Приказ № 12_ОД от 01.10.2026 — О _пар_ах_ _x_____",
    );
    expect(sanitizeFileName("a\tb\u0000c  ...  ")).toBe("a b c");
    expect(sanitizeFileName("CON")).toBe("_CON");
    expect(sanitizeFileName("")).toBe("_");
  });

  it("cuts a long name to the limit in the middle, keeping its ID at the end", () => {
    const name = sanitizeFileName(`Согласие — ${"Оченьдлиннаяфамилия".repeat(20)} А. Б. — Н-001`);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME);
    expect(name.startsWith("Согласие — Оченьдлиннаяфамилия")).toBe(true);
    expect(name.endsWith("… — Н-001")).toBe(true);
    expect(sanitizeFileName("x".repeat(200))).toBe(`${"x".repeat(MAX_FILE_NAME - 1)}…`);
  });
});
