import {
  PARAGRAPH_MAX,
  personalDataNotice,
  type QuestionnaireContext,
  SHORT_TEXT_MAX,
} from "../questionnaires/forms";
import type { Questionnaire } from "../questionnaires/types";

/**
 * «Практика наставничества»: a mentor, a mentee or a pair submits a practice to «Методическая копилка».
 * The expert card is not part of the form: the expert fills it in the sheet.
 */
export function practiceQuestionnaire(context: QuestionnaireContext): Questionnaire {
  return {
    key: "practice",
    title: "Практика наставничества",
    description: [
      "Поделитесь удачной практикой наставничества: она попадёт в методическую копилку организации. Эксперт оценит её по пяти критериям (результативность, эффективность, уникальность, тиражируемость, масштабируемость), лучшие практики войдут в отчёт о реализации программы. Чтобы исправить заявку, отправьте форму ещё раз с тем же названием.",
      personalDataNotice(context, "ведения методической копилки программы наставничества", true),
    ].join("\n\n"),
    collectsEmail: true,
    questions: [
      {
        id: "title",
        title: "Название практики",
        type: "text",
        required: true,
        maxLength: SHORT_TEXT_MAX,
      },
      {
        id: "author",
        title: "Автор или пара",
        type: "text",
        required: true,
        maxLength: SHORT_TEXT_MAX,
        help: "Фамилия, имя, отчество автора или наставника и наставляемого",
      },
      {
        id: "form",
        title: "Форма практики",
        type: "text",
        required: true,
        maxLength: SHORT_TEXT_MAX,
        help: "Например: мастер-класс, взаимопосещение уроков, педагогическая мастерская, проект",
      },
      {
        id: "description",
        title: "Описание практики",
        type: "paragraph",
        required: true,
        maxLength: PARAGRAPH_MAX,
        help: "Цель, участники, как проводится",
      },
      {
        id: "results",
        title: "Результаты практики",
        type: "paragraph",
        required: true,
        maxLength: PARAGRAPH_MAX,
        help: "Что изменилось благодаря практике",
      },
      {
        id: "links",
        title: "Ссылки на материалы",
        type: "paragraph",
        required: false,
        maxLength: PARAGRAPH_MAX,
        help: "Конспекты, презентации, видео — по одной ссылке в строке",
      },
    ],
  };
}
