import { existsSync, readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { UsageError, UserError } from "../command";
import { describeFsError } from "../fsErrors";
import { fileKindProblem, sniffFile } from "./fileKind";

/**
 * The workbook argument of a command. A path ending in .xlsx is taken; an existing file under another
 * name (an .xls, an .ods, a CSV…) is described by what it really is (exit 1); anything else is a usage
 * error with `usage` (exit 2).
 */
export function workbookPath(path: string | undefined, usage: string): string {
  if (path?.toLowerCase().endsWith(".xlsx")) return path;
  if (path === undefined || !existsSync(path)) throw new UsageError(usage);
  if (statSync(path).isDirectory()) throw new UserError(describeFsError({ code: "EISDIR" }, path) ?? usage);
  const problem = fileKindProblem(sniffFile(readFileSync(path)), path, "workbook");
  throw new UserError(
    problem ??
      `Файл «${path}» — книга Excel, но с расширением «${extname(path)}»: переименуйте его в .xlsx и повторите.`,
  );
}
