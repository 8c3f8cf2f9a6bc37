/** The cross-renderer contract: a .docx filled by docxtemplater reads back as core's `renderText`. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDate, daysInMonth } from "../../src/core/format";
import {
  type Block,
  blocksToText,
  compileTemplate,
  loopRow,
  renderText,
  type TemplateData,
} from "../../src/core/template";
import { docxText, renderDocx, writeDocxTemplate } from "../../src/node/docx";
import { NAME_TABLE } from "../declension/names.table";
import { ORDER_DATA, ORDER_KIND, TEMPLATE_NAME } from "../template/fixtures";

const ORDER_BLOCKS: readonly Block[] = [
  { paragraph: "{{Организация}}", align: "center", bold: true },
  { paragraph: "ПРИКАЗ", align: "center", bold: true, size: 16 },
  { paragraph: "{{Дата приказа|кавычки}}                № {{Номер приказа}}" },
  { paragraph: "О закреплении наставнических пар", align: "center", bold: true },
  { paragraph: "В соответствии с положением о наставничестве ПРИКАЗЫВАЮ:", align: "justify" },
  {
    paragraph: "1. Закрепить наставников ({{Количество пар|прописью}}, {{Количество пар}}) согласно таблице:",
  },
  {
    table: {
      header: ["№", "Наставник", "Наставляемый", "Форма"],
      rows: [loopRow("Пары", ["{{Номер}}", "{{Наставник|кратко}}", "{{Наставляемый|род}}", "{{Форма}}"])],
      widths: [1, 5, 5, 3],
    },
  },
  { paragraph: "{{#Примечание}}" },
  { paragraph: "Примечание: {{Примечание}}" },
  { paragraph: "{{/Примечание}}" },
  { paragraph: "{{^Срочно}}Срок исполнения — обычный.{{/Срочно}}{{#Срочно}}СРОЧНО{{/Срочно}}" },
  { paragraph: "{{#Пары}}" },
  { paragraph: "{{Номер}}. Наставнику {{Наставник|дат кратко}} сопровождать {{Наставляемый|вин}}." },
  { paragraph: "{{/Пары}}" },
  { pageBreak: true },
  { paragraph: "Директор _____________ {{Директор|инициалы}}", align: "right" },
  { paragraph: "Формы: {{#Пары}}{{Форма}}; {{/Пары}}конец." },
];

const TEMPLATE = writeDocxTemplate(ORDER_BLOCKS);
const COMPILED = compileTemplate({ name: TEMPLATE_NAME, text: blocksToText(ORDER_BLOCKS) }, ORDER_KIND);
const OPTIONS = { name: TEMPLATE_NAME, kind: ORDER_KIND };

function bothWays(data: TemplateData): { docx: string; core: string } {
  return { docx: docxText(renderDocx(TEMPLATE, data, OPTIONS)), core: renderText(COMPILED, data) };
}

const person = fc.constantFrom(...NAME_TABLE).map((row) => {
  const [lastName, firstName, middleName, gender] = row.person;
  return { lastName, firstName, middleName, gender };
});
function xmlSafe(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  return (code >= 0x20 || code === 0x09 || code === 0x0a) && !surrogate && code !== 0xfffe && code !== 0xffff;
}

/** Any text a cell may hold (XML cannot hold control characters, and a sheet never gives «\r»). */
const text = fc
  .string({ unit: "binary", minLength: 1, maxLength: 40 })
  .map((s) => Array.from(s, (ch) => (xmlSafe(ch) ? ch : "x")).join(""))
  .filter((s) => s.trim() !== "");
const date = fc
  .record({
    year: fc.integer({ min: 2000, max: 2040 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => calendarDate(year, month, Math.min(day, daysInMonth(year, month))));
const pair = fc.record({
  Номер: fc.integer({ min: 1, max: 999 }),
  Наставник: person,
  Наставляемый: person,
  Форма: fc.oneof(text, fc.constantFrom("Индивидуальная", "Групповая", "$&", "$1 {{Форма}}")),
});
const data = fc.record({
  Организация: fc.oneof(text, fc.constant("МБОУ «СОШ № 5» <&> $& \\1")),
  "Номер приказа": text,
  "Дата приказа": date,
  Директор: person,
  "Количество пар": fc.integer({ min: 0, max: 999_999 }),
  Примечание: fc.option(fc.oneof(text, fc.constant("  ")), { nil: undefined }),
  Срочно: fc.boolean(),
  Пары: fc.array(pair, { maxLength: 4 }),
});

describe("docx renderer agrees with renderText", () => {
  it("on the sample order", () => {
    const { docx, core } = bothWays({ ...ORDER_DATA, Примечание: "первая строка\nвторая строка" });
    expect(docx).toBe(core);
    expect(core).toContain("«18» ноября 2022\u00a0г.");
    expect(core).toContain("1\tИванова\u00a0М.\u00a0П.\tШевченко Тараса Григорьевича\tИндивидуальная\n");
    expect(core).toContain(
      "2. Наставнику Смирновой\u00a0Л.\u00a0А. сопровождать Алиеву Айгюль Рашид кызы.\n",
    );
    expect(core).toContain("Примечание: первая строка\nвторая строка\n");
  });

  it("with an empty list, no optional value and a marked flag", () => {
    const { docx, core } = bothWays({ ...ORDER_DATA, Пары: [], Срочно: true });
    expect(docx).toBe(core);
    expect(core).not.toContain("Примечание");
    expect(core).toContain("№\tНаставник\tНаставляемый\tФорма\nСРОЧНО\n\nДиректор");
  });

  it("for any data", () => {
    fc.assert(
      fc.property(data, (generated) => {
        const { docx, core } = bothWays(generated);
        expect(docx).toBe(core);
      }),
      { numRuns: 60 },
    );
  });
});
