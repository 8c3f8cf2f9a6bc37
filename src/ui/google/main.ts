/** The page HtmlService shows: the sidebar or one dialog, chosen by the server when it made the page. */
import { isScreen, renderScreen } from "../app/screens";
import type { Shell } from "../app/shell";
import { closeGoogleDialog, googleClient, openGoogleDialog } from "./client";

declare global {
  interface Window {
    NASTAVNIK_SCREEN?: string;
  }
}

const shell: Shell = {
  openDialog: (name) => openGoogleDialog(name),
  closeDialog: () => closeGoogleDialog(),
  // A dialog is another window: when the coordinator comes back to the sidebar, it reads the status again.
  onPanelReady: (refresh) => window.addEventListener("focus", () => void refresh()),
};

const screen = isScreen(window.NASTAVNIK_SCREEN) ? window.NASTAVNIK_SCREEN : "panel";
const root = document.getElementById("app")!;
void renderScreen(screen, root, googleClient, shell);
