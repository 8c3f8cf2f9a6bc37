import { awardedMentors } from "../core/awards/awardedMentors";
/**
 * «Отчёт за год»: the year's report (kind 11) and the monitoring справка (kind 12) as Google Docs, through
 * the documents run (batches, quota, «Журнал»). The charts' pictures and the best practices come from
 * replaceable sources: the charts are the pictures of the native charts on «Сводка» (none before «Сводка»
 * has drawn them — then the report says the charts are on «Сводка»), the practices of «Методическая
 * копилка»; the confirmed awards are to be plugged in.
 */

import { sanitizeFileName } from "../core/documents/fileNames";
import type { YearReportOptions } from "../core/documents/generate";
import { DOCUMENT_KINDS, YEAR_END_KINDS } from "../core/documents/kinds";
import { readSettingsFrom } from "../core/pairing/proposePairs";
import { readPractices } from "../core/practices/readPractices";
import { PRACTICES } from "../core/practices/sheet";
import type { ChartImage } from "../core/results/chartTypes";
import { SUMMARY } from "../core/results/summarySheet";
import { hasSheet } from "../core/sheets";
import { readYearFacts } from "../core/yearReport/facts";
import { newsText } from "../core/yearReport/news";
import type { PracticeItem } from "../core/yearReport/practices";
import { summaryChartImages } from "./charts";
import { currentContext } from "./context";
import type { DocumentsRequest } from "./docs/generateHandlers";
import { ROOT_KEY } from "./docs/googleDocuments";
import { SheetsPort } from "./sheetsPort";

export const YEAR_REPORT_SOURCES: {
  /** Pictures of the charts on «Сводка». */
  charts: () => readonly ChartImage[];
  /** The best practices of the year. */
  practices: () => readonly PracticeItem[];
  /** Mentors whose award is confirmed: the only names the news may carry. */
  awarded: () => readonly string[];
} = {
  charts: () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SUMMARY.name);
    return sheet ? summaryChartImages(sheet) : [];
  },
  practices: () => {
    const port = new SheetsPort(SpreadsheetApp.getActiveSpreadsheet());
    return hasSheet(port, PRACTICES.name) ? readPractices(port.readAll(PRACTICES.name)) : [];
  },
  awarded: () => awardedMentors(new SheetsPort(SpreadsheetApp.getActiveSpreadsheet())),
};

export const YEAR_REPORT_REQUEST: DocumentsRequest = { kinds: YEAR_END_KINDS, pdf: false };

/** The year-end part of a run's options: present only when the request names a year-end report. */
export function yearReportOptions(request: DocumentsRequest): { year?: YearReportOptions } {
  if (!request.kinds.some((kind) => YEAR_END_KINDS.includes(kind))) return {};
  return { year: { charts: YEAR_REPORT_SOURCES.charts(), practices: YEAR_REPORT_SOURCES.practices() } };
}

const NEWS_PREFIX = "Новость для сайта";

/** The root output folder's sub-folder of the reports, or null before any report was made. */
function reportsFolder(): GoogleAppsScript.Drive.Folder | null {
  const id = PropertiesService.getDocumentProperties().getProperty(ROOT_KEY);
  if (!id) return null;
  try {
    const found = DriveApp.getFolderById(id).getFoldersByName(DOCUMENT_KINDS.yearReport.folder);
    return found.hasNext() ? found.next() : null;
  } catch {
    return null; // the folder is gone: the documents run says so itself
  }
}

/**
 * The news text for the school's website as a plain-text file next to the reports, replacing the one of
 * an earlier run. Returns the sentence the menu adds to its message, empty when there is no folder yet.
 */
export function saveNewsText(): string {
  const folder = reportsFolder();
  if (folder === null) return "";
  const port = new SheetsPort(SpreadsheetApp.getActiveSpreadsheet());
  const context = currentContext();
  const settings = readSettingsFrom(port, context).values;
  const year = String(settings.schoolYear ?? "").trim();
  const name = `${sanitizeFileName(`${NEWS_PREFIX} — ${year}`)}.txt`;
  const text = newsText({
    organisation: String(settings.orgShortName || settings.orgFullName || "").trim(),
    schoolYear: year,
    facts: readYearFacts(port, context),
    practices: YEAR_REPORT_SOURCES.practices(),
    awarded: YEAR_REPORT_SOURCES.awarded(),
  });
  const stale = folder.getFilesByName(name);
  while (stale.hasNext()) stale.next().setTrashed(true);
  folder.createFile(Utilities.newBlob(text, "text/plain", name));
  return ` Текст новости для сайта — файл «${name}» в папке «${DOCUMENT_KINDS.yearReport.folder}».`;
}
