/**
 * nastavnik.html: the whole pipeline in the page, for schools that keep personal data on their own
 * computers. Nothing is sent anywhere — the page's Content-Security-Policy forbids any connection.
 */
import PizZip from "pizzip";
import { FORM_KEYS, FORM_NAMES } from "../../core/intake/formSettings";
import type { QuestionnaireKey } from "../../core/questionnaires/types";
import { exportTableFromBytes } from "../../node/import/readExport";
import { clear, h } from "../app/dom";
import { act, errorText, MessageArea } from "../app/messages";
import { renderScreen } from "../app/screens";
import type { Shell } from "../app/shell";
import type { DialogName, ImportFile } from "../client";
import { summaryCharts } from "./charts";
import { guessForm, offlineClient } from "./client";
import { OfflineWorkbook, type WritableFileHandle } from "./workbook";

const book = new OfflineWorkbook();
const client = offlineClient(book);
const root = document.getElementById("app")!;

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface OpenPickerWindow {
  showOpenFilePicker?: (options: unknown) => Promise<WritableFileHandle[]>;
}

const XLSX_PICKER = {
  types: [
    {
      description: "Книга Excel",
      accept: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [".xlsx"] },
    },
  ],
  multiple: false,
};

let refreshPanel: () => Promise<void> = async () => undefined;

function workbookSection(): HTMLElement {
  const messages = new MessageArea();
  const name = h("p", { class: "workbook-name" });
  const input = h("input", { type: "file", accept: ".xlsx", hidden: true, "aria-label": "Файл книги" });
  const openButton = h("button", { type: "button", class: "primary" }, "Открыть книгу…");
  const newButton = h("button", { type: "button" }, "Создать новую книгу");
  const saveButton = h("button", { type: "button" }, "Сохранить книгу");
  const show = () => {
    name.textContent = book.port
      ? `Книга: ${book.name}${book.dirty ? " — есть несохранённые изменения" : ""}`
      : "Книга не открыта";
    saveButton.disabled = !book.port;
    saveButton.className = book.dirty ? "primary" : "";
  };
  book.onChange(show);
  const openBytes = (file: File, handle: WritableFileHandle | null) =>
    act(openButton, messages, `Открываю «${file.name}»…`, async () => {
      await book.open(await file.arrayBuffer(), file.name, handle);
      await refreshPanel();
      return handle
        ? `Открыта книга «${file.name}». Изменения сохраняются в этот же файл кнопкой «Сохранить книгу».`
        : `Открыта книга «${file.name}».`;
    });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void openBytes(file, null);
    input.value = "";
  });
  openButton.addEventListener("click", () => {
    const picker = (window as OpenPickerWindow).showOpenFilePicker;
    if (!picker) {
      input.click();
      return;
    }
    picker(XLSX_PICKER)
      .then(async ([handle]) => {
        if (handle) await openBytes(await handle.getFile(), handle);
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== "AbortError") messages.error(error);
      });
  });
  newButton.addEventListener("click", () => {
    void act(newButton, messages, "Создаю книгу…", async () => {
      const summary = await client.setup();
      book.name = "Наставничество.xlsx";
      await refreshPanel();
      return `${summary} Заполните «Настройки школы» и сохраните книгу.`;
    });
  });
  saveButton.addEventListener("click", () => {
    void act(saveButton, messages, "Сохраняю…", () => book.save(download));
  });
  const drop = h("div", { class: "drop" }, h("p", {}, "Или перетащите сюда файл книги .xlsx."));
  dropTarget(drop, (files) => {
    const file = files[0];
    if (file) void openBytes(file, null);
  });
  show();
  return h(
    "section",
    { class: "workbook", "aria-labelledby": "workbook-title" },
    h("h2", { id: "workbook-title" }, "Книга наставничества"),
    name,
    h("div", { class: "buttons" }, openButton, newButton, saveButton, input),
    drop,
    messages.element,
  );
}

function dropTarget(element: HTMLElement, onFiles: (files: File[]) => void): void {
  element.addEventListener("dragover", (event) => {
    event.preventDefault();
    element.classList.add("over");
  });
  element.addEventListener("dragleave", () => element.classList.remove("over"));
  element.addEventListener("drop", (event) => {
    event.preventDefault();
    element.classList.remove("over");
    onFiles([...(event.dataTransfer?.files ?? [])]);
  });
}

interface PickedFile {
  readonly file: File;
  readonly select: HTMLSelectElement;
  bytes: Uint8Array;
}

