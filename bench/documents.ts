// Documents and approvals at school scale: the Apps Script time the uploaded script would take (its
// service calls counted on the fakes, times a table of estimated per-call costs), and the offline
// per-document time at three sizes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { appendRecords } from "../src/core/appendRecords";
import { generateDocuments } from "../src/core/documents";
import { DAILY_DOCUMENTS } from "../src/core/documents/quota";
import { LOG, MENTEES, MENTORS } from "../src/core/schema/sheets";
import { updateSettings } from "../src/core/settings/updateSettings";
import { setupWorkbook } from "../src/core/setup/setupWorkbook";
import { DEMO_SETTINGS } from "../src/node/demo/demoSchool";
import { DocxDocuments } from "../src/node/documents/docxDocuments";
import { XlsxPort } from "../src/node/xlsx/xlsxPort";
import { bankAnswer, people, random } from "../test/intake/support";
import { CALL_COSTS, type Estimate, estimate, RENDER_SECONDS } from "../test/support/callCost";
import { schoolPeople, schoolWorld } from "../test/support/school";

const SIX_MINUTES = 360;
const fmt = (value: number, digits = 0) => value.toFixed(digits);

interface GoogleCase {
  readonly label: string;
  readonly pairs: number;
}

const GOOGLE_CASES: readonly GoogleCase[] = [
  { label: "демо-школа", pairs: 0 },
  { label: "школа, 50 пар", pairs: 50 },
  { label: "район, 300 пар", pairs: 300 },
];

function line(entry: string, made: number | null, result: Estimate): string {
  const executions = Math.max(1, Math.ceil(result.typical / 270));
  return [
    `    ${entry.padEnd(30)}`,
    `${String(result.calls).padStart(7)} вызовов`,
    made === null ? "".padStart(14) : `${String(made).padStart(5)} документов`,
    `≈ ${fmt(result.typical).padStart(5)} с (${fmt(result.low)}–${fmt(result.high)} с)`,
    made === null ? "" : `, запусков (до 4,5 мин каждый): ${executions}`,
  ].join("  ");
}

function googleCase(spec: GoogleCase): void {
  const school = schoolWorld(spec.pairs);
  const { bundle, world, spreadsheet } = school;
  console.log(`  ${spec.label}:`);

  // Approving again costs the same reading and writing as the first time: re-propose, then approve all.
  bundle.call("menuMatch");
  const pairs = spreadsheet.sheet("Пары");
  spreadsheet.selection = { sheet: "Пары", rows: [[2, pairs.getLastRow()]] };
  bundle.serviceCalls.reset();
  bundle.call("menuApprove");
  console.log(line("«Утвердить выбранные пары»", null, estimate(bundle.serviceCalls)));

  bundle.call("menuCreateForms");
  const newcomer = people(random(spec.pairs + 1), "mentor", 1)[0]!;
  const answer = bankAnswer(newcomer, random(7));
  const form = world.formApp.byTitle("Анкета наставника");
  const event = form.submit(answer.answers, { email: answer.email, timestamp: new Date(2026, 8, 1, 10) });
  bundle.serviceCalls.reset();
  bundle.call("onFormSubmit", event);
  console.log(line("onFormSubmit (ответ на анкету)", null, estimate(bundle.serviceCalls)));

  bundle.serviceCalls.reset();
  world.ui.answers.push("все");
  bundle.call("menuGenerateDocuments");
  const message = spreadsheet.toasts.at(-1)?.message ?? "";
  const made = Number(/^Сформировано документов: (\d+)/.exec(message)?.[1] ?? 0);
  const result = estimate(bundle.serviceCalls, made);
  console.log(line("«Сформировать документы», все", made, result));
  console.log(
    `      на документ: ${fmt(result.calls / Math.max(made, 1), 1)} вызова, ≈ ${fmt(result.typical / Math.max(made, 1), 2)} с;` +
      ` дней по лимиту Google: ${Math.ceil(made / DAILY_DOCUMENTS.consumer)} (обычный аккаунт),` +
      ` ${Math.ceil(made / DAILY_DOCUMENTS.workspace)} (Workspace)`,
  );
  console.log(
    `      больше всего: ${result.byRow
      .slice(0, 3)
      .map((row) => `${row.what} ${fmt(row.seconds)} с`)
      .join("; ")}`,
  );
}

/** An offline workbook of `people` people whose «Журнал» already holds a line per person. */
function offlineWorkbook(size: number): XlsxPort {
  const port = new XlsxPort(new ExcelJS.Workbook());
  const context = { now: new Date(2026, 9, 1, 9), user: "бенчмарк" };
  setupWorkbook(port, context);
  updateSettings(port, DEMO_SETTINGS);
  const { mentors, mentees } = schoolPeople(Math.round((size * 2) / 3), true);
  appendRecords(port, MENTORS, mentors);
  appendRecords(port, MENTEES, mentees);
  const history = Array.from({ length: size }, (_, i) => [
    context.now,
    "бенчмарк",
    "Импорт",
    `строка ${i + 1}`,
  ]);
  port.appendRows(LOG.name, history);
  return port;
}

const OFFLINE_SIZES = [500, 5_000, 20_000];
const OFFLINE_DOCUMENTS = 200;

/**
 * Milliseconds per document once the run is going: from the first document's end to the last one's,
 * so that reading the workbook (once per run, proportional to its size) is not billed to documents.
 */
function offlineCase(size: number): number {
  const port = offlineWorkbook(size);
  const out = mkdtempSync(join(tmpdir(), "nastavnik-bench-"));
  try {
    const docs = new DocxDocuments(out);
    const context = { now: new Date(2026, 9, 1, 10), user: "бенчмарк" };
    // Templates are written and read once per run; warm them up outside the timed part.
    generateDocuments(port, docs, context, { kinds: ["pdConsent"], maxDocuments: 5 });
    const ends: number[] = [];
    generateDocuments(port, docs, context, {
      kinds: ["pdConsent"],
      maxDocuments: OFFLINE_DOCUMENTS + 1,
      onProgress: () => ends.push(performance.now()),
    });
    return ((ends.at(-1) ?? 0) - (ends[0] ?? 0)) / Math.max(ends.length - 1, 1);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function documentsBench(): void {
  console.log(
    "\nApps Script: вызовы служб на подделках × оценочная цена вызова (оценка, не замер в Google).",
  );
  console.log("  Цены (мс за вызов, типично): ");
  for (const cost of CALL_COSTS) console.log(`    ${cost.what}: ${cost.typical} (${cost.low}–${cost.high})`);
  console.log(`    заполнение .docx в скрипте: ${RENDER_SECONDS.typical * 1000} мс на документ`);
  for (const spec of GOOGLE_CASES) googleCase(spec);
  console.log(`  Лимит одного запуска — ${SIX_MINUTES} с; «Сформировать документы» продолжает сам.`);

  console.log(
    `\nОфлайн: ${OFFLINE_DOCUMENTS} согласий в книге, где «Журнал» уже хранит по строке на человека.`,
  );
  const times = OFFLINE_SIZES.map((size) => {
    const ms = offlineCase(size);
    console.log(`  ${String(size).padStart(6)} человек: ${fmt(ms, 1)} мс на документ`);
    return ms;
  });
  const ratio = (times.at(-1) ?? 0) / (times[0] ?? 1);
  console.log(
    `  20 000 / 500: ×${fmt(ratio, 2)} — ${ratio <= 1.5 ? "время на документ не растёт" : "РАСТЁТ"}`,
  );
}
