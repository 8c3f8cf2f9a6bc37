// `npm run bench` (node --expose-gc build/bench.cjs): the exact matching solver, then documents and
// approvals at school scale (documents.ts).
// Each case runs in its own child process, so that its memory figures are not mixed with others.
import { fork } from "node:child_process";
import { checkCertificate, type MatchingInstance, solveMatchingWithStats } from "../src/core/matching";
import { documentsBench } from "./documents";
import { collectGarbage, median, peakMemory, time } from "./measure";
import { buildSlotMatrix, solveWithMunkres } from "./munkresReference";
import { benchPipeline } from "./pipeline";
import { type QuestionnaireShape, questionnaireInstance } from "./questionnaire";
import { regionBench } from "./region";
import { yearEndBench } from "./yearEnd";

interface Case {
  readonly name: string;
  readonly label: string;
  readonly shape: QuestionnaireShape;
  readonly runs: number;
  readonly reference?: boolean;
  readonly targetMs?: number;
  readonly targetMb?: number;
}

const CASES: readonly Case[] = [
  {
    name: "school",
    label: "школа",
    shape: { mentees: 50, mentors: 20, buildings: 1, reach: 0, seed: 1 },
    runs: 51,
    targetMs: 20,
  },
  {
    name: "district",
    label: "район",
    shape: { mentees: 2_000, mentors: 800, buildings: 1, reach: 0, seed: 2 },
    runs: 9,
    reference: true,
    targetMs: 500,
  },
  {
    name: "region-buildings",
    label: "регион, по зданиям",
    shape: { mentees: 20_000, mentors: 8_000, buildings: 400, reach: 0, seed: 3 },
    runs: 5,
  },
  {
    name: "region-one",
    label: "регион, одна компонента",
    shape: { mentees: 20_000, mentors: 8_000, buildings: 400, reach: 9, seed: 4 },
    runs: 3,
    targetMs: 10_000,
    targetMb: 300,
  },
];

interface Report {
  readonly name: string;
  readonly edges: number;
  readonly components: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
  readonly growthMb: number;
  readonly peakMb: number;
  readonly matched: number;
  readonly total: number;
  readonly rounds: number;
  readonly certificate: string;
  readonly checkMs: number;
  readonly reference?: { readonly ms: number; readonly runs: number; readonly agrees: boolean };
}

/** Connected components of the graph of mentors and mentees joined by edges (isolated ones count). */
function components(instance: MatchingInstance): number {
  const ids = new Map<string, number>();
  for (const m of instance.mentors) ids.set(`m:${m.id}`, ids.size);
  for (const e of instance.mentees) ids.set(`e:${e.id}`, ids.size);
  const parent = Int32Array.from({ length: ids.size }, (_, i) => i);
  const root = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r]!;
    for (let y = x; parent[y] !== r; ) {
      const next = parent[y]!;
      parent[y] = r;
      y = next;
    }
    return r;
  };
  let count = ids.size;
  for (const edge of instance.edges) {
    const a = root(ids.get(`m:${edge.mentor}`)!);
    const b = root(ids.get(`e:${edge.mentee}`)!);
    if (a !== b) {
      parent[a] = b;
      count--;
    }
  }
  return count;
}

function referenceRun(instance: MatchingInstance, expected: { matched: number; total: number }) {
  const built = buildSlotMatrix(instance);
  collectGarbage();
  const start = performance.now();
  const first = solveWithMunkres(instance, built);
  const once = performance.now() - start;
  // One run when it is slow; a median of three when it is quick enough.
  const extra = once < 5_000 ? time(() => solveWithMunkres(instance, built), 2) : [];
  return {
    ms: median([once, ...extra]),
    runs: 1 + extra.length,
    agrees: first.matched === expected.matched && first.total === expected.total,
  };
}

async function runCase(spec: Case): Promise<Report> {
  const instance = questionnaireInstance(spec.shape);
  // Memory first, on a cold solver; then the timed runs.
  const { result: first, growthMb, peakMb } = await peakMemory(() => solveMatchingWithStats(instance));
  const durations = time(() => solveMatchingWithStats(instance), spec.runs, spec.shape.mentees > 1_000);
  const checkStart = performance.now();
  const violations = checkCertificate(instance, first.result);
  const checkMs = performance.now() - checkStart;
  return {
    name: spec.name,
    edges: instance.edges.length,
    components: components(instance),
    medianMs: median(durations),
    minMs: Math.min(...durations),
    runs: spec.runs,
    growthMb,
    peakMb,
    matched: first.result.matched,
    total: first.result.total,
    rounds: first.stats.rounds,
    certificate: violations.length === 0 ? "верен" : `НАРУШЕНИЙ: ${violations.length}`,
    checkMs,
    reference: spec.reference ? referenceRun(instance, first.result) : undefined,
  };
}

