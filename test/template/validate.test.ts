import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compileTemplate,
  escapeForRe2,
  parseTag,
  TemplateError,
  validateTemplate,
} from "../../src/core/template";
import { ORDER_KIND, TEMPLATE_NAME } from "./fixtures";

const P = `Шаблон «${TEMPLATE_NAME}»: `;

function problems(text: string): string[] {
  return validateTemplate({ name: TEMPLATE_NAME, text }, ORDER_KIND);
}

describe("validateTemplate", () => {
  it("accepts a correct template", () => {
    const text =
      "Приказ № {{Номер приказа}} от {{Дата приказа|кавычки}}\n{{#Пары}}{{Номер}}\t{{Наставник|род кратко}}\t{{Наставляемый}}{{/Пары}}\n{{Директор|инициалы}}\n";
    expect(problems(text)).toEqual([]);
  });

  it("names an unknown field and the template, with a guess when one is close", () => {
    expect(problems("{{Организацыя}}")).toEqual([
      `${P}неизвестное поле {{Организацыя}} (может быть, имелось в виду {{Организация}}?)`,
    ]);
    expect(problems("{{#Пары}}{{Наставнник}}{{/Пары}}")).toEqual([
      `${P}неизвестное поле {{Наставнник}} (может быть, имелось в виду {{Наставник}}?)`,
    ]);
    expect(problems("{{Наставнник}}")).toEqual([`${P}неизвестное поле {{Наставнник}}`]);
    expect(problems("{{#Списки}}x{{/Списки}}")).toEqual([`${P}неизвестное поле {{#Списки}}`]);
  });

  it("tells that an element's field is used outside its list", () => {
    expect(problems("{{Наставник}}")).toEqual([
      `${P}поле {{Наставник}} есть только у элементов списка: оно пишется внутри {{#Пары}}…{{/Пары}}`,
    ]);
  });

  it("rejects unknown, clashing and unfitting modifiers", () => {
    expect(problems("{{Директор|рд}}")).toEqual([
      `${P}в теге {{Директор|рд}} неизвестный модификатор «рд»; допустимы: им, род, дат, вин, твор, пред, кратко, инициалы, кавычки, текстом, месяц, год, прописью, строчная, заглавная`,
    ]);
    expect(problems("{{Директор|род дат}}")).toEqual([
      `${P}в теге {{Директор|род дат}} модификаторы «род» и «дат» противоречат друг другу`,
    ]);
    expect(problems("{{Директор|род кавычки}}")).toEqual([
      `${P}в теге {{Директор|род кавычки}} модификаторы «род» и «кавычки» относятся к разным видам полей`,
    ]);
    expect(problems("{{Дата приказа|род}}")).toEqual([
      `${P}в теге {{Дата приказа|род}} модификаторы не подходят к полю {{Дата приказа}} (дата): допустимы: кавычки, текстом, месяц, год`,
    ]);
    expect(problems("{{Организация|род}}")).toEqual([
      `${P}в теге {{Организация|род}} модификаторы не подходят к полю {{Организация}} (текст): у него модификаторов нет`,
    ]);
    expect(problems("{{Директор|}}")).toEqual([`${P}в теге {{Директор|}} после «|» нет модификатора`]);
    expect(problems("{{#Пары|род}}{{/Пары}}")).toEqual([
      `${P}в теге {{#Пары|род}} не бывает модификаторов: они пишутся только в тегах значений`,
    ]);
  });

  it("finds unbalanced sections", () => {
    expect(problems("{{#Пары}}{{Номер}}")).toEqual([`${P}{{#Пары}} не закрыт: нет {{/Пары}}`]);
    expect(problems("{{Организация}}{{/Пары}}")).toEqual([`${P}{{/Пары}} без открывающего {{#Пары}}`]);
    expect(problems("{{#Пары}}{{#Срочно}}x{{/Пары}}{{/Срочно}}")).toEqual([
      `${P}{{#Срочно}} не закрыт до {{/Пары}}`,
      `${P}{{/Срочно}} без открывающего {{#Срочно}}`,
    ]);
  });

  it("finds broken tags and stray braces", () => {
    expect(problems("от {{Дата приказа г.\n")).toEqual([`${P}тег не закрыт: «{{Дата приказа г.» — нет «}}»`]);
    expect(problems("{{Организация {{Дата приказа}}")).toEqual([
      `${P}тег не закрыт: «{{Организация {{Дата приказа}}» — нет «}}»`,
    ]);
    expect(problems("Итого}} {{Организация}}")).toEqual([`${P}лишние «}}» без «{{»: «Итого}}»`]);
    expect(problems("{{}}")).toEqual([`${P}пустой тег {{}}`]);
    expect(problems("{{@Организация}}")[0]).toContain("недопустимое имя поля «@Организация»");
    expect(problems("{{?Примечание}}x{{/Примечание}}")[0]).toBe(
      `${P}тег {{?Примечание}} не поддерживается: блок, видимый только при заполненном поле, пишется {{#Примечание}}…{{/Примечание}}`,
    );
  });

  it("does not print a list as a value", () => {
    expect(problems("{{Пары}}")).toEqual([
      `${P}поле {{Пары}} — список; его элементы выводятся блоком {{#Пары}}…{{/Пары}}`,
    ]);
  });

  it("requires a row loop to span whole rows and a paragraph loop to stand alone", () => {
    expect(problems("№ {{#Пары}}{{Номер}}\t{{Наставник}}{{/Пары}}\n")).toEqual([
      `${P}{{#Пары}}…{{/Пары}} захватывает несколько ячеек таблицы: {{#Пары}} должен стоять в самом начале первой ячейки строки, а {{/Пары}} — в самом конце последней ячейки строки (тогда строки повторяются)`,
    ]);
    expect(problems("{{#Пары}}\n{{Номер}}\t{{Наставник}}\n{{/Пары}}\n")).toHaveLength(1);
    expect(problems("Назначить {{#Пары}}\n{{Номер}}\n{{/Пары}}\n")).toEqual([
      `${P}{{#Пары}} и {{/Пары}} стоят в разных абзацах, поэтому каждый из них должен занимать отдельный абзац целиком`,
    ]);
    expect(problems("{{#Пары}}{{Номер}}\t{{Наставник}}\n{{Номер}}\t{{Наставляемый}}{{/Пары}}\n")).toEqual([]);
  });

  it("lists every problem at once, and compileTemplate refuses the template", () => {
    const text = "{{Организацыя}} {{Директор|рд}}\n{{#Пары}}";
    expect(problems(text)).toHaveLength(3);
    expect(() => compileTemplate({ name: TEMPLATE_NAME, text }, ORDER_KIND)).toThrow(TemplateError);
  });
});

