import { SUMMARY } from "../core/results/summarySheet";
import { writeSummary } from "../core/results/writeSummary";
import { placeSummaryCharts } from "./charts";
import { currentContext } from "./context";
import { runMenuAction } from "./handler";
import { SheetsPort } from "./sheetsPort";

/** «Сводка»: the year's figures recomputed and the sheet rewritten, under the document lock. */
export function summaryFromMenu(): void {
  runMenuAction(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const { summary, charts, chartTables } = writeSummary(new SheetsPort(spreadsheet), currentContext());
    const sheet = spreadsheet.getSheetByName(SUMMARY.name);
    const placed = sheet ? placeSummaryCharts(sheet, charts, chartTables) : { created: 0, updated: 0 };
    const pairs = summary.active + summary.completed + summary.endedEarly;
    return `Лист «${SUMMARY.name}» обновлён: педагогов ${summary.teachers}, пар и групп ${pairs}, встреч ${summary.meetings}; графиков ${placed.created + placed.updated}.`;
  });
}
