import { finalReportQuestionnaire } from "../../core/finalReports/form";
import { allQuestionnaires, readBanks, readQuestionnaireContext } from "../../core/intake/questionnaireSet";
import { groupMeetingQuestionnaire, questionnaireContext } from "../../core/questionnaires/forms";
import { questionnaireOutline } from "../../core/questionnaires/outline";
import type { Questionnaire, QuestionnaireKey } from "../../core/questionnaires/types";
import { readSettings } from "../../core/schema/settings";
import { type Command, flagValue, parseArgs, UsageError } from "../command";
import { currentContext } from "../context";
import { openWorkbook } from "../xlsx/xlsxFile";
import { FORM_LIST, formByName } from "./import";

const PEOPLE_NOTE =
  "участники программы в виде «Фамилия Имя Отчество (должность)» — укажите книгу, чтобы получить список";

async function questionnaires(
  workbook: string | undefined,
): Promise<{ list: Questionnaire[]; note?: string }> {
  if (!workbook)
    return {
      list: allQuestionnaires(questionnaireContext(readSettings([], new Date()).values)),
      note: PEOPLE_NOTE,
    };
  const port = await openWorkbook(workbook, { mustExist: true });
  const context = currentContext();
  const questionnaireCtx = readQuestionnaireContext(port, context);
  const list = allQuestionnaires(questionnaireCtx);
  const choices = readBanks(port).choices;
  if (choices.length === 0)
    return { list, note: "пока некого выбрать: отметьте полученные согласия в банках" };
  const withChoices = (form: Questionnaire): Questionnaire => {
    if (form.key === "groupMeeting") return groupMeetingQuestionnaire(questionnaireCtx, choices);
    if (form.key !== "finalReport") return form;
    // Without a mentee to report on, the form's list stays the stand-in one.
    return choices.some((choice) => choice.role === "mentee")
      ? finalReportQuestionnaire(questionnaireCtx, choices)
      : form;
  };
  return { list: list.map(withChoices) };
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
    const { list, note } = await questionnaires(workbook);
    const chosen = list.filter((form) => key === undefined || form.key === key);
    const text = chosen.map((form) => questionnaireOutline(form, note).join("\n")).join("\n\n");
    io.stdout(`${text}\n`);
  },
};
