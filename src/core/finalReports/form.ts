import { QuestionnaireError } from "../questionnaires/errors";
import { PARAGRAPH_MAX, personalDataNotice, type QuestionnaireContext } from "../questionnaires/forms";
import type { PartnerChoice } from "../questionnaires/partners";
import type { Questionnaire } from "../questionnaires/types";
import { FINAL_RECOMMENDATIONS } from "../schema/enums";

function paragraph(id: string, title: string, help: string) {
  return { id, title, type: "paragraph", required: true, maxLength: PARAGRAPH_MAX, help } as const;
}

/**
 * «Итоговый отчёт наставника»: the mentor (known by the collected e-mail) reports on one mentee at the end
 * of the programme — the mentee's requests at the start, what was done, the results, a score and what comes
 * next. The mentees are listed as in «Анкета после групповой встречи»; throws QuestionnaireError when
 * there is nobody to list yet.
 */
export function finalReportQuestionnaire(
  context: QuestionnaireContext,
  choices: readonly PartnerChoice[],
): Questionnaire {
  const mentees = choices.filter((choice) => choice.role === "mentee").map((choice) => choice.label);
  if (mentees.length === 0)
    throw new QuestionnaireError(
      "Некого выбрать в отчёте: ни у одного наставляемого нет согласия на обработку персональных данных со значением «получено». Отметьте полученные согласия в листе «Наставляемые».",
    );
  return {
    key: "finalReport",
    title: "Итоговый отчёт наставника",
    description: [
      "Заполняется наставником при завершении программы наставничества — отдельно на каждого наставляемого. Отчёт войдёт в итоги программы: по нему куратор готовит отчёт о реализации программы и предложения о поощрении.",
      personalDataNotice(context, "подведения итогов программы наставничества", true),
    ].join("\n\n"),
    collectsEmail: true,
    questions: [
      {
        id: "mentee",
        title: "Наставляемый",
        type: "list",
        required: true,
        options: mentees,
        help: "О ком этот отчёт: фамилия, имя, отчество (должность)",
      },
      paragraph(
        "requests",
        "Запросы наставляемого в начале программы",
        "С какими затруднениями и целями пришёл наставляемый",
      ),
      paragraph("done", "Что сделано за время программы", "Встречи, посещённые уроки, совместные проекты"),
      paragraph(
        "results",
        "Результаты наставляемого",
        "Чему научился, что получается теперь, участие в конкурсах и мероприятиях",
      ),
      {
        id: "score",
        title: "Оцените результат работы в паре",
        type: "scale",
        required: true,
        min: 1,
        max: 10,
        lowLabel: "Результата нет",
        highLabel: "Отличный результат",
      },
      {
        id: "recommendation",
        title: "Ваша рекомендация",
        type: "choice",
        required: true,
        options: FINAL_RECOMMENDATIONS,
      },
      { id: "comment", title: "Комментарий", type: "paragraph", required: false, maxLength: PARAGRAPH_MAX },
    ],
  };
}
