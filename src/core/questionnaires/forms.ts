import type { ColumnSpec, SheetSchema } from "../schema/columns";
import { FORM_PREFERENCES, MENTEE_CATEGORIES, MONITORING_STAGES } from "../schema/enums";
import type { SettingsValues } from "../schema/settings";
import { MENTEES, MENTORS } from "../schema/sheets";
import { competenceList } from "./competences";
import { QuestionnaireError } from "./errors";
import type { PartnerChoice } from "./partners";
import type { Question, Questionnaire } from "./types";

/** What the questionnaires take from «Настройки». */
export interface QuestionnaireContext {
  /** The personal-data operator named in the forms' notices; "" if not set yet. */
  readonly organisation: string;
  readonly competences: readonly string[];
}

export function questionnaireContext(settings: SettingsValues): QuestionnaireContext {
  const text = (key: string) => {
    const value = settings[key];
    return typeof value === "string" ? value.trim() : "";
  };
  return {
    organisation: text("orgFullName") || text("orgShortName"),
    competences: competenceList(settings),
  };
}

/** Longest answers kept; longer ones are cut, with a reason in «Замечания». */
export const SHORT_TEXT_MAX = 200;
export const PARAGRAPH_MAX = 2000;

function operator(context: QuestionnaireContext): string {
  return context.organisation || "образовательная организация, в которой вы работаете";
}

/** The personal-data notice of every form: who the operator is, what for, and that consent is separate. */
export function personalDataNotice(
  context: QuestionnaireContext,
  purpose: string,
  resubmit: boolean,
): string {
  const lines = [
    `Оператор персональных данных — ${operator(context)}.`,
    `Ответы используются только для ${purpose}. С ними работают куратор программы наставничества и руководитель организации.`,
    "Анкета не заменяет согласия на обработку персональных данных: оно оформляется отдельным письменным документом (статья 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»). Пока согласие не оформлено, ответы не используются ни для подбора пар, ни в документах.",
    resubmit
      ? "Адрес электронной почты собирается автоматически, чтобы при повторной отправке анкеты заменить прежние ответы новыми, а не завести вас дважды."
      : "Адрес электронной почты собирается автоматически, чтобы связать ответы с участником программы.",
  ];
  return lines.join("\n\n");
}

function bankHeaders(schema: SheetSchema, key: string): string[] {
  const column: ColumnSpec | undefined = schema.columns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`Column ${key} is missing in ${schema.key}`);
  return [column.header, ...(column.aliases ?? [])];
}

/** Ties a question to a bank column and lets the column's header be read as the question in a table. */
function forColumn(schema: SheetSchema, question: Question & { column: string }): Question {
  const aliases = [...(question.aliases ?? []), ...bankHeaders(schema, question.column)].filter(
    (alias) => alias !== question.title,
  );
  return { ...question, aliases };
}

function personalQuestions(schema: SheetSchema): Question[] {
  const questions: (Question & { column: string })[] = [
    { id: "lastName", title: "Фамилия", type: "text", required: true, personName: true, column: "lastName" },
    { id: "firstName", title: "Имя", type: "text", required: true, personName: true, column: "firstName" },
    {
      id: "middleName",
      title: "Отчество",
      type: "text",
      required: false,
      personName: true,
      help: "Если есть",
      column: "middleName",
    },
    {
      id: "gender",
      title: "Пол",
      type: "choice",
      required: true,
      options: ["Женский", "Мужской"],
      stored: { Женский: "Ж", Мужской: "М" },
      help: "Нужен, чтобы правильно склонять фамилию, имя и должность в приказах",
      column: "gender",
    },
    {
      id: "position",
      title: "Должность",
      type: "text",
      required: true,
      maxLength: SHORT_TEXT_MAX,
      help: "Как в трудовом договоре, например: учитель математики",
      column: "position",
    },
    {
      id: "subject",
      title: "Предмет или направление",
      type: "text",
      required: true,
      maxLength: SHORT_TEXT_MAX,
      help: "Например: математика; начальные классы; дошкольное образование",
      column: "subject",
    },
    {
      id: "experience",
      title: "Педагогический стаж (лет)",
      type: "integer",
      required: true,
      min: 0,
      max: 60,
      help: "Полных лет, целое число от 0 до 60; если меньше года — 0",
      column: "experience",
    },
    {
      id: "unit",
      title: "Структурное подразделение",
      type: "text",
      required: false,
      maxLength: SHORT_TEXT_MAX,
      help: "Корпус, филиал, отделение — если в организации их несколько",
      column: "unit",
    },
  ];
  return questions.map((question) => forColumn(schema, question));
}

