/**
 * # Документы наставничества
 *
 * Seven kinds (kinds.ts), each a `DocumentKind` with declared fields (fields.ts) and a default template
 * as a block model (templates/). `generateDocuments` (generate.ts) makes them against a `WorkbookPort`
 * and a `DocumentsPort` (port.ts): offline .docx files, or Google Docs.
 */
export type { OrderInfo, ResolvedPair } from "./data";
export { MAX_FILE_NAME, sanitizeFileName } from "./fileNames";
export {
  type GeneratedDocument,
  type GenerateOptions,
  type GenerateResult,
  generateDocuments,
  type YearReportOptions,
} from "./generate";
export {
  ALL_KINDS,
  DOCUMENT_KIND_IDS,
  DOCUMENT_KINDS,
  type DocumentKindId,
  type DocumentKindSpec,
  type DocumentScope,
  KIND_ALIASES,
  kindsByName,
  YEAR_END_KINDS,
} from "./kinds";
export type { SkippedDocument } from "./plan";
export { activitiesFor, buildPlan, COMPETENCE_ACTIVITIES, type PlanItem } from "./planActivities";
export type { DocumentRequest, DocumentsPort, MadeDocument } from "./port";
export { DOCUMENT_ACTION, GENERATE_ACTION, hasCellRecord } from "./records";
