import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { setupWorkbook } from "../../src/core/setup/setupWorkbook";
import { openWorkbook, saveWorkbook } from "../../src/node/xlsx/xlsxFile";
import { context } from "../support/demoWorkbook";
import { freshFolder } from "./support";

/** What happened to files, in order: a flush must come before the rename that publishes the file. */
const events: string[] = [];

vi.mock("node:fs/promises", async (original) => {
  const real = await original<typeof import("node:fs/promises")>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        events.push(`sync ${String(args[0])}`);
        return sync();
      };
      return handle;
    },
    rename: async (from: string, to: string) => {
      events.push(`rename ${from} → ${to}`);
      return real.rename(from, to);
    },
  };
});

describe("saving the workbook", () => {
  it("flushes the temporary file to disk before renaming it over the book", async () => {
    const book = join(freshFolder(), "школа.xlsx");
    const port = await openWorkbook(book, { mustExist: false });
    setupWorkbook(port, context);
    await saveWorkbook(port, book);
    const rename = events.findIndex((event) => event.startsWith("rename ") && event.endsWith(` → ${book}`));
    expect(rename).toBeGreaterThan(0);
    const temporary = events[rename]!.slice("rename ".length, events[rename]!.indexOf(" → "));
    expect(events.slice(0, rename)).toContain(`sync ${temporary}`);
  });
});
