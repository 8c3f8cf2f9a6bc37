import type { DialogName } from "../client";

/** What differs between the hosts around the screens: how a dialog opens and closes, extra sections. */
export interface Shell {
  openDialog(name: DialogName): void | Promise<void>;
  closeDialog(): void;
  /** Offline: the workbook's own bar (open, new, save) above the panel. */
  workbookSection?(): HTMLElement;
  /** Offline: picking responses exports instead of «Перенести ответы» from the forms. */
  importSection?(refresh: () => Promise<void>): HTMLElement;
  /** Offline: the finished documents as a .zip, shown when a run is done. */
  documentsDownload?(): HTMLElement | null;
  /** Offline: the year's charts under the status, redrawn with it. */
  summaryCharts?(): HTMLElement | null;
  /** Called once the panel is shown, with the function that re-reads its status (after a dialog closes). */
  onPanelReady?(refresh: () => Promise<void>): void;
}
