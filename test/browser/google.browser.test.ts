/**
 * The sidebar and dialogs as HtmlService serves them from the built Code.js, in a real Chromium, with
 * `google.script.run` answered by the same Code.js running in node:vm over the Apps Script fakes: the
 * real page talking to the real bundle. Walks a season: setup, forms, import, matching, two pairs
 * approved by checkbox, documents in small batches — the dialog closed mid-run and opened again.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellText } from "../../src/core/cell";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { SheetsPort } from "../../src/gas/sheetsPort";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { createAppsScript } from "../fakes/appsScript";
import type { FakeHtmlOutput } from "../fakes/html";
import { bankAnswer, people, random } from "../intake/support";
import { fillBank, type LoadedBundle, loadBundle } from "../support/bundle";
import { withDocuments } from "../support/documentsWorld";
import { latinWords, launchBrowser, screenshots, unnamedControls, unreachableControls } from "./chromium";

const ORIGIN = "https://script.googleusercontent.test";

/** What HtmlService's frame gives the page: `google.script.run` and `google.script.host`, over a bridge. */
const GOOGLE_SCRIPT = `(() => {
  function runner(success, failure) {
    return new Proxy({}, {
      get(_, name) {
        if (name === "withSuccessHandler") return (handler) => runner(handler, failure);
        if (name === "withFailureHandler") return (handler) => runner(success, handler);
        return (...args) => {
          window.__gasCall(String(name), JSON.stringify(args)).then((answer) => {
            const result = JSON.parse(answer);
            if ("error" in result) failure && failure(new Error(result.error));
            else success && success(result.value);
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: () => window.__gasClose() } } };
})();`;

