import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTemplate, type DocumentKind, renderText, type TemplateData } from "../../src/core/template";
import { ORDER_DATA, ORDER_KIND, problemsOf, TEMPLATE_NAME } from "./fixtures";

function render(text: string, data: TemplateData = ORDER_DATA, kind: DocumentKind = ORDER_KIND): string {
  return renderText(compileTemplate({ name: TEMPLATE_NAME, text }, kind), data);
}

describe("values", () => {
  it("fills text, dates, numbers and people with their modifiers", () => {
    expect(render("{{Организация}}, приказ № {{Номер приказа}} от {{Дата приказа|кавычки}}\n")).toBe(
      "МБОУ «СОШ № 5», приказ № 123-о от «18» ноября 2022\u00a0г.\n",
    );
    expect(
      render("{{Дата приказа}}|{{Дата приказа|текстом}}|{{Дата приказа|месяц}}|{{Дата приказа|год}}"),
    ).toBe("18.11.2022|18\u00a0ноября 2022\u00a0г.|ноябрь 2022|2022");
    expect(render("{{Количество пар}} ({{Количество пар|прописью}}), срочно: {{Срочно}}")).toBe(
      "2 (два), срочно: нет",
    );
    expect(render("{{Директор}}; {{Директор|род}}; {{Директор|кратко}}; {{Директор|дат кратко}}")).toBe(
      "Петров Иван Сергеевич; Петрова Ивана Сергеевича; Петров\u00a0И.\u00a0С.; Петрову\u00a0И.\u00a0С.",
    );
    expect(render("{{Директор|твор|инициалы}} / {{ Директор | инициалы }}")).toBe(
      "И.\u00a0С.\u00a0Петровым / И.\u00a0С.\u00a0Петров",
    );
  });

  it("accepts spaces and non-breaking spaces inside names", () => {
    expect(render("{{Номер  приказа}} {{Номер\u00a0приказа}}")).toBe("123-о 123-о");
  });

  it("prints values exactly, whatever they contain", () => {
    const tricky = fc.oneof(
      fc.constantFrom("$1", "$&", "$$", "$`", "$'", "\\", "\\\\n", "{{Организация}}", "}}", "{{", "$<name>"),
      fc.string({ maxLength: 30 }).filter((s) => s.trim() !== ""),
      fc.string({ minLength: 500, maxLength: 2000 }).filter((s) => s.trim() !== ""),
    );
    fc.assert(
      fc.property(tricky, (value) => {
        expect(render("[{{Организация}}]", { ...ORDER_DATA, Организация: value })).toBe(`[${value}]`);
      }),
      { numRuns: 200 },
    );
  });

  it("declines a very long double surname without losing it", () => {
    const director = {
      lastName: `${"Ааа".repeat(100)}ов-Петров`,
      firstName: "Иван",
      middleName: "Ильич",
      gender: "М",
    };
    expect(render("{{Директор|род}}", { ...ORDER_DATA, Директор: director })).toBe(
      `${"Ааа".repeat(100)}ова-Петрова Ивана Ильича`,
    );
  });
});