function closingQuestions(schema: SheetSchema): Question[] {
  const questions: (Question & { column: string })[] = [
    {
      id: "preferredForm",
      title: "Предпочитаемая форма наставничества",
      type: "choice",
      required: true,
      options: FORM_PREFERENCES,
      help: "Индивидуальная — один на один; групповая — наставник и несколько наставляемых; дистанционная — в основном онлайн; смешанная — очно и онлайн",
      column: "preferredForm",
    },
    {
      id: "meetingTime",
      title: "Удобное время для встреч",
      type: "text",
      required: false,
      maxLength: SHORT_TEXT_MAX,
      help: "Например: вторник и четверг после 14:00",
      column: "meetingTime",
    },
    {
      id: "wishes",
      title: "Пожелания",
      type: "paragraph",
      required: false,
      maxLength: PARAGRAPH_MAX,
      help: "Всё, что важно учесть при подборе пары",
      column: "wishes",
    },
  ];
  return questions.map((question) => forColumn(schema, question));
}

const BANK_PURPOSE =
  "организации наставничества педагогических работников: подбора пар, подготовки приказов, планов и отчётов по программе";

/** A bank questionnaire: the personal part, the questions of its own, the closing part, one notice. */
function bankQuestionnaire(
  context: QuestionnaireContext,
  form: Pick<Questionnaire, "key" | "title"> & { schema: SheetSchema; idPrefix: string; intro: string },
  own: (Question & { column: string })[],
): Questionnaire {
  const { schema } = form;
  return {
    key: form.key,
    title: form.title,
    description: [form.intro, personalDataNotice(context, BANK_PURPOSE, true)].join("\n\n"),
    collectsEmail: true,
    bank: { schema, idPrefix: form.idPrefix },
    questions: [
      ...personalQuestions(schema),
      ...own.map((question) => forColumn(schema, question)),
      ...closingQuestions(schema),
    ],
  };
}

export function mentorQuestionnaire(context: QuestionnaireContext): Questionnaire {
  return bankQuestionnaire(
    context,
    {
      key: "mentor",
      title: "Анкета наставника",
      schema: MENTORS,
      idPrefix: "Н",
      intro:
        "Анкета для педагогов, готовых стать наставниками коллег. По ответам куратор программы наставничества подбирает пары «наставник — наставляемый»: учитываются ваши сильные стороны, предмет, стаж и удобная форма работы. Заполнение займёт около 5 минут.",
    },
    [
      {
        id: "strengths",
        title: "Сильные стороны",
        type: "checkbox",
        required: true,
        options: context.competences,
        help: "В чём вы можете помочь коллеге? Отметьте одну или несколько областей",
        column: "strengths",
      },
      {
        id: "capacity",
        title: "Сколько наставляемых вы готовы взять?",
        type: "choice",
        required: true,
        options: ["1", "2", "3"],
        // Read as a number when typed in words or with a unit; 0 is a real answer: nobody is proposed.
        min: 0,
        max: 3,
        help: "Одновременно, в течение программы наставничества",
        column: "capacity",
      },
    ],
  );
}

