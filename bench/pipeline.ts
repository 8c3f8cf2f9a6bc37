// The whole commands, measured as a coordinator runs them: one `node build/cli.cjs …` process per run.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planProposals } from "../src/core/pairing/plan";
import { readSettings } from "../src/core/schema/settings";
import { MENTEES, MENTORS, PAIRS } from "../src/core/schema/sheets";
import { mapColumns, writeRecord } from "../src/core/schema/table";
import { type BankShape, bankRecords } from "./banks";
import { median, time } from "./measure";
import { questionnaireInstance } from "./questionnaire";
import { writeBankWorkbook } from "./workbookFile";

const CLI = join(__dirname, "cli.cjs");
const ORTOOLS_HELPER = join(__dirname, "../bench/ortools_flow.py");

/** Preloaded into each measured process: its peak memory and CPU time, written to a file on exit. */
const REPORTER = `const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_REPORT, JSON.stringify({
    maxRssMb: usage.maxRSS / 1024,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  }));
});`;

export interface ProcessRun {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly stdout: string;
}

/** Runs `nastavnik …args` with `input` (text, or `{ file }` to read from) on its standard input. */
export function runCli(
  folder: string,
  args: readonly string[],
  input: string | { file: string } = "",
): ProcessRun {
  const reporter = join(folder, "reporter.cjs");
  if (!existsSync(reporter)) writeFileSync(reporter, REPORTER);
  const report = join(folder, "report.json");
  const stdin = typeof input === "string" ? undefined : openSync(input.file, "r");
  const start = performance.now();
  const run = spawnSync(process.execPath, ["-r", reporter, CLI, ...args], {
    ...(typeof input === "string" ? { input } : { stdio: [stdin, "pipe", "pipe"] }),
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, BENCH_REPORT: report },
  });
  const wallMs = performance.now() - start;
  if (stdin !== undefined) closeSync(stdin);
  if (run.status !== 0) throw new Error(`nastavnik ${args[0]}: код ${run.status}\n${run.stderr}`);
  const { maxRssMb, cpuMs } = JSON.parse(readFileSync(report, "utf8"));
  return { wallMs, cpuMs, maxRssMb, stdout: run.stdout };
}

/** Medians of each figure over the runs (memory: the largest). */
export function summarize(runs: readonly ProcessRun[]) {
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
    runs: runs.length,
  };
}

interface MatchCase {
  readonly label: string;
  readonly shape: BankShape;
  readonly runs: number;
  readonly targetMs: number;
  readonly targetMb: number;
}

const MATCH_CASES: readonly MatchCase[] = [
  {
    label: "5 000 человек (1 500 наставников, 3 500 наставляемых, 50 школ)",
    shape: { mentors: 1_500, mentees: 3_500, units: 50, seed: 11 },
    runs: 3,
    targetMs: 3_000,
    targetMb: 500,
  },
  {
    label: "20 000 человек (6 000 наставников, 14 000 наставляемых, 200 школ)",
    shape: { mentors: 6_000, mentees: 14_000, units: 200, seed: 12 },
    runs: 1,
    targetMs: 15_000,
    targetMb: 1_536,
  },
];

const fmt = (value: number, digits = 1) => value.toFixed(digits);
const verdict = (ok: boolean) => (ok ? "да" : "НЕТ");

async function benchMatch(folder: string): Promise<void> {
  console.log("\n`nastavnik match` целиком (чтение книги, баллы, решатель, запись «Пары», сохранение):");
  for (const spec of MATCH_CASES) {
    const source = join(folder, `банки-${spec.shape.mentors + spec.shape.mentees}.xlsx`);
    await writeBankWorkbook(source, spec.shape);
    const runs: ProcessRun[] = [];
    for (let i = 0; i < spec.runs; i++) {
      const path = join(folder, "книга.xlsx");
      copyFileSync(source, path);
      runs.push(runCli(folder, ["match", path]));
    }
    const s = summarize(runs);
    console.log(
      `  ${spec.label}: ${runs[0]!.stdout.split("\n")[0]}\n` +
        `    время ${fmt(s.wallMs / 1000, 2)} с (процессор ${fmt(s.cpuMs / 1000, 2)} с), ` +
        `пик памяти ${fmt(s.maxRssMb, 0)} МБ, прогонов ${s.runs}; ` +
        `цель ≤ ${spec.targetMs / 1000} с — ${verdict(s.wallMs <= spec.targetMs)} ` +
        `(по процессору — ${verdict(s.cpuMs <= spec.targetMs)}), ` +
        `≤ ${spec.targetMb} МБ — ${verdict(s.maxRssMb <= spec.targetMb)}`,
    );
  }
}

