import { mkdir, stat } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { regionChartSpecs } from "../../core/region/regionCharts";
import { type Command, type CommandIO, flagValue, parseArgs, UsageError, UserError } from "../command";
import { currentContext } from "../context";
import { describeFsError } from "../fsErrors";
import { createProgress } from "../progress";
import { PROBLEMS_SHEET, ROLLUP_SHEET } from "../region/regionWorkbook";
import { regionFiles, rollUpFiles } from "../region/rollUpFolder";
import { saveRegionWorkbook } from "../region/saveRegionWorkbook";
import { assertCanSave } from "../xlsx/xlsxFile";

const EXAMPLE = "nastavnik region Показатели --out свод.xlsx";
/** Below this many files the run is quick enough to go without a progress line. */
const PROGRESS_FROM = 50;

async function requireFolder(folder: string | undefined): Promise<string> {
  if (!folder) throw new UsageError(`Укажите папку с файлами показателей, например: ${EXAMPLE}`);
  try {
    if ((await stat(folder)).isDirectory()) return folder;
  } catch (error) {
    throw new UserError(describeFsError(error, folder, "folder") ?? `Не удалось открыть папку «${folder}».`);
  }
  throw new UserError(`«${folder}» — файл, а нужна папка с файлами показателей организаций. Укажите папку.`);
}

/** Every tenth of the way on a log, each file on a terminal. */
function progressOf(io: CommandIO, total: number) {
  if (total < PROGRESS_FROM) return { update: () => {}, finish: () => {} };
  const progress = createProgress(io, "Свод");
  const step = io.interactive ? 1 : Math.ceil(total / 10);
  return {
    update: (done: number, all: number, file: string) => {
      if (done % step === 0 || done === all) progress.update(done, all, file);
    },
    finish: () => progress.finish(),
  };
}

export const regionCommand: Command = {
  name: "region",
  usage:
    "region <папка> [--out свод.xlsx] — свод показателей организаций (файлы .csv/.xlsx и книги Наставника в папке и подпапках)",
  async run(args, io) {
    const parsed = parseArgs(args, { values: ["--out"] });
    const [given, ...extra] = parsed.positional;
    if (extra.length > 0) throw new UsageError(`Укажите одну папку, например: ${EXAMPLE}`);
    const folder = await requireFolder(given);
    const out = flagValue(parsed, "--out") ?? "свод.xlsx";
    if (extname(out).toLowerCase() !== ".xlsx")
      throw new UsageError(`Свод записывается в книгу .xlsx: укажите, например, --out свод.xlsx`);
    await mkdir(dirname(resolve(out)), { recursive: true });
    await assertCanSave(out);

    const { files, ignored } = await regionFiles(folder, out);
    if (files.length === 0)
      throw new UserError(
        `В папке «${folder}» нет файлов показателей (.csv, .xlsx): положите в неё файлы организаций и повторите.`,
      );
    const progress = progressOf(io, files.length);
    const rollup = await rollUpFiles(folder, files, currentContext(), progress.update);
    progress.finish();
    await saveRegionWorkbook(rollup, regionChartSpecs(rollup), out);

    io.stdout(
      `Свод записан в «${out}»: организаций ${rollup.entries.length}, файлов прочитано ${files.length}.\n`,
    );
    if (ignored > 0) io.stdout(`Других файлов в папке (не показатели, пропущены): ${ignored}.\n`);
    if (rollup.problems.length > 0)
      io.stdout(
        `Не вошло в свод или требует проверки: ${rollup.problems.length} — список с причинами на листе «${PROBLEMS_SHEET}».\n`,
      );
    else io.stdout(`Все файлы прочитаны без замечаний; лист «${ROLLUP_SHEET}» — по строке на организацию.\n`);
  },
};
