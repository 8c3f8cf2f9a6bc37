import { clear, h } from "./dom";

/** The panel's answer line: results and errors in Russian, announced to screen readers. */
export class MessageArea {
  readonly element = h("div", { class: "message", role: "status", "aria-live": "polite" });

  info(text: string): void {
    this.element.className = "message info";
    clear(this.element, ...text.split("\n").map((line) => h("p", {}, line)));
  }

  error(error: unknown): void {
    this.element.className = "message error";
    clear(this.element, h("p", {}, errorText(error)));
  }

  busy(text: string): void {
    this.element.className = "message busy";
    clear(this.element, h("p", {}, text));
  }

  clear(): void {
    this.element.className = "message";
    clear(this.element);
  }
}

/** Whatever failed, one Russian line for the coordinator (Apps Script prefixes its own «Error: »). */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error ?? "");
  const clean = text.replace(/^(Exception|Error|ScriptError):\s*/i, "").trim();
  return /[а-яё]/i.test(clean)
    ? clean
    : "Не удалось выполнить действие. Повторите; если не выйдет — обратитесь к администратору.";
}

/** Runs an action with the button disabled and the answer in the message area. */
export async function act(
  button: HTMLButtonElement | null,
  messages: MessageArea,
  busyText: string,
  action: () => Promise<string | undefined>,
): Promise<boolean> {
  if (button) button.disabled = true;
  messages.busy(busyText);
  try {
    const result = await action();
    if (result) messages.info(result);
    else messages.clear();
    return true;
  } catch (error) {
    messages.error(error);
    return false;
  } finally {
    if (button) button.disabled = false;
  }
}