function inChild(spec: Case): Promise<Report> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--case", spec.name], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let report: Report | undefined;
    child.on("message", (message) => {
      report = message as Report;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (report) resolve(report);
      else reject(new Error(`случай ${spec.name}: дочерний процесс завершился с кодом ${code}`));
    });
  });
}

const fmt = (value: number, digits = 1) => value.toFixed(digits);
const pad = (text: string | number, width: number) => String(text).padStart(width);

function printTable(rows: readonly [Case, Report][]): void {
  const header = [
    "случай".padEnd(24),
    pad("наст-мые×наст-ки", 17),
    pad("рёбер", 9),
    pad("компонент", 10),
    pad("медиана, мс", 12),
    pad("мин, мс", 9),
    pad("прогонов", 9),
    pad("пик +RSS, МБ", 13),
    pad("пик RSS, МБ", 12),
    pad("пар", 7),
    pad("сумма", 9),
    pad("раундов", 8),
    "  сертификат",
  ].join(" ");
  console.log(header);
  console.log("-".repeat(header.length));
  for (const [spec, r] of rows) {
    console.log(
      [
        spec.label.padEnd(24),
        pad(`${spec.shape.mentees}×${spec.shape.mentors}`, 17),
        pad(r.edges, 9),
        pad(r.components, 10),
        pad(fmt(r.medianMs), 12),
        pad(fmt(r.minMs), 9),
        pad(r.runs, 9),
        pad(fmt(r.growthMb), 13),
        pad(fmt(r.peakMb), 12),
        pad(r.matched, 7),
        pad(r.total, 9),
        pad(r.rounds, 8),
        `  ${r.certificate} (проверка ${fmt(r.checkMs, 0)} мс)`,
      ].join(" "),
    );
  }
}

function printTargets(rows: readonly [Case, Report][]): void {
  console.log("\nЦели:");
  for (const [spec, r] of rows) {
    if (spec.targetMs !== undefined) {
      const ok = r.medianMs <= spec.targetMs;
      console.log(
        `  ${spec.label}: медиана ${fmt(r.medianMs)} мс ≤ ${spec.targetMs} мс — ${ok ? "да" : "НЕТ"}`,
      );
    }
    if (spec.targetMb !== undefined) {
      const ok = r.growthMb <= spec.targetMb;
      console.log(
        `  ${spec.label}: пик памяти решателя +${fmt(r.growthMb)} МБ ≤ ${spec.targetMb} МБ — ${ok ? "да" : "НЕТ"}`,
      );
    }
    if (r.reference) {
      const ratio = r.medianMs / r.reference.ms;
      console.log(
        `  ${spec.label}: munkres на квадратной матрице слотов ${fmt(r.reference.ms, 0)} мс ` +
          `(прогонов: ${r.reference.runs}; ответ ${r.reference.agrees ? "совпал" : "НЕ СОВПАЛ"}); ` +
          `наше время / его = ${ratio.toFixed(3)} ≤ 0.25 — ${ratio <= 0.25 ? "да" : "НЕТ"}`,
      );
    }
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf("--case");
  if (at >= 0) {
    const spec = CASES.find((c) => c.name === process.argv[at + 1]);
    if (!spec) throw new Error(`неизвестный случай ${process.argv[at + 1]}`);
    process.send?.(await runCase(spec));
    return;
  }
  if (process.argv.includes("--documents-only")) {
    documentsBench();
    return;
  }
  if (process.argv.includes("--region-only")) {
    await regionBench();
    return;
  }
  if (process.argv.includes("--year-only")) {
    await yearEndBench();
    return;
  }
  if (!(globalThis as { gc?: unknown }).gc) console.log("(без --expose-gc: замеры памяти менее точны)");
  console.log("Точный решатель пар: время solveMatching целиком (индексация, решение, сертификат).\n");
  const rows: [Case, Report][] = [];
  for (const spec of CASES) {
    process.stdout.write(`  ${spec.label}…\n`);
    rows.push([spec, await inChild(spec)]);
  }
  console.log("");
  printTable(rows);
  printTargets(rows);
  console.log(
    "\nВыше — только решатель (solveMatching в памяти). Ниже — команды целиком, каждый прогон — " +
      "отдельный процесс `node build/cli.cjs …` (время от запуска до выхода, пик памяти процесса).",
  );
  await benchPipeline({ large: !process.argv.includes("--quick") });
  documentsBench();
  await yearEndBench();
  await regionBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
