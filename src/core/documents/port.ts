/**
 * Where documents are made: .docx files offline (src/node/documents), Google Docs in Apps Script.
 * An adapter implements three synchronous calls; `generateDocuments` (generate.ts) does everything else —
 * reading the workbook, checking consent, numbering orders, recording links, stopping on time.
 */
import type { ChartImage } from "../results/chartTypes";
import type { TemplateSource } from "../template/validate";
import type { TemplateData } from "../template/values";
import type { DocumentKindSpec } from "./kinds";

export interface DocumentRequest {
  readonly kind: DocumentKindSpec;
  /** Sub-folder of the output: `kind.folder` («Приказы», «Программы наставничества»…). */
  readonly folder: string;
  /** Safe for any file system, without extension: «Программа наставничества — Смирнова А. Д. — ПР-003». */
  readonly fileName: string;
  /** The values of the kind's fields (`kind.fields`): person values declined by the template's modifiers. */
  readonly data: TemplateData;
  /**
   * Pictures for the paragraphs of the filled document that hold only their marker
   * (`imageMarker(id)`): the adapter puts each picture there and removes a marker without one.
   */
  readonly images?: readonly ChartImage[];
}

export interface MadeDocument {
  /** What the sheet shows for it: a URL for a Google Doc, a file path offline. */
  readonly link: string;
}

export interface DocumentsPort {
  /**
   * The kind's template as template-language text (`blocksToText` of the default blocks, or the text of
   * the coordinator's own copy: `docxText` of a .docx, the body of a Google Doc). The adapter keeps an
   * editable copy: on first use it creates one from `kind.blocks()` and from then on uses that copy.
   * `name` is the template's name for messages (the kind's title or the copy's file name).
   * Called once per kind per run, before anything is made; core compiles it against `kind.fields` and
   * refuses to make anything when any requested template has a problem.
   */
  template(kind: DocumentKindSpec): TemplateSource;
  /**
   * A document made earlier under exactly this folder and name — by a run that stopped before it could
   * record the link — or null. Core asks only when the sheet records no such document; returning it
   * instead of making another is what keeps an interrupted run from leaving duplicates.
   */
  find(request: DocumentRequest): MadeDocument | null;
  /**
   * Whether the document a run recorded under `link` is still there: not deleted by hand, not in the
   * trash. Core asks for every recorded document (once per link) unless told to make everything again;
   * a document that is gone is made again. When unsure, say true: a duplicate is worse than a gap.
   */
  exists(kind: DocumentKindSpec, link: string): boolean;
  /**
   * Fills the kind's template with `request.data` into a new document and returns its link. Core has
   * already rendered the same template with the same data without problems, so a failure here is the
   * adapter's own (disk, Drive, quota): throw, leaving nothing behind if possible. A document of the
   * same name that exists is replaced (only when core asked to make it again).
   */
  create(request: DocumentRequest): MadeDocument;
}
