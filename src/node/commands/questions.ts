import { finalReportQuestionnaire } from "../../core/finalReports/form";
import {
  allQuestionnaires,
  readBanks,
  readMeetingChoices,
  readQuestionnaireContext,
} from "../../core/intake/questionnaireSet";
import { groupMeetingQuestionnaire, questionnaireContext } from "../../core/questionnaires/forms";
import { meetingQuestionnaire } from "../../core/questionnaires/meetingForm";
import { questionnaireOutline } from "../../core/questionnaires/outline";
import type { Questionnaire, QuestionnaireKey } from "../../core/questionnaires/types";
import { readSettings } from "../../core/schema/settings";
import { type Command, flagValue, parseArgs, UsageError } from "../command";
import { currentContext } from "../context";
import { openWorkbook } from "../xlsx/xlsxFile";
import { FORM_LIST, formByName } from "./import";

const PEOPLE_NOTE =
  "участники программы в виде «Фамилия Имя Отчество (должность)» — укажите книгу, чтобы получить список";
const PAIRS_NOTE =
  "утверждённые пары в виде «ФИО наставляемого (ПР-001)» — укажите книгу, чтобы получить список";
const NOBODY_NOTE = "пока некого выбрать: отметьте полученные согласия в банках";

/** A form to print, with a sentence in place of its list of people or pairs when there is none to show. */
interface Printed {
  readonly form: Questionnaire;
  readonly note?: string;
}

async function questionnaires(workbook: string | undefined): Promise<Printed[]> {
  if (!workbook)
    return allQuestionnaires(questionnaireContext(readSettings([], new Date()).values)).map((form) => ({
      form,
      note: form.key === "meeting" ? PAIRS_NOTE : PEOPLE_NOTE,
    }));
  const port = await openWorkbook(workbook, { mustExist: true });
  const context = currentContext();
  const questionnaireCtx = readQuestionnaireContext(port, context);
  const choices = readBanks(port).choices;
  const pairs = readMeetingChoices(port);
  return allQuestionnaires(questionnaireCtx).map((form): Printed => {
    if (form.key === "groupMeeting")
      return choices.length === 0
        ? { form, note: NOBODY_NOTE }
        : { form: groupMeetingQuestionnaire(questionnaireCtx, choices) };
    if (form.key === "finalReport")
      // Without a mentee to report on, the form's list stays the stand-in one.
      return choices.some((choice) => choice.role === "mentee")
        ? { form: finalReportQuestionnaire(questionnaireCtx, choices) }
        : { form, note: NOBODY_NOTE };
    if (form.key === "meeting")
      return pairs.length === 0
        ? { form, note: "пока нет утверждённых пар: утвердите пары на листе «Пары»" }
        : { form: meetingQuestionnaire(questionnaireCtx, pairs) };
    return { form };
  });
}

export const questionsCommand: Command = {
  name: "questions",
  usage: `questions [книга.xlsx] [--form ${FORM_LIST}] — вопросы анкет, чтобы собрать их в Яндекс Формах (тексты вопросов — как ждёт импорт)`,
  async run(args, io) {
    const parsed = parseArgs(args, { values: ["--form"] });
    const [workbook, ...extra] = parsed.positional;
    if ((workbook !== undefined && !workbook.toLowerCase().endsWith(".xlsx")) || extra.length > 0)
      throw new UsageError(
        "Укажите книгу .xlsx или ничего, например: nastavnik questions школа.xlsx --form mentor",
      );
    const formName = flagValue(parsed, "--form");
    const key: QuestionnaireKey | undefined = formName === undefined ? undefined : formByName(formName);
    if (formName !== undefined && !key)
      throw new UsageError(`Неизвестная анкета «${formName}»: --form ${FORM_LIST}.`);
    const chosen = (await questionnaires(workbook)).filter(
      ({ form }) => key === undefined || form.key === key,
    );
    const text = chosen.map(({ form, note }) => questionnaireOutline(form, note).join("\n")).join("\n\n");
    io.stdout(`${text}\n`);
  },
};
