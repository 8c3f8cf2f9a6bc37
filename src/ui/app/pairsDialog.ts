/** «Подбор пар»: proposed pairs with score and explanation, who is left without a pair and why. */
import type { NastavnikClient, PairsView } from "../client";
import { choice, clear, h } from "./dom";
import { act, MessageArea } from "./messages";
import type { Shell } from "./shell";

function pairCard(pair: PairsView["pairs"][number]): {
  card: HTMLElement;
  ticks: Record<string, HTMLInputElement>;
} {
  const open = pair.status === "Предложена";
  const ticks: Record<string, HTMLInputElement> = {};
  const controls: HTMLElement[] = [];
  if (open) {
    for (const [key, label] of [
      ["approve", "Утвердить"],
      ["reject", "Отклонить"],
      ["lock", "Закрепить"],
    ] as const) {
      const { wrapper, input } = choice("checkbox", label, {
        "aria-label": `${label} ${pair.id}`,
        name: key,
        value: pair.id,
      });
      ticks[key] = input;
      controls.push(wrapper);
    }
  }
  const card = h(
    "article",
    { class: `pair ${open ? "open" : ""}`, "aria-labelledby": `pair-${pair.id}` },
    h("h3", { id: `pair-${pair.id}` }, `${pair.id}: ${pair.mentor} → ${pair.mentees}`),
    h(
      "p",
      { class: "pair-meta" },
      h("span", { class: "badge" }, pair.status || "без статуса"),
      pair.locked && pair.status !== "Утверждена" ? h("span", { class: "badge" }, "закреплена") : null,
      pair.score ? ` Балл: ${pair.score}` : "",
      pair.form ? ` · ${pair.form}` : "",
    ),
    pair.explanation ? h("p", { class: "explanation" }, pair.explanation) : null,
    controls.length > 0
      ? h("div", { class: "ticks", role: "group", "aria-label": `Решение по паре ${pair.id}` }, controls)
      : null,
  );
  return { card, ticks };
}

export async function renderPairsDialog(
  root: HTMLElement,
  client: NastavnikClient,
  shell: Shell,
): Promise<void> {
  const messages = new MessageArea();
  const list = h("div", { class: "pairs" });
  let cards: ReturnType<typeof pairCard>[] = [];
  const show = (view: PairsView) => {
    cards = view.pairs.map(pairCard);
    const proposed = view.pairs.filter((pair) => pair.status === "Предложена").length;
    clear(
      list,
      h("p", {}, `Пар на листе «Пары»: ${view.pairs.length}, из них ждут решения: ${proposed}.`),
      ...cards.map((entry) => entry.card),
      view.unmatched.length > 0
        ? h(
            "section",
            { "aria-labelledby": "unmatched-title" },
            h("h3", { id: "unmatched-title" }, "Без пары"),
            h(
              "ul",
              {},
              view.unmatched.map((item) => h("li", {}, `${item.mentee}: ${item.reason}`)),
            ),
          )
        : null,
    );
  };
  const apply = h("button", { type: "button", class: "primary" }, "Применить отметки");
  apply.addEventListener("click", () => {
    const picked = (key: string) =>
      cards.flatMap((entry) => (entry.ticks[key]?.checked ? [entry.ticks[key].value] : []));
    void act(apply, messages, "Записываю решения на лист «Пары»…", async () => {
      const result = await client.decide({
        approve: picked("approve"),
        reject: picked("reject"),
        lock: picked("lock"),
      });
      show(result.view);
      return result.summary;
    });
  });
  const close = h("button", { type: "button" }, "Закрыть");
  close.addEventListener("click", () => shell.closeDialog());
  clear(
    root,
    h(
      "main",
      { class: "dialog" },
      h("h1", {}, "Подбор пар"),
      h(
        "p",
        { class: "hint" },
        "Отметьте, какие пары утвердить, отклонить (новый подбор её не предложит) или закрепить (новый подбор её сохранит), и нажмите «Применить отметки». Решения записываются на лист «Пары».",
      ),
      messages.element,
      list,
      h("div", { class: "buttons" }, apply, close),
    ),
  );
  try {
    show(await client.pairs());
  } catch (error) {
    messages.error(error);
  }
}
