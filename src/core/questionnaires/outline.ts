import type { Question, Questionnaire } from "./types";

/** How a question is built in any form service (Яндекс Формы, Google Формы), in the words of its editor. */
function kind(question: Question): string {
  switch (question.type) {
    case "text":
      return "короткий ответ";
    case "paragraph":
      return "длинный ответ";
    case "integer":
      return `короткий ответ, целое число от ${question.min ?? 0} до ${question.max ?? 100}`;
    case "choice":
      return "один вариант из списка";
    case "list":
      return "выпадающий список";
    case "checkbox":
      return "несколько вариантов из списка";
    case "scale":
      return `шкала от ${question.min ?? 1} до ${question.max ?? 10}`;
  }
}

/** Its «…» e-mail question: Google collects the address itself, another service needs the question. */
export const EMAIL_QUESTION_TITLE = "Адрес электронной почты";

/**
 * The questionnaire as a list to build it by hand in another form service (Яндекс Формы): title, then
 * each question's exact text (the import finds answers by it), kind, whether required, options and help.
 * `choicesNote` replaces a long list of people (the form after the group meeting) with a sentence.
 */
export function questionnaireOutline(questionnaire: Questionnaire, choicesNote?: string): string[] {
  const lines = [questionnaire.title, "", "Описание формы:", questionnaire.description, "", "Вопросы:"];
  let number = 0;
  if (questionnaire.collectsEmail)
    lines.push(
      `${++number}. ${EMAIL_QUESTION_TITLE} — электронная почта, обязательный (в Google Формах вместо вопроса включите сбор адресов)`,
    );
  for (const question of questionnaire.questions) {
    if (question.retired) continue;
    const required = question.required ? "обязательный" : "необязательный";
    lines.push(`${++number}. ${question.title} — ${kind(question)}, ${required}`);
    if (question.help) lines.push(`   Подсказка: ${question.help}`);
    if (question.type === "scale" && (question.lowLabel || question.highLabel))
      lines.push(
        `   Подписи: ${question.min ?? 1} — ${question.lowLabel ?? ""}; ${question.max ?? 10} — ${question.highLabel ?? ""}`,
      );
    const options = question.options ?? [];
    if (options.length === 0) continue;
    if (question.type === "list" && choicesNote) {
      lines.push(`   Варианты: ${choicesNote}`);
      continue;
    }
    lines.push("   Варианты:");
    for (const option of options) lines.push(`   – ${option}`);
  }
  return lines;
}