describe("lists and sections", () => {
  it("repeats a table row for each element; names fall back to the outer fields", () => {
    const text =
      "№\tНаставник\tНаставляемый\n{{#Пары}}{{Номер}}\t{{Наставник|кратко}}\t{{Наставляемый|вин}} ({{Организация}}){{/Пары}}\nИтого\n";
    expect(render(text)).toBe(
      "№\tНаставник\tНаставляемый\n" +
        "1\tИванова\u00a0М.\u00a0П.\tШевченко Тараса Григорьевича (МБОУ «СОШ № 5»)\n" +
        "2\tСмирнова\u00a0Л.\u00a0А.\tАлиеву Айгюль Рашид кызы (МБОУ «СОШ № 5»)\n" +
        "Итого\n",
    );
  });

  it("removes a loop row when the list is empty, and joins rows at the end of the text", () => {
    const text = "А\tБ\n{{#Пары}}{{Номер}}\t{{Форма}}{{/Пары}}\n";
    expect(render(text, { ...ORDER_DATA, Пары: [] })).toBe("А\tБ\n");
    expect(render("{{#Пары}}{{Номер}}\t{{Форма}}{{/Пары}}")).toBe("1\tИндивидуальная\n2\tГрупповая");
  });

  it("repeats whole paragraphs when each tag stands alone in its paragraph", () => {
    const text = "Назначить:\n{{#Пары}}\n{{Номер}}. {{Наставника}}\n{{/Пары}}\nКонец\n".replace(
      "{{Наставника}}",
      "{{Наставник|вин}}",
    );
    expect(render(text)).toBe("Назначить:\n1. Иванову Марию Петровну\n2. Смирнову Любовь Андреевну\nКонец\n");
    expect(render(text, { ...ORDER_DATA, Пары: [] })).toBe("Назначить:\nКонец\n");
  });

  it("repeats inline within a paragraph", () => {
    expect(render("Формы: {{#Пары}}{{Форма}}; {{/Пары}}.")).toBe("Формы: Индивидуальная; Групповая; .");
  });

  it("shows an optional section only when the value is present, and ^ only when it is absent", () => {
    const text =
      "A\n{{#Примечание}}\nПримечание: {{Примечание}}\n{{/Примечание}}\n{{^Примечание}}Без примечаний{{/Примечание}}\n";
    expect(render(text)).toBe("A\nБез примечаний\n");
    expect(render(text, { ...ORDER_DATA, Примечание: "   " })).toBe("A\nБез примечаний\n");
    expect(render(text, { ...ORDER_DATA, Примечание: "срочно" })).toBe("A\nПримечание: срочно\n\n");
    expect(render("{{#Срочно}}СРОЧНО{{/Срочно}}", { ...ORDER_DATA, Срочно: true })).toBe("СРОЧНО");
    expect(render("{{#Количество пар}}есть{{/Количество пар}}", { ...ORDER_DATA, "Количество пар": 0 })).toBe(
      "есть",
    );
  });

  it("uses the innermost value that is not empty, as docxtemplater does", () => {
    const pairs = [
      { Номер: 1, Наставник: ORDER_DATA.Директор, Наставляемый: ORDER_DATA.Директор, Форма: null },
    ];
    expect(
      render(
        "{{#Пары}}{{Форма}}{{/Пары}}",
        { ...ORDER_DATA, Форма: "x", Пары: pairs },
        {
          ...ORDER_KIND,
          fields: [...ORDER_KIND.fields, { name: "Форма", kind: "text" }],
        },
      ),
    ).toBe("x");
  });
});

describe("missing and unfitting values", () => {
  it("names every empty field instead of leaving a blank", () => {
    const data = { ...ORDER_DATA, "Номер приказа": "  ", Директор: null };
    expect(problemsOf(() => render("№ {{Номер приказа}}, {{Директор|род}}, {{Организация}}", data))).toEqual([
      "Шаблон «Приказ о закреплении пар»: не заполнено поле {{Номер приказа}}",
      "Шаблон «Приказ о закреплении пар»: не заполнено поле {{Директор|род}}",
    ]);
  });

  it("says which element of a list lacks a value", () => {
    const pairs = [ORDER_DATA.Пары, [{ Номер: 3, Форма: "x" }]].flat() as TemplateData[];
    const problems = problemsOf(() =>
      render("{{#Пары}}{{Наставник}}\t{{Форма}}{{/Пары}}\n", { ...ORDER_DATA, Пары: pairs }),
    );
    expect(problems).toEqual([
      "Шаблон «Приказ о закреплении пар»: не заполнено поле {{Наставник}} (список {{#Пары}}, строка 3)",
    ]);
  });

  it("refuses a value of the wrong kind, a person without a surname, a Date object", () => {
    const bad = {
      ...ORDER_DATA,
      "Дата приказа": new Date(2022, 10, 18) as unknown as TemplateData[string],
      Директор: { lastName: "", firstName: "Иван" },
    };
    expect(problemsOf(() => render("{{Дата приказа}} {{Директор}}", bad))).toEqual([
      "Шаблон «Приказ о закреплении пар»: в теге {{Дата приказа}}: ожидается дата, а передано: объект Date (нужна дата вида {year, month, day})",
      "Шаблон «Приказ о закреплении пар»: в теге {{Директор}}: не указана фамилия у «Иван»",
    ]);
  });
});
