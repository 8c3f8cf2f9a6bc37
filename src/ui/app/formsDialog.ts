/** «Анкеты»: each form's link, a copy button and a QR code for the staff room; how to share and embed. */
import qrcode from "qrcode-generator";
import type { FormLink, NastavnikClient } from "../client";
import { clear, h } from "./dom";
import { MessageArea } from "./messages";
import type { Shell } from "./shell";

/** An SVG QR code drawn in the page: the link never leaves it. */
export function qrSvg(text: string): string {
  const code = qrcode(0, "M");
  code.addData(text, "Byte");
  code.make();
  return code.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
}

async function copy(text: string, source: HTMLInputElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // The Apps Script frame may refuse the clipboard API: copying the selected field still works.
    source.select();
    document.execCommand("copy");
  }
}

function linkCard(link: FormLink, messages: MessageArea): HTMLElement {
  const input = h("input", {
    type: "text",
    readonly: true,
    value: link.url,
    "aria-label": `Ссылка: ${link.title}`,
  });
  const copyButton = h(
    "button",
    { type: "button", "aria-label": `Копировать ссылку: ${link.title}` },
    "Копировать",
  );
  copyButton.addEventListener("click", () => {
    void copy(link.url, input).then(() => messages.info(`Ссылка «${link.title}» скопирована.`));
  });
  const qr = h("div", { class: "qr", role: "img", "aria-label": `QR-код: ${link.title}` });
  qr.innerHTML = qrSvg(link.url);
  return h(
    "article",
    { class: "form-link" },
    h("h3", {}, h("a", { href: link.url, target: "_blank", rel: "noopener noreferrer" }, link.title)),
    h("div", { class: "copy-row" }, input, copyButton),
    qr,
  );
}

export async function renderFormsDialog(
  root: HTMLElement,
  client: NastavnikClient,
  shell: Shell,
): Promise<void> {
  const messages = new MessageArea();
  const list = h("div", { class: "form-links" });
  const close = h("button", { type: "button" }, "Закрыть");
  close.addEventListener("click", () => shell.closeDialog());
  clear(
    root,
    h(
      "main",
      { class: "dialog" },
      h("h1", {}, "Анкеты"),
      messages.element,
      list,
      h(
        "section",
        { class: "hint", "aria-labelledby": "share-title" },
        h("h2", { id: "share-title" }, "Как раздать анкеты"),
        h(
          "ul",
          {},
          h("li", {}, "Отправьте ссылку в рабочий чат или по почте — ответы сразу попадут в таблицу."),
          h("li", {}, "Распечатайте QR-коды для учительской: анкету открывают камерой телефона."),
          h(
            "li",
            {},
            "Чтобы встроить анкету на сайт школы: откройте форму, «Отправить» → значок «<>» и вставьте код на страницу.",
          ),
        ),
      ),
      h("div", { class: "buttons" }, close),
    ),
  );
  try {
    const links = await client.formLinks();
    if (links.length === 0) messages.info("Анкеты ещё не созданы: нажмите «Создать анкеты» в панели.");
    clear(list, ...links.map((link) => linkCard(link, messages)));
  } catch (error) {
    messages.error(error);
  }
}
