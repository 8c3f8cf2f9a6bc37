/**
 * «Документы»: the kinds, the order's date and number, who is in and who is left out (before anything is
 * made), then a progress bar while the page asks the host for one small batch after another. Closing
 * the window stops between batches; opening it again offers to finish the same request.
 */
import { ALL_KINDS, YEAR_END_KINDS } from "../../core/documents/kinds";
import type { DocumentsPreview, DocumentsRequestOptions, NastavnikClient } from "../client";
import { choice, clear, field, h } from "./dom";
import { errorText, MessageArea } from "./messages";
import type { Shell } from "./shell";

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function previewSection(preview: DocumentsPreview): HTMLElement {
  const byKind = new Map<string, string[]>();
  for (const line of preview.included)
    byKind.set(line.kind, [...(byKind.get(line.kind) ?? []), line.subject]);
  return h(
    "section",
    { class: "preview", "aria-labelledby": "preview-title" },
    h("h2", { id: "preview-title" }, `Будет сформировано: ${preview.included.length}`),
    preview.existing > 0
      ? h("p", {}, `Уже сформированы раньше и не повторяются: ${preview.existing}.`)
      : null,
    [...byKind].map(([kind, subjects]) =>
      h(
        "details",
        {},
        h("summary", {}, `${kind}: ${subjects.length}`),
        h(
          "ul",
          {},
          subjects.map((subject) => h("li", {}, subject)),
        ),
      ),
    ),
    preview.skipped.length > 0
      ? h(
          "div",
          { class: "skipped" },
          h("h3", {}, `Не войдут: ${preview.skipped.length}`),
          h(
            "ul",
            {},
            preview.skipped.map((line) => h("li", {}, `${line.kind}: ${line.subject} — ${line.reason}`)),
          ),
        )
      : null,
  );
}

export async function renderDocumentsDialog(
  root: HTMLElement,
  client: NastavnikClient,
  shell: Shell,
): Promise<void> {
  const messages = new MessageArea();
  const kinds = ALL_KINDS.map((kind) => ({
    id: kind.id,
    // The year-end reports are for the end of the year: ticked only on purpose.
    ...choice("checkbox", `${kind.number}. ${kind.title}`, {
      name: "kind",
      value: kind.id,
      checked: !YEAR_END_KINDS.includes(kind.id),
    }),
  }));
  const date = field("Дата приказов", { type: "date", value: todayIso(), name: "orderDate" });
  const number = field(
    "Номер первого приказа",
    { type: "number", min: 1, step: 1, inputmode: "numeric", name: "orderNumber" },
    "Пусто — следующий номер из «Настроек»",
  );
  const pdf = choice("checkbox", "Сохранить также PDF-копии", { name: "pdf" });
  const previewBox = h("div", { class: "preview-box" });
  const progress = h("progress", { max: 1, value: 0, "aria-label": "Ход формирования документов" });
  const progressText = h("p", { class: "progress-text", "aria-live": "polite" });
  const progressBox = h("div", { class: "progress", hidden: true }, progress, progressText);
  const check = h("button", { type: "button" }, "Проверить, кто войдёт");
  const start = h("button", { type: "button", class: "primary" }, "Сформировать");
  const stop = h("button", { type: "button", hidden: true }, "Остановить");
  const close = h("button", { type: "button" }, "Закрыть");
  const download = h("div", { class: "download" });
  let stopping = false;

  const request = (): DocumentsRequestOptions => {
    const order = number.input.value.trim();
    return {
      kinds: kinds.filter((kind) => kind.input.checked).map((kind) => kind.id),
      ...(date.input.value ? { orderDate: date.input.value } : {}),
      ...(order ? { orderNumber: Number(order) } : {}),
      ...(client.host === "google" ? { pdf: pdf.input.checked } : {}),
    };
  };

  const setBusy = (busy: boolean) => {
    for (const control of [
      check,
      start,
      close,
      ...kinds.map((kind) => kind.input),
      date.input,
      number.input,
      pdf.input,
    ])
      control.disabled = busy;
    stop.hidden = !busy;
  };

  const runBatches = async (options: DocumentsRequestOptions, first: boolean) => {
    stopping = false;
    setBusy(true);
    progressBox.hidden = false;
    clear(download);
    messages.busy("Формирую документы…");
    let made = 0;
    let isFirst = first;
    try {
      for (;;) {
        const batch = await client.generateBatch({ ...options, first: isFirst });
        isFirst = false;
        made += batch.made;
        const total = made + batch.remaining;
        progress.max = Math.max(1, total);
        progress.value = made;
        progressText.textContent = `Сформировано ${made} из ${total}${batch.names.at(-1) ? `: ${batch.names.at(-1)}` : ""}`;
        if (batch.done) {
          messages.info(batch.summary);
          break;
        }
        if (stopping) {
          messages.info(
            `Остановлено: сформировано ${made}, осталось ${batch.remaining}. Откройте «Документы» снова, чтобы доделать.`,
          );
          break;
        }
      }
      const link = shell.documentsDownload?.();
      if (link) clear(download, link);
    } catch (error) {
      messages.error(`${errorText(error)} Сформированное записано; нажмите «Сформировать», чтобы доделать.`);
    } finally {
      setBusy(false);
    }
  };

  check.addEventListener("click", () => {
    check.disabled = true;
    messages.busy("Проверяю…");
    client
      .previewDocuments(request())
      .then((preview) => {
        messages.clear();
        clear(previewBox, previewSection(preview));
      })
      .catch((error) => messages.error(error))
      .finally(() => {
        check.disabled = false;
      });
  });
  start.addEventListener("click", () => {
    void (async () => {
      await client.dropPendingDocuments();
      await runBatches(request(), true);
    })().catch((error) => messages.error(error));
  });
  stop.addEventListener("click", () => {
    stopping = true;
    stop.disabled = true;
    messages.busy("Останавливаю после текущей порции…");
  });
  close.addEventListener("click", () => shell.closeDialog());

  const pendingBox = h("div", { class: "pending" });
  clear(
    root,
    h(
      "main",
      { class: "dialog" },
      h("h1", {}, "Документы"),
      messages.element,
      pendingBox,
      h(
        "form",
        { class: "documents", onsubmit: (event: Event) => event.preventDefault() },
        h(
          "fieldset",
          {},
          h("legend", {}, "Какие документы сформировать"),
          kinds.map((kind) => kind.wrapper),
        ),
        h("fieldset", {}, h("legend", {}, "Приказы"), date.wrapper, number.wrapper),
        client.host === "google" ? pdf.wrapper : null,
      ),
      h("div", { class: "buttons" }, check, start, stop, close),
      progressBox,
      download,
      previewBox,
    ),
  );
  try {
    const state = await client.status();
    const pending = state.pendingDocuments;
    if (pending) {
      const resume = h("button", { type: "button", class: "primary" }, "Доделать");
      resume.addEventListener("click", () => {
        clear(pendingBox);
        void runBatches(pending, false);
      });
      clear(
        pendingBox,
        h("p", {}, "Прошлый запуск сформировал ещё не всё. Доделать его? (Новый выбор ниже заменит его.)"),
        resume,
      );
    }
  } catch (error) {
    messages.error(error);
  }
}
