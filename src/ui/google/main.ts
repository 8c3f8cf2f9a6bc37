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
};

const screen = isScreen(window.NASTAVNIK_SCREEN) ? window.NASTAVNIK_SCREEN : "panel";
const root = document.getElementById("app")!;
void renderScreen(screen, root, googleClient, shell);