export function menteeQuestionnaire(context: QuestionnaireContext): Questionnaire {
  return bankQuestionnaire(
    context,
    {
      key: "mentee",
      title: "Анкета наставляемого",
      schema: MENTEES,
      idPrefix: "П",
      intro:
        "Анкета для педагогов, которым нужна поддержка наставника. По ответам куратор программы наставничества подбирает вам наставника: учитываются ваши профессиональные затруднения, предмет, стаж и удобная форма работы. Заполнение займёт около 5 минут.",
    },
    [
      {
        id: "difficulties",
        title: "Профессиональные затруднения",
        type: "checkbox",
        required: true,
        options: context.competences,
        help: "В чём вам нужна помощь наставника? Отметьте одну или несколько областей",
        column: "difficulties",
      },
      {
        id: "category",
        title: "Категория",
        type: "choice",
        required: true,
        options: MENTEE_CATEGORIES,
        help: "Молодой специалист — первые три года работы по специальности после вуза или колледжа; новый сотрудник — недавно пришли в организацию",
        column: "category",
      },
    ],
  );
}

/** Ids of the partner questions of «Анкета после групповой встречи», in the order of preference. */
export const PARTNER_QUESTION_IDS = ["partner1", "partner2", "partner3"] as const;

export function groupMeetingQuestionnaire(
  context: QuestionnaireContext,
  choices: readonly PartnerChoice[],
): Questionnaire {
  if (choices.length === 0) {
    throw new QuestionnaireError(
      "Не из кого выбирать: ни у одного наставника или наставляемого нет согласия на обработку персональных данных со значением «получено». Отметьте полученные согласия в листах «Наставники» и «Наставляемые».",
    );
  }
  const labels = choices.map((choice) => choice.label);
  const ordinal = ["Первый", "Второй", "Третий"];
  return {
    key: "groupMeeting",
    title: "Анкета после групповой встречи",
    description: [
      "Вы познакомились с будущими наставниками и наставляемыми. Назовите до трёх человек, с кем вы хотели бы работать в паре, в порядке предпочтения: наставляемые выбирают наставников, наставники — наставляемых. Куратор учтёт ваш выбор при подборе пар; окончательное решение закрепляется приказом.",
      personalDataNotice(context, "подбора пар «наставник — наставляемый» в программе наставничества", true),
    ].join("\n\n"),
    collectsEmail: true,
    questions: [
      {
        id: "self",
        title: "Выберите себя в списке",
        type: "list",
        required: true,
        options: labels,
        help: "Фамилия, имя, отчество (должность)",
      },
      ...PARTNER_QUESTION_IDS.map(
        (id, index): Question => ({
          id,
          title: `${ordinal[index]} выбор: с кем вы хотели бы работать?`,
          type: "list",
          required: index === 0,
          options: labels,
          help: index === 0 ? "Тот, с кем вы хотели бы работать больше всего" : "Необязательно",
        }),
      ),
    ],
  };
}

function scale(id: string, title: string, lowLabel: string, highLabel: string): Question {
  return { id, title, type: "scale", required: true, min: 1, max: 10, lowLabel, highLabel };
}

/** A scale the form gained with the start/end questionnaires: answers given before lack it. */
function laterScale(
  id: string,
  title: string,
  lowLabel: string,
  highLabel: string,
  required = true,
): Question {
  return { ...scale(id, title, lowLabel, highLabel), required, addedLater: true };
}

export const CONTINUE_OPTIONS = ["Да", "Нет", "Затрудняюсь ответить"] as const;

/**
 * «Мониторинг программы наставничества»: one form for mentors and mentees, at the start and at the end of
 * the programme, as in the methodological recommendations (scales 1–10, open questions, continuing). One
 * form rather than four: one link for the school to send, one response sheet, and the stage question makes
 * a respondent's start and end answers two rows. The titles of the first form are kept where the question
 * means the same («в целом» is the overall satisfaction), so that the existing form is updated in place and
 * its answers and exports still read; its two questions that are no longer asked are `retired`.
 */
