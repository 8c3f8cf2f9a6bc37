import { WrongFormError } from "../../core/intake/exportForm";
import type { QuestionnaireKey } from "../../core/questionnaires/types";
import { type Command, flagValue, parseArgs, UsageError, UserError } from "../command";
import { currentContext } from "../context";
import { workbookPath } from "../files/workbookPath";
import { importExportTable } from "../import/importTable";
import { readExportFile } from "../import/readExport";
import { withWorkbookLock } from "../xlsx/workbookLock";
import { openWorkbook, saveWorkbook } from "../xlsx/xlsxFile";

/** `--form` values and the forms they name. */
const FORMS: Readonly<Record<string, QuestionnaireKey>> = {
  mentor: "mentor",
  mentee: "mentee",
  preferences: "groupMeeting",
  monitoring: "monitoring",
};
const FORM_LIST = Object.keys(FORMS).join("|");
const EXAMPLE = "nastavnik import школа.xlsx ответы.csv --form mentor";

function importArgs(args: readonly string[]): { workbook: string; file: string; form: QuestionnaireKey } {
  const parsed = parseArgs(args, { values: ["--form"] });
  const [given, file, ...extra] = parsed.positional;
  const usage = `Укажите книгу .xlsx и файл ответов (.csv или .xlsx), например: ${EXAMPLE}`;
  if (!file || extra.length > 0) throw new UsageError(usage);
  const workbook = workbookPath(given, usage);
  const formName = flagValue(parsed, "--form");
  const form = formName === undefined ? undefined : FORMS[formName.toLowerCase()];
  if (!form)
    throw new UsageError(`Укажите, ответы какой формы в файле: --form ${FORM_LIST}. Пример: ${EXAMPLE}`);
  return { workbook, file, form };
}

/** The `--form` value that names a form. */
function formFlag(key: QuestionnaireKey | undefined): string | undefined {
  return Object.entries(FORMS).find(([, form]) => form === key)?.[0];
}

function quoted(items: readonly string[]): string {
  return items.map((item) => `«${item}»`).join(", ");
}

export const importCommand: Command = {
  name: "import",
  usage: `import <книга.xlsx> <ответы.csv|.xlsx> --form ${FORM_LIST} — перенести ответы из выгрузки Google Форм (повторный перенос ничего не меняет)`,
  async run(args, io) {
    const { workbook, file, form } = importArgs(args);
    const table = await readExportFile(file);
    const { report, read } = await withWorkbookLock(workbook, async () => {
      const port = await openWorkbook(workbook, { mustExist: true });
      let result: ReturnType<typeof importExportTable>;
      try {
        result = importExportTable(port, currentContext(), form, table);
      } catch (error) {
        const likely = error instanceof WrongFormError ? formFlag(error.likely) : undefined;
        const hint = likely ? ` Если это так, укажите --form ${likely}.` : "";
        throw new UserError(
          `${error instanceof Error ? error.message : String(error)}${hint} Книга не изменена.`,
        );
      }
      if (result.report.changed) await saveWorkbook(port, workbook);
      return result;
    });
    io.stdout(`${report.summary}\n`);
    if (read.unknownColumns.length > 0)
      io.stdout(`Столбцы не из этой анкеты (пропущены): ${quoted(read.unknownColumns)}\n`);
    if (read.missingQuestions.length > 0)
      io.stdout(`В файле нет столбцов для вопросов: ${quoted(read.missingQuestions)}\n`);
    for (const problem of read.problems) io.stdout(`  ${problem}\n`);
    io.stdout(report.changed ? `Книга «${workbook}» сохранена.\n` : `Книга «${workbook}» не изменена.\n`);
  },
};