function benchStartup(folder: string): void {
  console.log("\nЗапуск CLI (медиана из 5):");
  const empty = JSON.stringify({ mentors: [], mentees: [], edges: [] });
  for (const [label, args, input] of [
    ["nastavnik --help", ["--help"], ""],
    ["nastavnik match-json < пустая задача", ["match-json"], empty],
  ] as const) {
    const s = summarize(Array.from({ length: 5 }, () => runCli(folder, args, input)));
    console.log(
      `  ${label}: ${fmt(s.wallMs, 0)} мс (процессор ${fmt(s.cpuMs, 0)} мс), ${fmt(s.maxRssMb, 0)} МБ`,
    );
  }
}

/** A bank sheet as the coordinator's workbook holds it: the header, then one row per record. */
function grid(schema: typeof MENTORS, records: ReturnType<typeof bankRecords>["mentors"]) {
  const header = schema.columns.map((column) => column.header);
  const map = mapColumns(schema, header);
  return [header, ...records.map((record) => writeRecord(map, record, [], header.length))];
}

/** «Подобрать пары» without the services: the pure planning Apps Script runs for a school. */
function benchSchoolScoring(): void {
  const banks = bankRecords({ mentors: 60, mentees: 140, units: 1, seed: 13 });
  const input = {
    mentors: grid(MENTORS, banks.mentors),
    mentees: grid(MENTEES, banks.mentees),
    pairs: [PAIRS.columns.map((column) => column.header)],
    settings: readSettings([], new Date(2026, 9, 1)).values,
  };
  const plan = planProposals(input);
  const durations = time(() => planProposals(input), 21, false);
  console.log(
    `\n«Подобрать пары», школа 200 человек (60 наставников, 140 наставляемых), только расчёт без чтения и записи листов:\n` +
      `  медиана ${fmt(median(durations))} мс из 21; предложено пар ${plan.proposals.length}, сумма ${plan.total}`,
  );
}

/** ≈ 5 M edges, the size the issue compares with OR-tools. */
const LARGE_JSON = { mentees: 100_000, mentors: 40_000, buildings: 2_000, reach: 4, seed: 5 };
/** OR-tools figures quoted when it cannot be run here (issue 14; same instance size). */
const ORTOOLS_QUOTED =
  "OR-tools SimpleMinCostFlow не установлен (pip install ortools); цифры из задачи 14 " +
  "(замер на этой машине, ноябрь 2026): 100 000 × 40 000, ≈ 5 млн рёбер — 13 с весь процесс, " +
  "наш match-json тогда — 25 с";

function ortoolsAvailable(): boolean {
  return spawnSync("python3", ["-c", "import ortools"], { stdio: "ignore" }).status === 0;
}

function benchLargeJson(folder: string): void {
  const instance = questionnaireInstance(LARGE_JSON);
  const path = join(folder, "задача.json");
  writeFileSync(path, JSON.stringify(instance));
  const edges = instance.edges.length;
  console.log(
    `\nmatch-json, ${LARGE_JSON.mentees} × ${LARGE_JSON.mentors}, рёбер ${edges}, весь процесс, 1 прогон:`,
  );
  const ours = runCli(folder, ["match-json", "--no-certificate"], { file: path });
  const answer = JSON.parse(ours.stdout) as { matched: number; total: number };
  console.log(
    `  nastavnik match-json: ${fmt(ours.wallMs / 1000, 2)} с (процессор ${fmt(ours.cpuMs / 1000, 2)} с), ` +
      `пик памяти ${fmt(ours.maxRssMb, 0)} МБ; пар ${answer.matched}, сумма ${answer.total}`,
  );
  if (!ortoolsAvailable()) {
    console.log(`  ${ORTOOLS_QUOTED}`);
    return;
  }
  const start = performance.now();
  const peer = spawnSync("python3", [ORTOOLS_HELPER, path], { encoding: "utf8" });
  const wallMs = performance.now() - start;
  if (peer.status !== 0) {
    console.log(`  OR-tools: ошибка ${peer.status}: ${peer.stderr.trim().split("\n").at(-1)}`);
    return;
  }
  const theirs = JSON.parse(peer.stdout) as { matched: number; total: number; maxRssMb: number };
  const same = theirs.matched === answer.matched && theirs.total === answer.total;
  const ratio = ours.wallMs / wallMs;
  console.log(
    `  OR-tools SimpleMinCostFlow (bench/ortools_flow.py): ${fmt(wallMs / 1000, 2)} с, ` +
      `пик памяти ${fmt(theirs.maxRssMb, 0)} МБ; ответ ${same ? "совпал" : "НЕ СОВПАЛ"}\n` +
      `  наше время / его = ${ratio.toFixed(2)} ≤ 1.0 — ${verdict(ratio <= 1)}; ` +
      `память ≤ его — ${verdict(ours.maxRssMb <= theirs.maxRssMb)}`,
  );
}

export async function benchPipeline(options: { large: boolean }): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "nastavnik-bench-"));
  try {
    benchStartup(folder);
    benchSchoolScoring();
    await benchMatch(folder);
    if (options.large) benchLargeJson(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
