// `nastavnik region` at a region's scale: 3 000 organisations' indicators files (two thirds .csv, a third
// .xlsx, a few broken), rolled up by the whole command in its own process, and by the roll-up in this one.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { numberOf } from "../src/core/region/readIndicators";
import { rollUp } from "../src/core/region/rollup";
import { indicatorIndex, indicatorsCsv } from "../src/core/results/indicators";
import { neighbourSchoolRow, writeNeighbourSchools } from "../src/node/demo/neighbourSchools";
import { regionFiles, rollUpFiles } from "../src/node/region/rollUpFolder";
import { collectGarbage, median } from "./measure";
import { type ProcessRun, runCli, summarize } from "./pipeline";

const ORGANISATIONS = 3_000;
const BROKEN = 12;
const RUNS = 3;
const TARGET_MS = 30_000;
const TARGET_MB = 400;

const fmt = (value: number, digits = 1) => value.toFixed(digits);
const verdict = (ok: boolean) => (ok ? "да" : "НЕТ");

/** Files a region really receives besides good ones: cut short, empty, of another form, inconsistent. */
function writeBroken(folder: string, count: number): void {
  const sample = readFileSync(join(folder, "районы", "школа-0003.xlsx"));
  for (let index = 0; index < count; index++) {
    const path = join(folder, `неисправные/файл-${index + 1}`);
    switch (index % 4) {
      case 0:
        writeFileSync(`${path}.xlsx`, sample.subarray(0, sample.length >> 1));
        break;
      case 1:
        writeFileSync(`${path}.csv`, "");
        break;
      case 2:
        writeFileSync(`${path}.csv`, "Организация;Педагогов\r\nСОШ;12\r\n");
        break;
      default: {
        const row = neighbourSchoolRow(ORGANISATIONS + index, 9);
        row[indicatorIndex("youngCovered")] = (numberOf({ values: row }, "young") ?? 0) + 1;
        writeFileSync(`${path}.csv`, indicatorsCsv([row]));
      }
    }
  }
}

export async function regionBench(): Promise<void> {
  console.log(
    `\n\`nastavnik region\`: ${ORGANISATIONS} организаций (2/3 .csv, 1/3 .xlsx) и ${BROKEN} неисправных файлов.`,
  );
  const folder = mkdtempSync(join(tmpdir(), "nastavnik-region-bench-"));
  try {
    const input = join(folder, "показатели");
    mkdirSync(join(input, "районы"), { recursive: true });
    mkdirSync(join(input, "неисправные"), { recursive: true });
    const started = performance.now();
    await writeNeighbourSchools(join(input, "районы"), ORGANISATIONS, 7);
    writeBroken(input, BROKEN);
    console.log(`  файлы созданы за ${fmt((performance.now() - started) / 1000)} с`);

    const out = join(folder, "свод.xlsx");
    const runs: ProcessRun[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(runCli(folder, ["region", input, "--out", out]));
    const s = summarize(runs);
    console.log(
      `  команда целиком (отдельный процесс): ${runs[0]!.stdout.split("\n")[0]}\n` +
        `    медиана ${fmt(s.wallMs / 1000, 2)} с (процессор ${fmt(s.cpuMs / 1000, 2)} с), ` +
        `пик памяти ${fmt(s.maxRssMb, 0)} МБ, прогонов ${s.runs}; ` +
        `цель ≤ ${TARGET_MS / 1000} с — ${verdict(s.wallMs <= TARGET_MS)}, ≤ ${TARGET_MB} МБ — ${verdict(s.maxRssMb <= TARGET_MB)}`,
    );

    const context = { now: new Date(2027, 5, 1, 9, 0), user: "замер" };
    const { files } = await regionFiles(input, out);
    const inner: number[] = [];
    let rollup = await rollUpFiles(input, files, context);
    for (let run = 0; run < RUNS; run++) {
      collectGarbage();
      const start = performance.now();
      rollup = await rollUpFiles(input, files, context);
      inner.push(performance.now() - start);
    }
    const rows = rollup.entries;
    const core: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      rollUp(rows, rollup.problems);
      core.push(performance.now() - start);
    }
    console.log(
      `  в одном процессе: чтение и проверка ${files.length} файлов с расчётом свода — медиана ${fmt(median(inner) / 1000, 2)} с; ` +
        `сам расчёт свода по ${rows.length} строкам — ${fmt(median(core))} мс; ` +
        `в своде ${rows.length}, в «Проблемах» ${rollup.problems.length}`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
