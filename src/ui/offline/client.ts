/** The offline host: the same use cases as the sheet's menu, run inside the page on the workbook in memory. */
import { FORM_KEYS, FORM_NAMES } from "../../core/intake/formSettings";
import { loadQuestionnaire } from "../../core/intake/questionnaireSet";
import { readFormsRegistry } from "../../core/intake/registry";
import { proposePairs } from "../../core/pairing/proposePairs";
import { generateBatch, previewDocuments } from "../../core/panel/documents";
import { decidePairs, readPairsView } from "../../core/panel/pairs";
import { panelSettings, savePanelSettings } from "../../core/panel/settings";
import { EMPTY_COUNTS, programmeStatus } from "../../core/panel/status";
import type { Context } from "../../core/ports";
import { readFormsExport } from "../../core/questionnaires/exportFile";
import type { QuestionnaireKey } from "../../core/questionnaires/types";
import { setupWorkbook } from "../../core/setup/setupWorkbook";
import { importExportTable } from "../../node/import/importTable";
import { exportTableFromBytes } from "../../node/import/readExport";
import type { DocumentsRequestOptions, ImportFile, NastavnikClient, PanelState } from "../client";
import { MemoryDocuments } from "./memoryDocuments";
import type { OfflineWorkbook } from "./workbook";

export const OFFLINE_USER = "офлайн";

function context(): Context {
  return { now: new Date(), user: OFFLINE_USER };
}

/** Lets the page repaint between batches: the core is synchronous. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Documents per batch: small enough for the progress bar to move. */
export const OFFLINE_BATCH = 5;

/**
 * Which form an export answers: the one whose questions cover most of its columns (a coordinator
 * usually downloads several files with similar names).
 */
export function guessForm(book: OfflineWorkbook, header: readonly unknown[]): QuestionnaireKey {
  const port = book.require();
  let best: QuestionnaireKey = "mentor";
  let bestScore = -1;
  for (const key of FORM_KEYS) {
    try {
      const read = readFormsExport(loadQuestionnaire(port, context(), key), header as never, []);
      const score = header.length - read.unknownColumns.length - read.missingQuestions.length / 100;
      if (score > bestScore) {
        best = key;
        bestScore = score;
      }
    } catch {
      // A form that cannot be built yet (the group-meeting form before the banks) answers nothing.
    }
  }
  return best;
}

export function offlineClient(
  book: OfflineWorkbook,
): NastavnikClient & { readonly documents: MemoryDocuments } {
  const documents = new MemoryDocuments();
  let pending: DocumentsRequestOptions | null = null;
  const change = <T>(work: () => T): T => {
    const result = work();
    book.markDirty();
    return result;
  };
  return {
    host: "offline",
    documents,
    async status(): Promise<PanelState> {
      if (!book.port)
        return {
          ready: false,
          organisation: "",
          schoolYear: "",
          stages: [],
          counts: EMPTY_COUNTS,
          attention: ["Откройте книгу наставничества (.xlsx) или создайте новую."],
          pendingDocuments: null,
        };
      return { ...programmeStatus(book.port, context()), pendingDocuments: pending };
    },
    async setup() {
      if (!book.port) book.createNew();
      return change(() => setupWorkbook(book.require(), context()).summary);
    },
    async createForms() {
      throw new Error("Офлайн анкеты не создаются: соберите ответы в своих формах и перенесите выгрузки.");
    },
    async formLinks() {
      const registry = readFormsRegistry(book.require(), context());
      return FORM_KEYS.flatMap((key) => {
        const url = registry[key]?.url;
        return url ? [{ title: FORM_NAMES[key], url }] : [];
      });
    },
    async importResponses(files: readonly ImportFile[]) {
      const port = book.require();
      if (files.length === 0) throw new Error("Выберите файлы с ответами (.csv или .xlsx).");
      const ordered = [...files].sort((a, b) => FORM_KEYS.indexOf(a.form) - FORM_KEYS.indexOf(b.form));
      const lines: string[] = [];
      for (const file of ordered) {
        const table = await exportTableFromBytes(file.bytes, file.name);
        let changed = false;
        try {
          const { report, read } = importExportTable(port, context(), file.form, table);
          changed = report.changed;
          lines.push(`«${file.name}»: ${report.summary}`);
          for (const problem of read.problems) lines.push(`  ${problem}`);
        } catch (error) {
          lines.push(`«${file.name}»: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (changed) book.markDirty();
        await nextFrame();
      }
      return lines.join("\n");
    },
    async match() {
      const port = book.require();
      const summary = change(() => proposePairs(port, context()).summary);
      return { summary, view: readPairsView(port) };
    },
    async pairs() {
      return readPairsView(book.require());
    },
    async decide(decisions) {
      const port = book.require();
      const summary = change(() => decidePairs(port, context(), decisions));
      return { summary, view: readPairsView(port) };
    },
    async previewDocuments(request) {
      return previewDocuments(book.require(), context(), request);
    },
    async generateBatch(request) {
      const port = book.require();
      const { first, ...remembered } = request;
      pending = remembered;
      await nextFrame();
      const result = change(() =>
        generateBatch(port, documents, context(), { ...request, limit: OFFLINE_BATCH }),
      );
      if (result.done) pending = null;
      return result;
    },
    async dropPendingDocuments() {
      pending = null;
    },
    async settings() {
      return panelSettings(book.require(), context());
    },
    async saveSettings(values) {
      return change(() => savePanelSettings(book.require(), values));
    },
  };
}
