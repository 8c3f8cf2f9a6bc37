/** A few lines instead of a UI library: the page has five screens and no shared state worth a framework. */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | number | EventListener | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.replace(/^on/, ""), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

export function clear(element: Element, ...children: Child[]): void {
  element.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
}

let nextId = 0;
/** A unique id for label/for and aria-describedby pairs. */
export function uid(prefix: string): string {
  nextId++;
  return `${prefix}-${nextId}`;
}

/** A checkbox or radio with its label around it, so clicking the text ticks it and it has a name. */
export function choice(
  type: "checkbox" | "radio",
  label: string,
  attributes: Record<string, string | boolean | number | EventListener | undefined> = {},
): { wrapper: HTMLLabelElement; input: HTMLInputElement } {
  const input = h("input", { type, ...attributes });
  return { wrapper: h("label", { class: "choice" }, input, " ", label), input };
}

/** A text field with a visible label. */
export function field(
  label: string,
  attributes: Record<string, string | boolean | number | EventListener | undefined> = {},
  hint?: string,
): { wrapper: HTMLDivElement; input: HTMLInputElement } {
  const id = uid("field");
  const hintId = hint ? `${id}-hint` : undefined;
  const input = h("input", { id, "aria-describedby": hintId, ...attributes });
  return {
    wrapper: h(
      "div",
      { class: "field" },
      h("label", { for: id }, label),
      input,
      hint ? h("small", { id: hintId }, hint) : null,
    ),
    input,
  };
}
