import { describe, expect, it } from "vitest";
import type { DocumentKind } from "../../src/core/template/fields";
import { renderFragment } from "../../src/core/template/fragment";

const kind: DocumentKind = {
  title: "Проба",
  fields: [
    { name: "Организация", kind: "text" },
    {
      name: "Пары",
      kind: "list",
      items: [
        { name: "Наставник", kind: "person" },
        { name: "Номер", kind: "number" },
      ],
    },
  ],
};

describe("renderFragment", () => {
  const data = {
    Организация: "МБОУ «СОШ № 7»",
    Пары: [
      {
        Наставник: { lastName: "Кузнецова", firstName: "Елена", middleName: "Сергеевна", gender: "Ж" },
        Номер: 1,
      },
    ],
  };

  it("fills a piece outside any loop from the document's fields", () => {
    expect(renderFragment("Приказ по {{Организация}}", data, [], kind, "Проба")).toBe(
      "Приказ по МБОУ «СОШ № 7»",
    );
  });

  it("fills a piece inside a loop from the current element, declined", () => {
    const item = {
      Наставник: { lastName: "Орлов", firstName: "Виктор", middleName: "Павлович", gender: "М" },
      Номер: 2,
    };
    const text = renderFragment(
      "{{Номер}}. Назначить {{Наставник|вин}} ({{Организация}})",
      data,
      [{ list: "Пары", item }],
      kind,
      "Проба",
    );
    expect(text).toBe("2. Назначить Орлова Виктора Павловича (МБОУ «СОШ № 7»)");
  });

  it("keeps $ and backslashes of values as they are", () => {
    const odd = { ...data, Организация: "ООО «$1 \\ $&»" };
    expect(renderFragment("{{Организация}}", odd, [], kind, "Проба")).toBe("ООО «$1 \\ $&»");
  });

  it("names the template and the tag when a field is unknown", () => {
    expect(() => renderFragment("{{Организацыя}}", data, [], kind, "Проба")).toThrow(/Проба.*Организацыя/);
  });
});
