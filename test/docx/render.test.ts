import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileTemplate, loopRow, renderText, TemplateError } from "../../src/core/template";
import {
  docxText,
  partText,
  renderDocx,
  renderDocxFile,
  templateParser,
  validateDocxTemplate,
  writeDocxTemplate,
  writeDocxTemplateFile,
} from "../../src/node/docx";
import { ORDER_DATA, ORDER_KIND, problemsOf, TEMPLATE_NAME } from "../template/fixtures";
import { docxWithBody, parseXml, partXml } from "./helpers";

const OPTIONS = { name: TEMPLATE_NAME, kind: ORDER_KIND };
const P = `Шаблон «${TEMPLATE_NAME}»: `;

const r = (text: string, bold = false): string =>
  `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const cell = (...runs: string[]): string => `<w:tc><w:p>${runs.join("")}</w:p></w:tc>`;

/** Tags cut across runs the way Word cuts them after editing or spell-checking. */
const SPLIT_BODY = [
  `<w:p>${r("Приказ от ")}${r("{{Дата ")}${r("приказа|кав", true)}${r("ычки}}")}</w:p>`,
  `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>${cell(r("{{#Па"), r("ры}}{{Номер}}"))}${cell(r("{{Настав"), r("ник|род}}"))}${cell(r("{{Наставляемый}}{{/"), r("Пары}}"))}</w:tr></w:tbl>`,
  `<w:p>${r("{")}${r("{Директор|инициалы}")}${r("}")}</w:p>`,
].join("");

describe("renderDocx", () => {
  it("fills tags that Word split across runs, with modifiers and a table-row loop", () => {
    const template = docxWithBody(SPLIT_BODY);
    const rendered = renderDocx(template, ORDER_DATA, OPTIONS);
    const text = docxText(rendered);
    expect(text).toBe(
      "Приказ от «18» ноября 2022\u00a0г.\n" +
        "1\tИвановой Марии Петровны\tШевченко Тарас Григорьевич\n" +
        "2\tСмирновой Любови Андреевны\tАлиева Айгюль Рашид кызы\n" +
        "И.\u00a0С.\u00a0Петров\n",
    );
    const compiled = compileTemplate({ name: TEMPLATE_NAME, text: docxText(template) }, ORDER_KIND);
    expect(text).toBe(renderText(compiled, ORDER_DATA));
    expect(() => parseXml(partXml(rendered, "word/document.xml"))).not.toThrow();
  });

  it("refuses an unknown tag, naming it and the template", () => {
    const template = writeDocxTemplate([
      { table: { header: ["Наставник"], rows: [loopRow("Пары", ["{{Наставнник|род}}", "{{Форма}}"])] } },
      { paragraph: "{{Дериктор}}" },
    ]);
    expect(problemsOf(() => renderDocx(template, ORDER_DATA, OPTIONS))).toEqual([
      `${P}неизвестное поле {{Наставнник|род}} (может быть, имелось в виду {{Наставник}}?)`,
      `${P}неизвестное поле {{Дериктор}} (может быть, имелось в виду {{Директор}}?)`,
    ]);
    expect(validateDocxTemplate(template, OPTIONS)).toHaveLength(2);
  });

  it("refuses a missing value with core's message", () => {
    const template = writeDocxTemplate([{ paragraph: "{{Директор|инициалы}}, приказ № {{Номер приказа}}" }]);
    expect(problemsOf(() => renderDocx(template, { ...ORDER_DATA, Директор: null }, OPTIONS))).toEqual([
      `${P}не заполнено поле {{Директор|инициалы}}`,
    ]);
  });

  it("checks headers and footers too", () => {
    const header = `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p>${r("{{Организацыя}}")}</w:p></w:hdr>`;
    const template = docxWithBody(`<w:p>${r("{{Организация}}")}</w:p>`, { "word/header1.xml": header });
    expect(validateDocxTemplate(template, OPTIONS)).toEqual([
      `${P}неизвестное поле {{Организацыя}} (может быть, имелось в виду {{Организация}}?)`,
    ]);
  });

  it("says in Russian that a file is not a .docx", () => {
    expect(problemsOf(() => renderDocx(new Uint8Array([1, 2, 3]), ORDER_DATA, OPTIONS))).toEqual([
      `${P}файл не является документом .docx (не открывается как архив)`,
    ]);
  });
});

describe("files", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "nastavnik-docx-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the result only when rendering succeeded", async () => {
    const good = join(dir, "good.docx");
    const bad = join(dir, "bad.docx");
    await writeDocxTemplateFile(good, [{ paragraph: "{{Организация}}" }]);
    await writeDocxTemplateFile(bad, [{ paragraph: "{{Организацыя}}" }]);
    await renderDocxFile(good, join(dir, "out-good.docx"), ORDER_DATA, OPTIONS);
    await expect(renderDocxFile(bad, join(dir, "out-bad.docx"), ORDER_DATA, OPTIONS)).rejects.toThrow(
      TemplateError,
    );
    expect((await readdir(dir)).sort()).toEqual(["bad.docx", "good.docx", "out-good.docx"]);
    expect(docxText(new Uint8Array(await readFile(join(dir, "out-good.docx"))))).toBe("МБОУ «СОШ № 5»\n");
  });
});

describe("partText", () => {
  it("reads paragraphs, cells, nested tables, breaks and entities", () => {
    const xml =
      "<w:body><w:p><w:r><w:t>a &amp; &lt;b&gt; &#1046;</w:t><w:tab/><w:t>c</w:t><w:br/><w:t>d</w:t></w:r></w:p>" +
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc>" +
      "<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>in</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>" +
      '<w:p><w:pPr><w:pStyle w:val="x"/></w:pPr><w:r><w:br w:type="page"/><w:delText>удалено</w:delText></w:r></w:p></w:body>';
    expect(partText(xml)).toBe("a & <b> Ж\tc\nd\nx y\tin \n\n");
  });
});

describe("templateParser (docxtemplater's side of the lookup)", () => {
  const parser = templateParser(TEMPLATE_NAME);
  const loop = { tag: { module: "loop" } };

  it("formats values like core and lets docxtemplater look further out when a scope lacks one", () => {
    expect(parser("Директор|род кратко").get(ORDER_DATA)).toBe("Петрова\u00a0И.\u00a0С.");
    expect(parser("Директор").get({ Директор: null })).toBeUndefined();
    expect(() => parser("Организация").get({ Организация: " " })).toThrow(
      "не заполнено поле {{Организация}}",
    );
  });

  it("normalises section values the way core's sectionValue decides", () => {
    expect(parser("Пары", loop).get(ORDER_DATA)).toBe(ORDER_DATA.Пары);
    expect(parser("Количество пар", loop).get({ "Количество пар": 0 })).toBe(true);
    expect(parser("Примечание", loop).get({ Примечание: "  " })).toBe(false);
    expect(parser("Пары", loop).get({ Пары: [] })).toBe(false);
    expect(parser("Примечание", loop).get({})).toBeUndefined();
  });

  it("refuses a tag core would refuse", () => {
    expect(() => parser("Директор|рд")).toThrow(TemplateError);
  });
});
