/**
 * «Отчёт за год»: the year's report (kind 11) and the monitoring справка (kind 12) as Google Docs, through
 * the documents run (batches, quota, «Журнал»). The charts' pictures and the best practices come from
 * replaceable sources, so that the Sheets charts' PNGs and «Методическая копилка» can be plugged in; until
 * then the report says the charts are on «Сводка».
 */

import type { YearReportOptions } from "../core/documents/generate";
import { YEAR_END_KINDS } from "../core/documents/kinds";
import type { ChartImage } from "../core/results/chartTypes";
import type { PracticeItem } from "../core/yearReport/practices";
import type { DocumentsRequest } from "./docs/generateHandlers";

export const YEAR_REPORT_SOURCES: {
  /** Pictures of the charts on «Сводка». */
  charts: () => readonly ChartImage[];
  /** The best practices of the year. */
  practices: () => readonly PracticeItem[];
} = {
  charts: () => [],
  practices: () => [],
};

export const YEAR_REPORT_REQUEST: DocumentsRequest = { kinds: YEAR_END_KINDS, pdf: false };

/** The year-end part of a run's options: present only when the request names a year-end report. */
export function yearReportOptions(request: DocumentsRequest): { year?: YearReportOptions } {
  if (!request.kinds.some((kind) => YEAR_END_KINDS.includes(kind))) return {};
  return { year: { charts: YEAR_REPORT_SOURCES.charts(), practices: YEAR_REPORT_SOURCES.practices() } };
}
