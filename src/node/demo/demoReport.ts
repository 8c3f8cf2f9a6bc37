/**
 * The demo school's year summed up: the monitoring answered at the start and at the end of the
 * programme (when «Мониторинг» is still empty, before «Сводка» counts it), then the year's report, the
 * справка on the monitoring and the news text for the website, as `nastavnik report --documents` makes them.
 */
import { appendRecords } from "../../core/appendRecords";
import { cellText } from "../../core/cell";
import { MONITORING_STAGES } from "../../core/schema/enums";
import { MONITORING } from "../../core/schema/monitoringSheet";
import type { SheetRecord } from "../../core/schema/table";
import type { CommandIO } from "../command";
import { withWorkbookLock } from "../xlsx/workbookLock";
import { openWorkbook, saveWorkbook } from "../xlsx/xlsxFile";
import { runYearReport } from "../yearReport/runYearReport";
import { DEMO_MENTEES, DEMO_MENTORS } from "./demoPeople";

const [START, END] = MONITORING_STAGES;

/** Scores that grow from the start to the end, a little different for each respondent. */
function answers(people: readonly SheetRecord[], role: string, now: Date): SheetRecord[] {
  return people.slice(0, 5).flatMap((person, index) => {
    const base = 5 + (index % 3);
    const row = (stage: string, lift: number): SheetRecord => ({
      time: now,
      email: cellText(person.email),
      role,
      stage,
      overall: Math.min(10, base + lift),
      usefulness: Math.min(10, base + lift + (index % 2)),
      comfort: Math.min(10, base + 1 + lift),
      planProgress: Math.min(10, base - 1 + lift),
      curatorSupport: Math.min(10, base + lift - (index % 2)),
      ...(stage === END ? { continue: index === 4 ? "Затрудняюсь ответить" : "Да" } : {}),
    });
    return [row(START, 0), row(END, 2 + (index % 2))];
  });
}

/** The monitoring at the start and at the end, typed into «Мониторинг» when it is still empty. */
export async function addDemoMonitoring(workbook: string, now: Date): Promise<void> {
  await withWorkbookLock(workbook, async () => {
    const port = await openWorkbook(workbook, { mustExist: true });
    if (port.readAll(MONITORING.name).length <= 1) {
      appendRecords(port, MONITORING, [
        ...answers(DEMO_MENTORS, "Наставник", now),
        ...answers(DEMO_MENTEES, "Наставляемый", now),
      ]);
      await saveWorkbook(port, workbook);
    }
  });
}

export async function demoYearReport(workbook: string, outDir: string, io: CommandIO): Promise<void> {
  await runYearReport({ workbook, outDir, details: false }, io);
}
