/** Kind 12: «Справка по итогам мониторинга» of the mentoring programme, signed by the head. */
import { type Block, loopRow } from "../../template/blocks";
import { EMPTY, text } from "./layout";
import { chartBlocks, reportEnd, reportHead } from "./yearReport";

export function monitoringNoteBlocks(): Block[] {
  return [
    ...reportHead(
      "СПРАВКА",
      "по итогам мониторинга реализации программы наставничества\nв {{Учебный год}} учебном году",
    ),
    text(
      "Цель мониторинга: оценить качество реализации программы наставничества педагогических работников " +
        "{{Организация кратко}}, удовлетворённость наставников и наставляемых и динамику их оценок от " +
        "начала к завершению программы.",
    ),
    text(
      "Форма проведения: анкетирование участников в начале и по завершении программы; " +
        "оценки выставляются по шкале от 1 до 10.",
    ),
    EMPTY,
    { paragraph: "1. Участники анкетирования", bold: true },
    {
      table: {
        header: ["Участники", "Начало программы", "Завершение программы"],
        rows: [loopRow("Ответившие", ["{{Роль}}", "{{Начало}}", "{{Завершение}}"])],
        widths: [3, 2, 2],
        align: ["left", "center", "center"],
      },
    },
    EMPTY,
    { paragraph: "2. Средние оценки по показателям", bold: true },
    {
      table: {
        header: [
          "Показатель",
          "Наставники: начало",
          "Наставники: конец",
          "Наставляемые: начало",
          "Наставляемые: конец",
        ],
        rows: [
          loopRow("Оценки", [
            "{{Показатель}}",
            "{{Наставники начало}}",
            "{{Наставники конец}}",
            "{{Наставляемые начало}}",
            "{{Наставляемые конец}}",
          ]),
        ],
        widths: [2.6, 1.8, 1.8, 1.9, 1.9],
        align: ["left", "center", "center", "center", "center"],
        compact: true,
        size: 11,
      },
    },
    EMPTY,
    ...chartBlocks("Диаграмма удовлетворённости построена на листе «Сводка» таблицы наставничества."),
    { paragraph: "3. Выводы", bold: true },
    { paragraph: "{{#Выводы}}" },
    text("{{Вывод}}"),
    { paragraph: "{{/Выводы}}" },
    EMPTY,
    { paragraph: "4. Рекомендации", bold: true },
    { paragraph: "{{#Рекомендации}}" },
    // Kept with the signature (see the report's conclusions).
    { ...text("{{Номер}}. {{Рекомендация}}"), keepWithNext: true },
    { paragraph: "{{/Рекомендации}}" },
    ...reportEnd(),
  ];
}
