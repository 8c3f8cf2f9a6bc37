/**
 * The demo school at the end of its year, in memory: pairs approved, meetings held, plans marked, one pair
 * completed, one ended early with its reason, monitoring answered at the start and at the end.
 */
import { appendRecords } from "../../src/core/appendRecords";
import { cellText } from "../../src/core/cell";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { PAIRS } from "../../src/core/schema/sheets";
import { mapColumns, readRecords } from "../../src/core/schema/table";
import { MEETINGS, PLANS } from "../../src/core/schema/yearSheets";
import { refreshYear } from "../../src/core/year/yearStatus";
import { context, demoWorkbook } from "./demoWorkbook";
import type { MemoryWorkbook } from "./memoryWorkbook";

export const MAY = { now: new Date(2027, 4, 25, 9, 0), user: context.user };
export const EARLY_END_REASON = "перевод наставляемого в другую организацию";

export interface YearWorld {
  readonly workbook: MemoryWorkbook;
  /** IDs of the approved pairs, in sheet order. */
  readonly ids: readonly string[];
  readonly completed: string;
  readonly ended: string;
}

function setPairCell(workbook: MemoryWorkbook, id: string, key: string, value: string): void {
  const grid = workbook.grid(PAIRS.name);
  const columns = mapColumns(PAIRS, grid[0]!);
  const row = grid.find((cells) => cellText(cells[columns.get("id")!]) === id)!;
  row[columns.get(key)!] = value;
}

export function schoolAtYearEnd(options: { monitoring?: boolean } = {}): YearWorld {
  const workbook = demoWorkbook(undefined, undefined, { orderNumberPrefix: "ОД-", nextOrderNumber: 12 });
  proposePairs(workbook, context);
  approvePairs(workbook, context, { all: true });
  refreshYear(workbook, MAY);
  const ids = readRecords(PAIRS, workbook.grid(PAIRS.name))
    .records.filter(({ record }) => record.status === "Утверждена")
    .map(({ record }) => cellText(record.id));
  const [completed, ended, third] = ids as [string, string, string];
  appendRecords(workbook, MEETINGS, [
    { pairId: completed, date: new Date(2026, 9, 5), kind: "Организационная" },
    { pairId: completed, date: new Date(2026, 10, 5), kind: "Регулярная" },
    { pairId: completed, date: new Date(2027, 1, 5), kind: "Регулярная" },
    { pairId: ended, date: new Date(2026, 9, 20), kind: "Организационная" },
    { pairId: third, date: new Date(2026, 9, 21), kind: "Организационная" },
  ]);
  const plans = workbook.grid(PLANS.name);
  const planColumns = mapColumns(PLANS, plans[0]!);
  for (const row of plans)
    if (row[planColumns.get("pairId")!] === completed) row[planColumns.get("mark")!] = "Выполнено";
  setPairCell(workbook, completed, "status", "Завершена");
  setPairCell(workbook, ended, "status", "Прекращена досрочно");
  setPairCell(workbook, ended, "endReason", EARLY_END_REASON);
  if (options.monitoring !== false)
    appendRecords(workbook, MONITORING, [
      {
        email: "a@school.example",
        role: "Наставник",
        stage: "Начало программы",
        overall: 7,
        curatorSupport: 6,
        continue: "Да",
      },
      {
        email: "a@school.example",
        role: "Наставник",
        stage: "Завершение программы",
        overall: 9,
        curatorSupport: 6,
        continue: "Да",
      },
      {
        email: "b@school.example",
        role: "Наставляемый",
        stage: "Начало программы",
        overall: 6,
        usefulness: 6,
      },
      { email: "b@school.example", role: "Наставляемый", overall: 8, usefulness: 9, continue: "Да" },
      { email: "c@school.example", role: "Наставляемый", overall: 9, usefulness: 8, continue: "Нет" },
    ]);
  return { workbook, ids, completed, ended };
}
