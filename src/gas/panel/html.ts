/**
 * The coordinator's page as HtmlService serves it. The build (scripts/build.mjs) bundles src/ui/google
 * into one HTML file and hands it to this bundle as the constant below, so Code.js is the only file to
 * upload; a screen name picks the sidebar or one of the dialogs.
 */
import type { DialogName } from "../../ui/client";

declare const NASTAVNIK_PANEL_HTML: string | undefined;

export const SIDEBAR_TITLE = "Наставничество";
export const SIDEBAR_WIDTH = 300;

export const DIALOGS: Readonly<Record<DialogName, { title: string; width: number; height: number }>> = {
  documents: { title: "Документы", width: 720, height: 600 },
  forms: { title: "Анкеты", width: 720, height: 600 },
  pairs: { title: "Подбор пар", width: 900, height: 620 },
  settings: { title: "Настройки", width: 600, height: 560 },
};

export type Screen = "panel" | DialogName;

/** The page for one screen: the built HTML with the screen's name set before its script runs. */
export function pageHtml(screen: Screen): string {
  const html = typeof NASTAVNIK_PANEL_HTML === "string" ? NASTAVNIK_PANEL_HTML : "";
  if (html === "") throw new Error("Панель не собрана: выполните сборку проекта и загрузите Code.js заново.");
  return html.replace("<head>", `<head><script>window.NASTAVNIK_SCREEN=${JSON.stringify(screen)};</script>`);
}

export function isDialog(name: string): name is DialogName {
  return Object.getOwnPropertyDescriptor(DIALOGS, name) !== undefined; // not Object.hasOwn: ES2019
}
