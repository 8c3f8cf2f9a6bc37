import type { ColumnSpec } from "../schema/columns";
import { MEETING_FORMATS, MEETING_KINDS } from "../schema/enums";
import { MEETINGS } from "../schema/yearSheets";
import { QuestionnaireError } from "./errors";
import { PARAGRAPH_MAX, personalDataNotice, type QuestionnaireContext, SHORT_TEXT_MAX } from "./forms";
import type { Question, Questionnaire } from "./types";

/**
 * The title of the question naming the pair: «Наставляемый» is one of the headers the meeting import
 * reads a pair from («ФИО (ПР-003)», a pair ID or the mentee's name).
 */
export const MEETING_PAIR_QUESTION = "Наставляемый";

/** A stand-in choice: the questions' titles do not depend on which pairs exist. */
export const MEETING_PLACEHOLDER = "—";

function header(key: string): string {
  const column: ColumnSpec | undefined = MEETINGS.columns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`Column ${key} is missing in ${MEETINGS.key}`);
  return column.header;
}

/** A question answered into the «Встречи» column `key`: its title is that column's header. */
function column(key: string, question: Omit<Question, "id" | "title">): Question {
  return { id: key, title: header(key), ...question };
}

/**
 * «Отчёт о встрече»: a mentor reports one meeting with their mentee (or group). Google Forms cannot show
 * each respondent only their own pairs, so the list holds every approved pair and the import refuses a
 * report whose pair's mentor is not the respondent's e-mail. The titles are the headers of «Встречи», so
 * the same import reads the form's answers, its export and a table typed by hand.
 */
export function meetingQuestionnaire(
  context: QuestionnaireContext,
  choices: readonly string[],
): Questionnaire {
  if (choices.length === 0) {
    throw new QuestionnaireError(
      "Не из чего выбирать: утверждённых пар пока нет. Утвердите пары на листе «Пары» и выберите «Создать анкеты» ещё раз.",
    );
  }
  return {
    key: "meeting",
    title: "Отчёт о встрече",
    description: [
      "Отчёт наставника о встрече с наставляемым (группой). Заполните его после каждой встречи: отчёт попадает на лист «Встречи» и в отчётность по программе наставничества. Принимается отчёт только от наставника этой пары: адрес электронной почты должен быть тем же, что в вашей анкете наставника.",
      personalDataNotice(
        context,
        "учёта встреч наставников с наставляемыми и отчётности по программе наставничества",
        false,
      ),
    ].join("\n\n"),
    collectsEmail: true,
    questions: [
      {
        id: "pairId",
        title: MEETING_PAIR_QUESTION,
        type: "list",
        required: true,
        options: choices,
        help: "Ваш наставляемый (или группа) и ID пары; в списке все утверждённые пары — выберите свою",
      },
      column("date", { type: "date", required: true, help: "Когда прошла встреча" }),
      column("kind", { type: "choice", required: true, options: MEETING_KINDS }),
      column("format", { type: "choice", required: true, options: MEETING_FORMATS }),
      column("topic", {
        type: "text",
        required: true,
        maxLength: SHORT_TEXT_MAX,
        help: "Тема встречи или номер пункта индивидуального плана: «п. 3»",
      }),
      column("done", { type: "paragraph", required: true, maxLength: PARAGRAPH_MAX }),
      column("result", { type: "paragraph", required: false, maxLength: PARAGRAPH_MAX }),
      column("nextStep", { type: "text", required: false, maxLength: SHORT_TEXT_MAX }),
      column("hours", {
        type: "text",
        required: false,
        maxLength: SHORT_TEXT_MAX,
        help: "Сколько часов длилась встреча, например: 1 или 1,5",
      }),
    ],
  };
}
