import { type ParsedArgs, UsageError, useCaseFailure } from "../command";
import { workbookPath } from "../files/workbookPath";
import { withWorkbookLock } from "../xlsx/workbookLock";
import { openWorkbook, saveWorkbook } from "../xlsx/xlsxFile";

/** The workbook named first on the command line; `extra` allows more positional arguments after it. */
export function workbookArgument(parsed: ParsedArgs, example: string, extra = false): string {
  const [path, ...rest] = parsed.positional;
  const usage = `Укажите книгу .xlsx, например: ${example}`;
  if (rest.length > 0 && !extra) throw new UsageError(usage);
  return workbookPath(path, usage);
}

/**
 * Opens the workbook under its lock, runs a use case on it and saves it unless `changed` says the run
 * changed nothing; a Russian refusal from core becomes a `UserError`, and the book is then not saved.
 */
export async function withWorkbook<T>(
  path: string,
  work: (port: Awaited<ReturnType<typeof openWorkbook>>) => T,
  changed: (result: T) => boolean = () => true,
): Promise<T> {
  return withWorkbookLock(path, async () => {
    const port = await openWorkbook(path, { mustExist: true });
    let result: T;
    try {
      result = work(port);
    } catch (error) {
      throw useCaseFailure(error, path, "Книга не изменена.");
    }
    if (changed(result)) await saveWorkbook(port, path);
    return result;
  });
}