export function monitoringQuestionnaire(context: QuestionnaireContext): Questionnaire {
  return {
    key: "monitoring",
    title: "Мониторинг программы наставничества",
    description: [
      "Анкета заполняется дважды: в начале программы наставничества и при её завершении — наставниками и наставляемыми. Ответы помогут куратору увидеть, что изменилось, подвести итоги и сделать программу полезнее. Оценки — от 1 (совсем плохо) до 10 (отлично); в начале программы оцените свои ожидания и первые встречи.",
      personalDataNotice(context, "мониторинга и оценки результатов программы наставничества", false),
    ].join("\n\n"),
    collectsEmail: true,
    questions: [
      {
        id: "role",
        title: "Ваша роль в программе",
        type: "choice",
        required: true,
        options: ["Наставник", "Наставляемый"],
      },
      {
        id: "stage",
        title: "Этап программы",
        type: "choice",
        required: true,
        options: MONITORING_STAGES,
        help: "«Начало программы» — анкета при старте работы в паре; «Завершение программы» — итоговая анкета",
        addedLater: true,
      },
      laterScale(
        "organisation",
        "Оцените организацию программы наставничества",
        "Организована плохо",
        "Организована отлично",
      ),
      scale(
        "comfort",
        "Насколько комфортным было взаимодействие в паре (группе)?",
        "Совсем некомфортно",
        "Очень комфортно",
      ),
      laterScale(
        "individualMeetings",
        "Насколько полезными были индивидуальные встречи?",
        "Бесполезны",
        "Очень полезны",
      ),
      laterScale(
        "groupMeetings",
        "Насколько полезными были групповые встречи?",
        "Бесполезны",
        "Очень полезны",
        false,
      ),
      laterScale(
        "planClarity",
        "Насколько понятен план работы (индивидуальный план развития)?",
        "Совсем непонятен",
        "Полностью понятен",
      ),
      scale(
        "curatorSupport",
        "Оцените поддержку куратора программы",
        "Не было поддержки",
        "Отличная поддержка",
      ),
      laterScale(
        "expectations",
        "Насколько оправдались ваши ожидания от программы?",
        "Не оправдались",
        "Полностью оправдались",
      ),
      scale("overall", "Оцените программу наставничества в целом", "Совсем не удалась", "Отлично"),
      {
        id: "valuable",
        title: "Что в наставничестве было для вас наиболее ценным?",
        type: "paragraph",
        required: false,
        maxLength: PARAGRAPH_MAX,
      },
      {
        id: "missing",
        title: "Чего вам не хватило?",
        type: "paragraph",
        required: false,
        maxLength: PARAGRAPH_MAX,
      },
      {
        id: "becomeMentor",
        title: "Хотели бы вы в будущем стать наставником?",
        type: "choice",
        required: false,
        options: CONTINUE_OPTIONS,
        help: "Для наставляемых",
        addedLater: true,
      },
      {
        id: "continue",
        title: "Хотели бы вы продолжить участие в программе наставничества?",
        type: "choice",
        required: true,
        options: CONTINUE_OPTIONS,
      },
      {
        ...scale(
          "usefulness",
          "Насколько полезным было наставничество лично для вас?",
          "Бесполезно",
          "Очень полезно",
        ),
        required: false,
        retired: true,
      },
      {
        ...scale(
          "planProgress",
          "В какой мере выполнен индивидуальный план развития?",
          "Не выполнен",
          "Выполнен полностью",
        ),
        required: false,
        retired: true,
      },
    ],
  };
}

/** The two questionnaires whose answers fill the banks «Наставники» and «Наставляемые». */
export function bankQuestionnaires(context: QuestionnaireContext): Questionnaire[] {
  return [mentorQuestionnaire(context), menteeQuestionnaire(context)];
}
