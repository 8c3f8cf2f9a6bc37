import type { DialogName, NastavnikClient } from "../client";
import { renderDocumentsDialog } from "./documentsDialog";
import { renderFormsDialog } from "./formsDialog";
import { renderPairsDialog } from "./pairsDialog";
import { renderPanel } from "./panel";
import { renderSettingsDialog } from "./settingsDialog";
import type { Shell } from "./shell";

export type Screen = "panel" | DialogName;

const DIALOG_RENDERERS: Readonly<
  Record<DialogName, (root: HTMLElement, client: NastavnikClient, shell: Shell) => Promise<void>>
> = {
  documents: renderDocumentsDialog,
  forms: renderFormsDialog,
  pairs: renderPairsDialog,
  settings: renderSettingsDialog,
};

export function renderScreen(
  screen: Screen,
  root: HTMLElement,
  client: NastavnikClient,
  shell: Shell,
): Promise<void> {
  return screen === "panel"
    ? renderPanel(root, client, shell)
    : DIALOG_RENDERERS[screen](root, client, shell);
}

export function isScreen(name: unknown): name is Screen {
  return name === "panel" || (typeof name === "string" && Object.hasOwn(DIALOG_RENDERERS, name));
}
