import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import type { SheetSchema } from "../../src/core/schema/columns";
import { mapColumns, type SheetRecord, writeRecord } from "../../src/core/schema/table";
import { type AppsScriptWorld, createAppsScript } from "../fakes/appsScript";
import type { FakeSpreadsheet } from "../fakes/spreadsheet";
import { ServiceCalls } from "./serviceCalls";

/** build/Code.js: beside this file once bundled into build/bench.cjs, two folders up in the tests. */
export const BUNDLE_PATH = existsSync(join(__dirname, "Code.js"))
  ? join(__dirname, "Code.js")
  : join(__dirname, "../../build/Code.js");

export interface LoadedBundle {
  readonly world: AppsScriptWorld;
  /** The script's global scope: entry points are called through it, as Apps Script does. */
  readonly script: Record<string, unknown>;
  /** Every call the script made into a service, per method (see serviceCalls.ts). */
  readonly serviceCalls: ServiceCalls;
  call(name: string, ...args: unknown[]): unknown;
  /** Runs code inside the script's context, e.g. to stand in for its clock. */
  evaluate(code: string): unknown;
}

/**
 * Loads the uploaded script into a fresh V8 context whose only globals are the fakes of the
 * Apps Script services (plus `console`, which Apps Script also has).
 */
export function loadBundle(
  world: AppsScriptWorld = createAppsScript(),
  path: string = BUNDLE_PATH,
  options: { readonly now?: () => number } = {},
): LoadedBundle {
  const code = readFileSync(path, "utf8");
  const serviceCalls = new ServiceCalls();
  const script = vm.createContext({ ...serviceCalls.wrapGlobals(world.globals), console }) as Record<
    string,
    unknown
  >;
  if (options.now) {
    // The script's clock: `new Date()` and `Date.now()` read `hostNow`.
    script.hostNow = options.now;
    vm.runInContext(
      "Date = class extends Date { constructor(...a) { if (a.length === 0) super(hostNow()); else super(...a); } static now() { return hostNow(); } };",
      script,
    );
  }
  vm.runInContext(code, script, { filename: "Code.js" });
  return {
    world,
    script,
    serviceCalls,
    call(name, ...args) {
      const entry = script[name];
      if (typeof entry !== "function") throw new Error(`Code.js has no global function ${name}`);
      return entry(...args);
    },
    evaluate: (code) => vm.runInContext(code, script),
  };
}

/** Writes bank records into the fake spreadsheet as a coordinator's paste would: one range write. */
export function fillBank(
  spreadsheet: FakeSpreadsheet,
  schema: SheetSchema,
  records: readonly SheetRecord[],
): void {
  const sheet = spreadsheet.sheet(schema.name);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const map = mapColumns(schema, header as string[]);
  const rows = records.map((record) => writeRecord(map, record, [], header.length));
  sheet.getRange(2, 1, rows.length, header.length).setValues(rows);
}
