// The year's end of the demo school: `nastavnik report` («Сводка», its charts as pictures) and
// `nastavnik report --documents` (the report and the справка with the charts, the news text), each run
// in its own process; then the drawing of the four charts alone, in this one.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chartSpecsFrom } from "../src/core/results/charts";
import { summarize as summarizeYear } from "../src/core/results/summary";
import { renderChartImages } from "../src/node/charts";
import { currentContext } from "../src/node/context";
import { openWorkbook } from "../src/node/xlsx/xlsxFile";
import { median } from "./measure";
import { type ProcessRun, runCli, summarize } from "./pipeline";

const RUNS = 5;

const seconds = (ms: number) => (ms / 1000).toFixed(2);

function printRuns(label: string, runs: readonly ProcessRun[]): void {
  const figures = summarize(runs);
  console.log(
    `  ${label}: медиана ${seconds(figures.wallMs)} с (процессор ${seconds(figures.cpuMs)} с), ` +
      `пик памяти ${Math.round(figures.maxRssMb)} МБ, прогонов ${figures.runs}`,
  );
}

export async function yearEndBench(): Promise<void> {
  console.log("\nИтоги года демонстрационной школы (11 пар, 40 встреч, мониторинг в начале и в конце):");
  const folder = mkdtempSync(join(tmpdir(), "nastavnik-year-bench-"));
  try {
    runCli(folder, ["demo", join(folder, "демо")]);
    const book = join(folder, "демо", "школа-демо.xlsx");
    const out = join(folder, "отчёты");
    printRuns(
      "`nastavnik report` (лист «Сводка», 4 графика PNG и SVG)",
      Array.from({ length: RUNS }, () => runCli(folder, ["report", book])),
    );
    printRuns(
      "`nastavnik report --documents --again` (ещё отчёт, справка с графиками и новость)",
      Array.from({ length: RUNS }, () =>
        runCli(folder, ["report", book, "--documents", "--again", "--out", out]),
      ),
    );
    const context = currentContext();
    const port = await openWorkbook(book, { mustExist: true });
    const specs = chartSpecsFrom(port, context, summarizeYear(port, context));
    await renderChartImages(specs); // the first call loads the native module
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      await renderChartImages(specs);
      times.push(performance.now() - start);
    }
    console.log(`  в одном процессе: 4 графика в PNG — медиана ${Math.round(median(times))} мс`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