function importSection(refresh: () => Promise<void>): HTMLElement {
  const messages = new MessageArea();
  const picked: PickedFile[] = [];
  const list = h("ul", {});
  const input = h("input", {
    type: "file",
    accept: ".csv,.xlsx",
    multiple: true,
    hidden: true,
    "aria-label": "Файлы с ответами анкет",
  });
  const choose = h("button", { type: "button" }, "Выбрать файлы ответов…");
  choose.addEventListener("click", () => input.click());
  const importButton = h("button", { type: "button" }, "Перенести ответы");
  const show = () => {
    clear(
      list,
      ...picked.map((entry, index) =>
        h(
          "li",
          {},
          h("label", { for: `import-form-${index}` }, `Файл «${entry.file.name}» — ответы на анкету:`),
          entry.select,
        ),
      ),
    );
    importButton.disabled = picked.length === 0;
  };
  const add = async (files: File[]) => {
    for (const file of files) {
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const table = await exportTableFromBytes(bytes, file.name);
        const select = h(
          "select",
          { id: `import-form-${picked.length}` },
          FORM_KEYS.map((key) => h("option", { value: key }, FORM_NAMES[key])),
        );
        select.value = book.port ? guessForm(book, table.header) : "mentor";
        picked.push({ file, select, bytes });
      } catch (error) {
        messages.error(error);
      }
    }
    show();
  };
  input.addEventListener("change", () => {
    void add([...(input.files ?? [])]).then(() => {
      input.value = "";
    });
  });
  importButton.addEventListener("click", () => {
    const files: ImportFile[] = picked.map((entry) => ({
      name: entry.file.name,
      form: entry.select.value as QuestionnaireKey,
      bytes: entry.bytes,
    }));
    void act(importButton, messages, "Переношу ответы…", async () => {
      const result = await client.importResponses(files);
      picked.splice(0);
      show();
      await refresh();
      return result;
    });
  });
  const drop = h(
    "div",
    { class: "drop import-files" },
    h("p", {}, "Ответы анкет: выгрузки .csv или .xlsx из Google Форм или Яндекс Форм."),
    choose,
    input,
    h("small", {}, "Или перетащите файлы сюда."),
    list,
  );
  dropTarget(drop, (files) => void add(files));
  show();
  return h("div", { class: "import" }, drop, importButton, messages.element);
}

/** The part of the File System Access API that writes into a folder the coordinator picks. */
interface FolderHandle {
  readonly name: string;
  getDirectoryHandle(name: string, options: { create: boolean }): Promise<FolderHandle>;
  getFileHandle(name: string, options: { create: boolean }): Promise<WritableFileHandle>;
}

interface FolderPickerWindow {
  showDirectoryPicker?: (options: { mode: "readwrite" }) => Promise<FolderHandle>;
}

/** Writes every document under the picked folder, in the archive's sub-folders; returns how many. */
async function saveIntoFolder(folder: FolderHandle): Promise<number> {
  let written = 0;
  for (const [path, bytes] of client.documents.files) {
    const parts = path.split("/");
    const name = parts.pop()!;
    let target = folder;
    for (const part of parts) target = await target.getDirectoryHandle(part, { create: true });
    const writable = await (await target.getFileHandle(name, { create: true })).createWritable();
    await writable.write(bytes);
    await writable.close();
    written++;
  }
  return written;
}

function documentsDownload(): HTMLElement | null {
  if (client.documents.files.size === 0) return null;
  const messages = new MessageArea();
  const button = h("button", { type: "button", class: "primary" }, "Скачать документы (.zip)");
  button.addEventListener("click", () => {
    const zip = new PizZip();
    for (const [path, bytes] of client.documents.files) zip.file(path, bytes);
    download(zip.generate({ type: "blob", compression: "DEFLATE" }) as Blob, "Документы.zip");
  });
  const pickFolder = (window as FolderPickerWindow).showDirectoryPicker;
  const folderButton = pickFolder ? h("button", { type: "button" }, "Сохранить в папку…") : null;
  folderButton?.addEventListener("click", () => {
    pickFolder!({ mode: "readwrite" })
      .then((folder) =>
        act(folderButton, messages, "Сохраняю документы…", async () => {
          const written = await saveIntoFolder(folder);
          return `Документов сохранено: ${written}, в папку «${folder.name}» (внутри — папка «Документы»).`;
        }),
      )
      .catch((error: unknown) => {
        if ((error as Error).name !== "AbortError") messages.error(error);
      });
  });
  return h(
    "div",
    {},
    h("div", { class: "buttons" }, button, folderButton),
    h(
      "p",
      { class: "hint" },
      "Распакуйте архив (или выберите папку) рядом с книгой и сохраните книгу: в ней записаны ссылки на документы.",
    ),
    messages.element,
  );
}

const shell: Shell = {
  async openDialog(name: DialogName) {
    const dialog = h("dialog", { "aria-label": DIALOG_LABELS[name] });
    const body = h("div", {});
    dialog.append(body);
    document.body.append(dialog);
    dialog.addEventListener("close", () => {
      dialog.remove();
      void refreshPanel();
    });
    dialog.showModal();
    await renderScreen(name, body, client, shell);
  },
  closeDialog() {
    (document.querySelector("dialog[open]") as HTMLDialogElement | null)?.close();
  },
  workbookSection,
  importSection,
  documentsDownload,
  summaryCharts: () => summaryCharts(book, new Date()),
  onPanelReady(refresh) {
    refreshPanel = refresh;
  },
};

const DIALOG_LABELS: Readonly<Record<DialogName, string>> = {
  documents: "Документы",
  forms: "Анкеты",
  pairs: "Подбор пар",
  settings: "Настройки школы",
};

window.addEventListener("beforeunload", (event) => {
  if (book.dirty) event.preventDefault();
});

renderScreen("panel", root, client, shell).catch((error) => {
  root.textContent = errorText(error);
});
