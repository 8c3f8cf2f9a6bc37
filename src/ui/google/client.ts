/** The Google host: every operation is one `google.script.run` call to an entry point of Code.js. */
import type { NastavnikClient } from "../client";

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

export interface GoogleScript {
  readonly script: {
    readonly run: ScriptRun;
    readonly host: { close(): void };
  };
}

declare const google: GoogleScript;

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error));
    const entry = runner[name];
    if (typeof entry !== "function") {
      reject(new Error("Панель устарела: обновите страницу таблицы."));
      return;
    }
    entry.apply(runner, args);
  });
}

export const googleClient: NastavnikClient = {
  host: "google",
  status: () => call("panelStatus"),
  setup: () => call("panelSetup"),
  createForms: () => call("panelCreateForms"),
  formLinks: () => call("panelFormLinks"),
  importResponses: () => call("panelImport"),
  match: () => call("panelMatch"),
  pairs: () => call("panelPairs"),
  decide: (decisions) => call("panelDecide", decisions),
  previewDocuments: (request) => call("panelPreviewDocuments", request),
  generateBatch: (request) => call("panelGenerateBatch", request),
  dropPendingDocuments: () => call("panelDropPending"),
  settings: () => call("panelSettingFields"),
  saveSettings: (values) => call("panelSaveSettings", values),
};

export function openGoogleDialog(name: string): Promise<void> {
  return call("panelOpenDialog", name);
}

export function closeGoogleDialog(): void {
  google.script.host.close();
}
