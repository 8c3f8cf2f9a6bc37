import { WrongFormError } from "../../core/intake/exportForm";
import type { QuestionnaireKey } from "../../core/questionnaires/types";
import { importMeetings } from "../../core/year/meetingImport";
import { type Command, flagValue, parseArgs, UsageError, UserError, useCaseFailure } from "../command";
import { currentContext } from "../context";
import { workbookPath } from "../files/workbookPath";
import { importExportTable } from "../import/importTable";
import { readExportFile } from "../import/readExport";
import { withWorkbookLock } from "../xlsx/workbookLock";
import { openWorkbook, saveWorkbook } from "../xlsx/xlsxFile";
import { withWorkbook } from "./workbookCommand";

/**
 * `--form` names of each form, English first (the one the help shows), then Russian ones as people say
 * them; case, «ё» and spaces or hyphens between words do not matter.
 */
const FORM_ALIASES: Readonly<Record<QuestionnaireKey, readonly string[]>> = {
  mentor: ["mentor", "1", "наставник", "наставника", "наставники", "анкета-наставника"],
  mentee: ["mentee", "2", "наставляемый", "наставляемого", "наставляемые", "анкета-наставляемого"],
  groupMeeting: [
    "preferences",
    "3",
    "выбор",
    "встреча",
    "после-встречи",
    "групповая-встреча",
    "предпочтения",
  ],
  monitoring: ["monitoring", "4", "мониторинг", "опрос"],
  finalReport: ["final", "итоговый", "итоговый-отчет", "итоговые-отчеты", "отчет-наставника"],
  practice: ["practice", "практика", "практики", "копилка", "методическая-копилка"],
};
export const FORM_LIST = Object.values(FORM_ALIASES)
  .map((names) => names[0])
  .join("|");

export function formByName(name: string): QuestionnaireKey | undefined {
  const key = name
    .trim()
    .toLocaleLowerCase("ru")
    .replace(/ё/g, "е")
    .replace(/[\s_]+/g, "-");
  return (Object.keys(FORM_ALIASES) as QuestionnaireKey[]).find((form) => FORM_ALIASES[form].includes(key));
}
const EXAMPLE = "nastavnik import школа.xlsx ответы.csv --form mentor";

/** Meeting reports go to «Встречи», not to a bank: they have their own import (core/year/meetingImport). */
const MEETING_NAMES = ["meeting", "встречи", "отчет", "отчеты", "отчет-о-встрече", "отчеты-о-встречах"];

function isMeetingForm(name: string): boolean {
  return MEETING_NAMES.includes(
    name
      .trim()
      .toLocaleLowerCase("ru")
      .replace(/ё/g, "е")
      .replace(/[\s_]+/g, "-"),
  );
}

function importArgs(args: readonly string[]): {
  workbook: string;
  file: string;
  form: QuestionnaireKey | "meeting";
} {
  const parsed = parseArgs(args, { values: ["--form"] });
  const [given, file, ...extra] = parsed.positional;
  const usage = `Укажите книгу .xlsx и файл ответов (.csv или .xlsx), например: ${EXAMPLE}`;
  if (!file || extra.length > 0) throw new UsageError(usage);
  const workbook = workbookPath(given, usage);
  const formName = flagValue(parsed, "--form");
  const form =
    formName === undefined ? undefined : isMeetingForm(formName) ? "meeting" : formByName(formName);
  if (!form)
    throw new UsageError(
      `${formName === undefined ? "Укажите" : `Неизвестная форма «${formName}». Укажите`}, ответы какой формы в файле: --form ${FORM_LIST}|meeting (или по-русски: наставник, наставляемый, выбор, мониторинг, встречи). Пример: ${EXAMPLE}`,
    );
  return { workbook, file, form };
}

/** The `--form` value that names a form. */
function formFlag(key: QuestionnaireKey | undefined): string | undefined {
  return key === undefined ? undefined : FORM_ALIASES[key][0];
}

function quoted(items: readonly string[]): string {
  return items.map((item) => `«${item}»`).join(", ");
}

export const importCommand: Command = {
  name: "import",
  usage:
    `import <книга.xlsx> <ответы.csv|.txt|.xlsx> --form ${FORM_LIST}|meeting — перенести ответы из выгрузки ` +
    "Google Форм или Яндекс Форм (meeting — отчёты наставников о встречах на лист «Встречи»; повторный перенос " +
    "ничего не меняет); форму можно назвать и по-русски: наставник, наставляемый, выбор, мониторинг, встречи",
  async run(args, io) {
    const { workbook, file, form } = importArgs(args);
    const table = await readExportFile(file);
    if (form === "meeting") {
      const meetings = await withWorkbook(
        workbook,
        (port) => importMeetings(port, currentContext(), table.header, table.rows),
        (result) => result.added > 0,
      );
      io.stdout(`${meetings.summary}\n`);
      io.stdout(
        meetings.added > 0 ? `Книга «${workbook}» сохранена.\n` : `Книга «${workbook}» не изменена.\n`,
      );
      return;
    }
    const { report, read } = await withWorkbookLock(workbook, async () => {
      const port = await openWorkbook(workbook, { mustExist: true });
      let result: ReturnType<typeof importExportTable>;
      try {
        result = importExportTable(port, currentContext(), form, table);
      } catch (error) {
        const likely = error instanceof WrongFormError ? formFlag(error.likely) : undefined;
        const hint = likely ? ` Если это так, укажите --form ${likely}.` : "";
        const where = error instanceof WrongFormError ? `«${file}»: ` : "";
        const failure = useCaseFailure(error, workbook, `${hint.trim()} Книга не изменена.`.trim());
        throw failure instanceof UserError && where ? new UserError(`${where}${failure.message}`) : failure;
      }
      if (result.report.changed) await saveWorkbook(port, workbook);
      return result;
    });
    io.stdout(`${report.summary}\n`);
    for (const note of report.notes ?? []) io.stdout(`  ${note}\n`);
    if (read.unknownColumns.length > 0)
      io.stdout(`Столбцы не из этой анкеты (пропущены): ${quoted(read.unknownColumns)}\n`);
    if (read.missingQuestions.length > 0)
      io.stdout(`В файле нет столбцов для вопросов: ${quoted(read.missingQuestions)}\n`);
    if (read.serviceColumns.length > 0)
      io.stdout(`Служебные столбцы формы (для анкеты не нужны, пропущены): ${quoted(read.serviceColumns)}\n`);
    if (read.reworded.length > 0)
      io.stdout(
        `Заголовки узнаны, хотя написаны иначе: ${read.reworded.map((entry) => `«${entry.header}» → «${entry.title}»`).join(", ")}\n`,
      );
    if (read.duplicated.length > 0)
      io.stdout(
        `Вопросы в нескольких столбцах (ответ взят из того, где он есть): ${quoted(read.duplicated)}\n`,
      );
    for (const problem of read.problems) io.stdout(`  ${problem}\n`);
    io.stdout(report.changed ? `Книга «${workbook}» сохранена.\n` : `Книга «${workbook}» не изменена.\n`);
  },
};
