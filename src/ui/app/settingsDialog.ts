/** «Настройки школы»: the parameters documents need, without hunting for the sheet. */
import type { NastavnikClient } from "../client";
import { clear, field, h } from "./dom";
import { act, MessageArea } from "./messages";
import type { Shell } from "./shell";

export async function renderSettingsDialog(
  root: HTMLElement,
  client: NastavnikClient,
  shell: Shell,
): Promise<void> {
  const messages = new MessageArea();
  const form = h("form", { class: "settings" });
  const save = h("button", { type: "submit", class: "primary" }, "Сохранить");
  const close = h("button", { type: "button" }, "Закрыть");
  close.addEventListener("click", () => shell.closeDialog());
  clear(root, h("main", { class: "dialog" }, h("h1", {}, "Настройки школы"), messages.element, form));
  try {
    const fields = (await client.settings()).map((setting) => ({
      setting,
      ...field(setting.label, { value: setting.value, name: setting.key }, setting.hint),
    }));
    clear(form, ...fields.map((entry) => entry.wrapper), h("div", { class: "buttons" }, save, close));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const values = Object.fromEntries(fields.map((entry) => [entry.setting.key, entry.input.value]));
      void act(save, messages, "Сохраняю…", () => client.saveSettings(values));
    });
  } catch (error) {
    messages.error(error);
    clear(form, h("div", { class: "buttons" }, close));
  }
}
