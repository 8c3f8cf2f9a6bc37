/**
 * The one interface the coordinator's page talks to. Two hosts implement it: Google (every call goes
 * through `google.script.run` to an entry point of Code.js, see src/gas/panel) and offline (the same use
 * cases run inside the page on an .xlsx held in memory, see src/ui/offline). Everything crossing it is
 * plain JSON: Apps Script refuses Dates and class instances between the page and the server.
 */
import type { BatchResult, DocumentsPreview, DocumentsRequestOptions } from "../core/panel/documents";
import type { PairDecisions, PairsView } from "../core/panel/pairs";
import type { SettingField } from "../core/panel/settings";
import type { ProgrammeStatus } from "../core/panel/status";
import type { QuestionnaireKey } from "../core/questionnaires/types";

export type {
  BatchResult,
  DocumentsPreview,
  DocumentsRequestOptions,
  PairDecisions,
  PairsView,
  ProgrammeStatus,
  SettingField,
};

export type DialogName = "documents" | "forms" | "pairs" | "settings";

export interface PanelState extends ProgrammeStatus {
  /** A documents run that has not finished (closed dialog, failed batch): the dialog offers to finish it. */
  readonly pendingDocuments: DocumentsRequestOptions | null;
}

export interface FormLink {
  readonly title: string;
  readonly url: string;
}

/** One responses export the coordinator picked (offline): which form it answers and its bytes. */
export interface ImportFile {
  readonly name: string;
  readonly form: QuestionnaireKey;
  readonly bytes: Uint8Array;
}

export interface MatchResult {
  readonly summary: string;
  readonly view: PairsView;
}

export interface NastavnikClient {
  readonly host: "google" | "offline";
  status(): Promise<PanelState>;
  /** «Настроить таблицу»: creates or repairs the sheets; a Russian summary. */
  setup(): Promise<string>;
  /** Google: creates (or refreshes) the four forms and returns the summary. */
  createForms(): Promise<string>;
  /** The forms' respondent links, as recorded in «Настройки». */
  formLinks(): Promise<FormLink[]>;
  /** Google: from the forms' response sheets (files are ignored); offline: from the picked exports. */
  importResponses(files: readonly ImportFile[]): Promise<string>;
  match(): Promise<MatchResult>;
  pairs(): Promise<PairsView>;
  decide(decisions: PairDecisions): Promise<MatchResult>;
  previewDocuments(request: DocumentsRequestOptions): Promise<DocumentsPreview>;
  /** One small batch; call again while `done` is false. */
  generateBatch(request: DocumentsRequestOptions & { readonly first: boolean }): Promise<BatchResult>;
  /** Forgets an unfinished documents run (the coordinator chose other documents). */
  dropPendingDocuments(): Promise<void>;
  settings(): Promise<SettingField[]>;
  saveSettings(values: Readonly<Record<string, string>>): Promise<string>;
}