describe("the Google sidebar and dialogs, in Chromium over the uploaded script", () => {
  let browser: BrowserContext;
  let bundle: LoadedBundle;
  let world: ReturnType<typeof createAppsScript>;
  let documents: ReturnType<typeof withDocuments>;
  const pages = new Map<string, string>();
  const calls: string[] = [];
  const errors: string[] = [];
  /** Makes the next server call wait until the test lets it go: to close a dialog while a batch is out. */
  /** Holds the document batch of this number (counted from the next «Сформировать») until released. */
  let hold: { batch: number; seen: number; released: Promise<void> } | null = null;

  beforeAll(async () => {
    world = createAppsScript();
    documents = withDocuments(world);
    bundle = loadBundle(world);
    browser = await launchBrowser();
    await browser.addInitScript(GOOGLE_SCRIPT);
    await browser.exposeBinding("__gasCall", async (_source, name: string, args: string) => {
      calls.push(name);
      if (hold && name === "panelGenerateBatch" && ++hold.seen === hold.batch) await hold.released;
      try {
        const value = bundle.call(name, ...(JSON.parse(args) as unknown[]));
        return JSON.stringify({ value: value === undefined ? null : value });
      } catch (error) {
        return JSON.stringify({ error: error instanceof Error ? error.message : String(error) });
      }
    });
    await browser.exposeBinding("__gasClose", async ({ page }) => {
      await page.close();
    });
    await browser.route(`${ORIGIN}/**`, (route) => {
      const html = pages.get(new URL(route.request().url()).pathname);
      return html === undefined ? route.abort() : route.fulfill({ contentType: "text/html", body: html });
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens what the script last showed (the sidebar, or a dialog) in a page of its size. */
  async function show(output: FakeHtmlOutput, path: string, width: number): Promise<Page> {
    pages.set(path, output.getContent());
    const page = await browser.newPage();
    await page.setViewportSize({ width, height: 800 });
    page.on("pageerror", (error) => errors.push(`${path}: ${error.message}`));
    await page.goto(`${ORIGIN}${path}`);
    return page;
  }

  async function lastDialog(title: string): Promise<Page> {
    await expect.poll(() => world.ui.dialogs.at(-1)?.title).toBe(`Наставничество: ${title}`);
    const dialog = world.ui.dialogs.at(-1)!;
    return show(dialog.output, `/dialog/${world.ui.dialogs.length}`, dialog.output.width ?? 600);
  }

  const status = (page: Page) => page.getByRole("status").first();

  function pairsRows() {
    const sheet = world.spreadsheet.sheet(PAIRS.name);
    return readRecords(PAIRS, sheet.getDataRange().getValues()).records.map(({ record }) => record);
  }

  it("runs the season from the sidebar, resumes documents after the dialog is closed, makes none twice", {
    timeout: 240_000,
  }, async () => {
    bundle.call("onOpen");
    expect(world.ui.menus[0]?.items[0]).toEqual({ caption: "Открыть панель", functionName: "openPanel" });
    bundle.call("openPanel");
    const sidebarOutput = world.ui.sidebars.at(-1)!;
    expect(sidebarOutput.getTitle()).toBe("Наставничество");
    const sidebar = await show(sidebarOutput, "/sidebar", 300);
    await expect.poll(() => sidebar.getByText("Таблица не настроена").count()).toBe(1);

    await sidebar.getByRole("button", { name: "Настроить таблицу" }).click();
    await expect.poll(() => status(sidebar).innerText()).toMatch(/Созданы листы/);
    const port = new SheetsPort(world.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
    updateSettings(port, DEMO_SETTINGS);

    await sidebar.getByRole("button", { name: "Создать анкеты" }).click();
    await expect.poll(() => status(sidebar).innerText()).toMatch(/^Анкеты: созданы/);
    await sidebar.getByRole("button", { name: "Анкеты: ссылки и QR-коды" }).click();
    const forms = await lastDialog("Анкеты");
    await expect.poll(() => forms.getByRole("img", { name: /^QR-код: / }).count()).toBeGreaterThanOrEqual(2);
    const link = forms.getByRole("link", { name: "Анкета наставника" });
    expect(await link.getAttribute("href")).toMatch(/^https:\/\/docs\.google\.com\/forms\//);
    expect(await forms.getByRole("button", { name: "Копировать ссылку: Анкета наставника" }).count()).toBe(1);
    expect(await forms.locator(".qr svg").count()).toBeGreaterThanOrEqual(2);
    await screenshots(forms, "google-forms");
    await forms.getByRole("button", { name: "Закрыть" }).click();
    await expect.poll(() => forms.isClosed()).toBe(true);

    // The demo school's banks are pasted, as a coordinator may; one more mentor answers the form while
    // the trigger is off, and «Перенести ответы» brings the answer from the form's response sheet.
    fillBank(world.spreadsheet, MENTORS, DEMO_MENTORS);
    fillBank(world.spreadsheet, MENTEES, DEMO_MENTEES);
    const rng = random(3);
    const newcomer = bankAnswer(people(rng, "mentor", 1, 50)[0]!, rng);
    world.formApp
      .byTitle("Анкета наставника")
      .submit(newcomer.answers, { email: newcomer.email, timestamp: new Date(2026, 8, 20, 10) });
    await sidebar.getByRole("button", { name: "Перенести ответы" }).click();
    await expect.poll(() => status(sidebar).innerText()).toMatch(/Анкета наставника: ответов 1 — учтено 1/);
    await expect.poll(() => sidebar.locator(".counts").innerText()).toMatch(/Наставники\s+9/);
    await screenshots(sidebar, "google-panel");

    await sidebar.getByRole("button", { name: "Подобрать пары" }).click();
    const pairs = await lastDialog("Подбор пар");
    await expect.poll(() => pairs.getByRole("checkbox", { name: /^Утвердить ПР-/ }).count()).toBe(11);
    await screenshots(pairs, "google-pairs");
    await pairs.getByRole("checkbox", { name: "Утвердить ПР-001" }).check();
    await pairs.getByRole("checkbox", { name: "Утвердить ПР-002" }).check();
    await pairs.getByRole("checkbox", { name: "Отклонить ПР-003" }).check();
    await pairs.getByRole("checkbox", { name: "Закрепить ПР-004" }).check();
    await pairs.getByRole("button", { name: "Применить отметки" }).click();
    await expect.poll(() => status(pairs).innerText()).toMatch(/^Утверждено пар: 2 \(ПР-001, ПР-002\)/);
    const byId = new Map(pairsRows().map((record) => [cellText(record.id), record]));
    expect(cellText(byId.get("ПР-001")?.status)).toBe("Утверждена");
    expect(cellText(byId.get("ПР-002")?.status)).toBe("Утверждена");
    expect(cellText(byId.get("ПР-003")?.status)).toBe("Отклонена");
    expect(cellText(byId.get("ПР-004")?.locked)).toBe("Да");
    expect(cellText(byId.get("ПР-005")?.status)).toBe("Предложена");
    await pairs.getByRole("button", { name: "Закрыть" }).click();

    await sidebar.getByRole("button", { name: "Документы" }).click();
    let dialog = await lastDialog("Документы");
    for (const kind of ["1.", "8.", "5.", "6.", "7."])
      await dialog.getByRole("checkbox", { name: new RegExp(`^${kind.replace(".", "\\.")} `) }).uncheck();
    await dialog.getByLabel("Номер первого приказа").fill("15");
    await dialog.getByRole("button", { name: "Проверить, кто войдёт" }).click();
    await expect
      .poll(() => dialog.getByRole("heading", { level: 2 }).first().innerText())
      .toBe("Будет сформировано: 22");
    await screenshots(dialog, "google-documents");
    // The second batch is held on its way, so the coordinator closes the window with the run half done —
    // decided by the batch's number, not by how fast this machine is.
    let release: () => void = () => undefined;
    hold = {
      batch: 2,
      seen: 0,
      released: new Promise<void>((resolve) => {
        release = resolve;
      }),
    };
    await dialog.getByRole("button", { name: "Сформировать" }).click();
    const bar = dialog.getByRole("progressbar", { name: "Ход формирования документов" });
    await expect.poll(() => hold?.seen).toBe(2);
    await expect.poll(async () => Number(await bar.getAttribute("value"))).toBeGreaterThanOrEqual(1);
    await dialog.close();
    release();
    hold = null;
    const madeBefore = documents.drive.files.filter((file) => !file.trashed).length;
    expect(madeBefore).toBeLessThan(7 + 22);

    await sidebar.getByRole("button", { name: "Документы" }).click();
    dialog = await lastDialog("Документы");
    await dialog.getByRole("button", { name: "Доделать" }).click();
    await expect
      .poll(() => status(dialog).innerText(), { timeout: 120_000 })
      .toMatch(/^Сформировано документов/);
    const newBar = dialog.getByRole("progressbar", { name: "Ход формирования документов" });
    expect(await newBar.getAttribute("value")).toBe(await newBar.getAttribute("max"));

    const live = (folder: string) => [...documents.documentsIn(folder).keys()];
    expect(live("Программы наставничества")).toHaveLength(2);
    expect(live("Согласия на обработку ПДн")).toHaveLength(19);
    expect(live("Приказы")).toHaveLength(1);
    expect(live("Приказы")[0]).toMatch(/^Приказ № 15 от \d\d\.\d\d\.\d{4} — О закреплении/);
    const names = documents.drive.files.filter((file) => !file.trashed).map((file) => file.getName());
    expect(new Set(names).size).toBe(names.length);
    const cells = pairsRows().map((record) => cellText(record.documents));
    for (const id of ["ПР-001", "ПР-002"]) {
      const cell = cellText(pairsRows().find((record) => cellText(record.id) === id)?.documents);
      expect(cell.split("\n")).toHaveLength(2); // the order and the programme, once each
    }
    expect(cells.filter((cell) => cell !== "")).toHaveLength(2);
    expect(world.lock.hasLock()).toBe(false);
    expect(errors).toEqual([]);

    await sidebar.bringToFront();
    await sidebar.reload();
    await expect.poll(() => sidebar.locator(".counts").innerText()).toMatch(/Документы сформированы\s+22/);
  });

  it("names every control of the sidebar and the dialogs, reaches it by keyboard and speaks Russian", async () => {
    for (const [path, output] of [
      ["/sidebar", world.ui.sidebars.at(-1)!],
      ...world.ui.dialogs.map((dialog, index) => [`/dialog/${index + 1}`, dialog.output] as const),
    ] as const) {
      const page = await show(output, `${path}/a11y`, path === "/sidebar" ? 300 : (output.width ?? 600));
      await expect.poll(() => page.getByRole("heading", { level: 1 }).count()).toBe(1);
      await page.waitForTimeout(300);
      expect(await unnamedControls(page), path).toEqual([]);
      expect(await latinWords(page), path).toEqual([]);
      expect(await unreachableControls(page), path).toEqual([]);
      await page.close();
    }
  });
});
