/**
 * The coordinator's workbook inside the page: an exceljs workbook in memory, where it came from and
 * whether it has changes not yet saved. Saving goes back into the same file when the browser let us open
 * it for writing (File System Access API: Яндекс Браузер, Chrome, Edge), otherwise as a download.
 */
import ExcelJS from "exceljs";
import { restoreAutoFilters } from "../../node/xlsx/autoFilters";
import { loadXlsx } from "../../node/xlsx/xlsxFile";
import { XlsxPort } from "../../node/xlsx/xlsxPort";

/** The part of the File System Access API the page uses (not in every browser, nor in TypeScript's DOM lib). */
export interface WritableFileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: Blob | Uint8Array): Promise<void>; close(): Promise<void> }>;
}

export const NEW_WORKBOOK_NAME = "Наставничество.xlsx";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export class OfflineWorkbook {
  port: XlsxPort | null = null;
  name = NEW_WORKBOOK_NAME;
  handle: WritableFileHandle | null = null;
  dirty = false;
  private readonly listeners: (() => void)[] = [];

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  require(): XlsxPort {
    if (!this.port) throw new Error("Сначала откройте книгу наставничества (.xlsx) или создайте новую.");
    return this.port;
  }

  async open(bytes: ArrayBuffer, name: string, handle: WritableFileHandle | null = null): Promise<void> {
    // The CLI's checks: an .xls, .ods, a protected or damaged book is refused with a sentence naming it.
    this.port = new XlsxPort(await loadXlsx(new Uint8Array(bytes), name, "workbook"));
    this.name = name;
    this.handle = handle;
    this.dirty = false;
    this.changed();
  }

  createNew(): void {
    this.port = new XlsxPort(new ExcelJS.Workbook());
    this.name = NEW_WORKBOOK_NAME;
    this.handle = null;
    this.dirty = true;
    this.changed();
  }

  markDirty(): void {
    this.dirty = true;
    this.changed();
  }

  /** As the CLI saves it: exceljs's output with the sheets' autofilters put back. */
  async bytes(): Promise<Uint8Array> {
    const { workbook } = this.require();
    return restoreAutoFilters(workbook, new Uint8Array(await workbook.xlsx.writeBuffer()));
  }

  /** Into the opened file when we may write it; otherwise a download. Returns what happened, in Russian. */
  async save(download: (blob: Blob, name: string) => void): Promise<string> {
    const bytes = await this.bytes();
    const blob = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
    if (this.handle) {
      try {
        const writable = await this.handle.createWritable();
        await writable.write(blob);
        await writable.close();
        this.dirty = false;
        this.changed();
        return `Книга «${this.name}» сохранена.`;
      } catch {
        // Permission refused or the file is open in Excel: fall back to a download, nothing is lost.
      }
    }
    download(blob, this.name);
    this.dirty = false;
    this.changed();
    return `Книга «${this.name}» скачана: положите её на место старой (в общую папку школы).`;
  }
}
