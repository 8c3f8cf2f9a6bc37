import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { type AppsScriptWorld, createAppsScript } from "../fakes/appsScript";

export const BUNDLE_PATH = join(__dirname, "../../build/Code.js");

export interface LoadedBundle {
  readonly world: AppsScriptWorld;
  /** The script's global scope: entry points are called through it, as Apps Script does. */
  readonly script: Record<string, unknown>;
  call(name: string, ...args: unknown[]): unknown;
}

/**
 * Loads the uploaded script into a fresh V8 context whose only globals are the fakes of the
 * Apps Script services (plus `console`, which Apps Script also has).
 */
export function loadBundle(world: AppsScriptWorld = createAppsScript()): LoadedBundle {
  const code = readFileSync(BUNDLE_PATH, "utf8");
  const script = vm.createContext({ ...world.globals, console }) as Record<string, unknown>;
  vm.runInContext(code, script, { filename: "Code.js" });
  return {
    world,
    script,
    call(name, ...args) {
      const entry = script[name];
      if (typeof entry !== "function") throw new Error(`Code.js has no global function ${name}`);
      return entry(...args);
    },
  };
}
