/** The sidebar: where the programme stands and a button for each step of the season. */
import type { NastavnikClient, PanelState } from "../client";
import { clear, h } from "./dom";
import { act, MessageArea } from "./messages";
import type { Shell } from "./shell";

const COUNT_LABELS: readonly [keyof PanelState["counts"], string][] = [
  ["mentors", "Наставники"],
  ["mentees", "Наставляемые"],
  ["consentsMissing", "Согласия не получены"],
  ["pairsProposed", "Пары предложены"],
  ["pairsApproved", "Пары утверждены"],
  ["menteesUnmatched", "Наставляемые без пары"],
  ["documents", "Документы сформированы"],
];

const STATUS_CLASS: Readonly<Record<string, string>> = {
  Выполнено: "done",
  "В работе": "work",
  Перенесено: "late",
  "Не начато": "todo",
};

function statusSection(state: PanelState): HTMLElement {
  const counts = h(
    "dl",
    { class: "counts" },
    COUNT_LABELS.flatMap(([key, label]) => [
      h("dt", {}, label),
      h(
        "dd",
        { class: key === "consentsMissing" && state.counts[key] > 0 ? "warn" : "" },
        String(state.counts[key]),
      ),
    ]),
  );
  const attention =
    state.attention.length > 0 || state.pendingDocuments
      ? h(
          "section",
          { class: "attention", "aria-labelledby": "attention-title" },
          h("h2", { id: "attention-title" }, "Требует внимания"),
          h(
            "ul",
            {},
            state.pendingDocuments
              ? h("li", {}, "Документы сформированы не все — откройте «Документы», чтобы доделать.")
              : null,
            state.attention.map((line) => h("li", {}, line)),
          ),
        )
      : null;
  const stages =
    state.stages.length > 0
      ? h(
          "section",
          { "aria-labelledby": "roadmap-title" },
          h("h2", { id: "roadmap-title" }, "Дорожная карта"),
          h(
            "ul",
            { class: "stages" },
            state.stages.map((stage) =>
              h(
                "li",
                {},
                h("span", { class: "stage-name" }, stage.stage),
                h(
                  "span",
                  { class: `badge ${STATUS_CLASS[stage.status] ?? "todo"}` },
                  `${stage.status} (${stage.done} из ${stage.activities})`,
                ),
                h("span", { class: "deadline" }, `Срок: ${stage.deadline || "не указан"}`),
              ),
            ),
          ),
        )
      : null;
  return h(
    "div",
    { class: "status" },
    h("section", { "aria-labelledby": "counts-title" }, h("h2", { id: "counts-title" }, "Сводка"), counts),
    attention,
    stages,
  );
}

export async function renderPanel(root: HTMLElement, client: NastavnikClient, shell: Shell): Promise<void> {
  const messages = new MessageArea();
  const heading = h("p", { class: "subtitle" });
  const statusBox = h("div", { class: "status-box" });
  const refresh = async () => {
    try {
      const state = await client.status();
      heading.textContent = state.ready
        ? [state.organisation || "Организация не указана", state.schoolYear && `${state.schoolYear} уч. год`]
            .filter(Boolean)
            .join(" · ")
        : "Таблица не настроена";
      clear(statusBox, statusSection(state), shell.summaryCharts?.() ?? null);
    } catch (error) {
      messages.error(error);
    }
  };
  const button = (label: string, onClick: (self: HTMLButtonElement) => void, primary = false) => {
    const self: HTMLButtonElement = h("button", { type: "button", class: primary ? "primary" : "" }, label);
    self.addEventListener("click", () => onClick(self));
    return self;
  };
  const run = (busy: string, action: () => Promise<string | undefined>) => (self: HTMLButtonElement) =>
    void act(self, messages, busy, async () => {
      const result = await action();
      await refresh();
      return result;
    });
  const google = client.host === "google";
  const actions = h(
    "section",
    { class: "actions", "aria-labelledby": "actions-title" },
    h("h2", { id: "actions-title" }, "Действия"),
    button(
      "Настроить таблицу",
      run("Настраиваю таблицу…", () => client.setup()),
    ),
    button("Настройки школы", () => void shell.openDialog("settings")),
    google
      ? button(
          "Создать анкеты",
          run("Создаю анкеты…", () => client.createForms()),
        )
      : null,
    google ? button("Анкеты: ссылки и QR-коды", () => void shell.openDialog("forms")) : null,
    google
      ? button(
          "Перенести ответы",
          run("Переношу ответы из форм…", () => client.importResponses([])),
        )
      : (shell.importSection?.(refresh) ?? null),
    button(
      "Подобрать пары",
      run("Подбираю пары…", async () => {
        const result = await client.match();
        await shell.openDialog("pairs");
        return result.summary;
      }),
      true,
    ),
    button("Подбор пар: утвердить", () => void shell.openDialog("pairs")),
    button("Документы", () => void shell.openDialog("documents"), true),
  );
  clear(
    root,
    h(
      "main",
      { class: "panel" },
      h("header", {}, h("h1", {}, "Наставничество"), heading),
      shell.workbookSection?.() ?? null,
      messages.element,
      h("div", { class: "panel-body" }, actions, statusBox),
    ),
  );
  shell.onPanelReady?.(refresh);
  await refresh();
}
