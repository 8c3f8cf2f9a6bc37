/**
 * Kind 11: «Отчёт о реализации программы наставничества» — the year's figures, the charts, the pairs and
 * their results, the best practices and the conclusions, signed by the head.
 */
import { type Block, loopRow } from "../../template/blocks";
import { EMPTY, signatureLine, text } from "./layout";

/** The charts with their captions, or where to find them when the run had no pictures. */
export function chartBlocks(missing: string): Block[] {
  return [
    { paragraph: "{{#Диаграммы}}" },
    { paragraph: "{{Рисунок}}", align: "center" },
    { paragraph: "Рисунок {{Номер}}. {{Название}}", align: "center", size: 12 },
    EMPTY,
    { paragraph: "{{/Диаграммы}}" },
    text(`{{^Есть диаграммы}}${missing}{{/Есть диаграммы}}`),
    EMPTY,
  ];
}

/** The title of a report or справка: the organisation, the word, what it is about. */
export function reportHead(word: string, about: string): Block[] {
  return [
    { paragraph: "{{Организация}}", align: "center", bold: true },
    EMPTY,
    { paragraph: word, align: "center", bold: true, size: 16 },
    { paragraph: about, align: "center", bold: true },
    EMPTY,
  ];
}

/** The head's signature and the date under the text. */
export function reportEnd(): Block[] {
  return [
    EMPTY,
    EMPTY,
    signatureLine("{{Должность руководителя}}", "{{Руководитель|инициалы}}"),
    EMPTY,
    { paragraph: "Исполнитель: {{Должность куратора}} {{Куратор|кратко}}", size: 12 },
    { paragraph: "{{Дата}}", size: 12 },
  ];
}

export function yearReportBlocks(): Block[] {
  return [
    ...reportHead(
      "ОТЧЁТ",
      "о реализации программы наставничества педагогических работников\nв {{Учебный год}} учебном году",
    ),
    { paragraph: "1. Общие сведения", bold: true },
    text(
      "Программа наставничества педагогических работников реализована в {{Организация кратко}} в " +
        "соответствии с Положением о системе наставничества педагогических работников и дорожной картой " +
        "на {{Учебный год}} учебный год. Куратор программ наставничества: {{Куратор|кратко}}, " +
        "{{Должность куратора}}.",
    ),
    EMPTY,
    { paragraph: "2. Показатели реализации программы", bold: true },
    {
      table: {
        header: ["Показатель", "Значение"],
        rows: [loopRow("Показатели", ["{{Показатель}}", "{{Значение}}"])],
        widths: [3, 2],
      },
    },
    EMPTY,
    { paragraph: "3. Диаграммы", bold: true },
    ...chartBlocks("Диаграммы показателей построены на листе «Сводка» таблицы наставничества."),
    { paragraph: "4. Наставнические пары (группы) и результаты", bold: true },
    text("{{^Есть пары}}Наставнические пары в этом учебном году не работали.{{/Есть пары}}"),
    {
      table: {
        header: ["№", "Пара (группа)", "Форма", "Встреч", "План", "Итог"],
        rows: [
          loopRow("Пары", ["{{Номер}}", "{{Пара}}", "{{Форма}}", "{{Встречи}}", "{{План}}", "{{Итог}}"]),
        ],
        widths: [0.6, 3.6, 2.3, 1.1, 1, 2.9],
        align: ["center", "left", "left", "center", "center", "left"],
        size: 11,
        compact: true,
      },
    },
    EMPTY,
    { paragraph: "5. Лучшие практики наставничества", bold: true },
    { paragraph: "{{#Практики}}" },
    text(
      "{{Номер}}. «{{Практика}}» — {{Автор}}, {{Форма}}{{#Оценка}}, оценка экспертов {{Оценка}} из 50{{/Оценка}}.",
    ),
    { paragraph: "{{/Практики}}" },
    text(
      "{{^Есть практики}}Лучшие практики в методическую копилку в этом учебном году не внесены.{{/Есть практики}}",
    ),
    EMPTY,
    { paragraph: "6. Выводы и рекомендации", bold: true },
    { paragraph: "{{#Выводы}}" },
    // Kept with the signature: the loop's closing paragraph, which the signature would otherwise be kept
    // with, is gone from the filled document.
    { ...text("{{Вывод}}"), keepWithNext: true },
    { paragraph: "{{/Выводы}}" },
    ...reportEnd(),
  ];
}