describe("parseTag", () => {
  it("reads names, sections and modifiers in any of the accepted spellings", () => {
    expect(parseTag(" Наставник | род  кратко ")).toMatchObject({
      type: "value",
      name: "Наставник",
      format: { grammaticalCase: "род", personForm: "short" },
    });
    expect(parseTag("Наставник|РОД|кратко")).toMatchObject({
      format: { grammaticalCase: "род", personForm: "short" },
    });
    expect(parseTag("^Примечание")).toMatchObject({ type: "open", inverted: true, name: "Примечание" });
    expect(parseTag("/ Пары")).toMatchObject({ type: "close", name: "Пары" });
    expect(parseTag("Ф.И.О. руководителя-2")).toMatchObject({ type: "value", name: "Ф.И.О. руководителя-2" });
  });
});

describe("escapeForRe2", () => {
  it("escapes every metacharacter of a tag", () => {
    expect(escapeForRe2("{{Наставник|род}}")).toBe("\\{\\{Наставник\\|род\\}\\}");
    expect(escapeForRe2("\\.+*?()|[]{}^$")).toBe("\\\\\\.\\+\\*\\?\\(\\)\\|\\[\\]\\{\\}\\^\\$");
  });

  it("makes a pattern that matches exactly the text and leaves no bare metacharacter", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."\\.+*?()|[]{}^$абв a-1\n") }), (text) => {
        const pattern = escapeForRe2(text);
        expect(new RegExp(`^${pattern}$`).test(text)).toBe(true);
        expect(pattern.replace(/\\./g, "")).not.toMatch(/[\\.+*?()|[\]{}^$]/);
      }),
    );
  });
});
