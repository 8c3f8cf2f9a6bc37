/**
 * nastavnik.html in a real Chromium, opened from file://: the coordinator's whole season without a
 * terminal — new workbook, settings, import of the demo exports, consents marked in Excel, matching,
 * approval, documents — compared with what the CLI makes from the same inputs, with no request leaving
 * the page.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellText } from "../../src/core/cell";
import { CHART_TITLES } from "../../src/core/results/charts";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { markConsents } from "../../src/node/demo/markConsents";
import { docxText } from "../../src/node/docx";
import { openWorkbook, saveWorkbook } from "../../src/node/xlsx/xlsxFile";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";
import {
  latinWords,
  launchBrowser,
  OFFLINE_PAGE,
  screenshots,
  unnamedControls,
  unreachableControls,
} from "./chromium";

const run = promisify(execFile);
const CLI = join(__dirname, "../../build/cli.cjs");

async function nastavnik(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return stdout;
}

const ANSWERS = "Ответы анкет";
const MENTOR_CSV = "Анкета наставника.csv";
const MENTEE_CSV = "Анкета наставляемого.csv";
const MEETING_CSV = "Анкета после групповой встречи.csv";

/** What the coordinator does in Excel once the signed consents are in (as the demo does). */
async function markConsentsInExcel(path: string): Promise<void> {
  const port = await openWorkbook(path, { mustExist: true });
  markConsents(port, MENTORS, DEMO_MENTORS);
  markConsents(port, MENTEES, DEMO_MENTEES);
  await saveWorkbook(port, path);
}

/** «Пары» as text; a document link is kept from «Документы/» on, wherever the folder is. */
async function pairsSheet(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const grid = new XlsxPort(workbook).readAll(PAIRS.name);
  return grid.map((row) =>
    row.map((cell) => {
      const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : cellText(cell);
      return text.replace(/(: )[^\n]*?[\\/](Документы)[\\/]/g, "$1$2/").replace(/\\/g, "/");
    }),
  );
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("nastavnik.html offline, in Chromium", () => {
  let browser: BrowserContext;
  let page: Page;
  let work: string;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "nastavnik-offline-"));
    await nastavnik("demo", join(work, "demo"));
    browser = await launchBrowser();
    // The test takes the download path for saving; the File System Access picker has no test driver.
    await browser.addInitScript("delete window.showOpenFilePicker;");
    // A folder the coordinator picks, kept in the page: what «Сохранить в папку…» writes, by path.
    await browser.addInitScript(`(() => {
      window.savedFiles = {};
      const folder = (path) => ({
        name: path || "Наставничество",
        getDirectoryHandle: async (name) => folder(path + name + "/"),
        getFileHandle: async (name) => ({
          name,
          createWritable: async () => {
            const chunks = [];
            return {
              write: async (data) => { chunks.push(data); },
              close: async () => { window.savedFiles[path + name] = chunks.reduce((n, c) => n + c.length, 0); },
            };
          },
        }),
      });
      window.showDirectoryPicker = async () => folder("");
    })();`);
    page = await browser.newPage();
    page.on("request", (request) => {
      if (!/^(file|data|blob):/.test(request.url())) requests.push(request.url());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(pathToFileURL(OFFLINE_PAGE).href);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  const demoFile = (name: string) => join(work, "demo", ANSWERS, name);

  async function pickFiles(button: string, files: string[]): Promise<void> {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: button }).click();
    await (await chooser).setFiles(files);
  }

  async function importExports(files: string[], expected: RegExp): Promise<void> {
    await pickFiles("Выбрать файлы ответов…", files);
    await page.getByRole("button", { name: "Перенести ответы" }).click();
    await expect.poll(() => page.locator(".import [role=status]").innerText()).toMatch(expected);
  }

  async function download(button: string, path: string): Promise<string> {
    const event = page.waitForEvent("download");
    await page.getByRole("button", { name: button }).click();
    const file = await event;
    await file.saveAs(path);
    return file.suggestedFilename();
  }

  it("runs the season from a new workbook to the documents, as the CLI does", {
    timeout: 180_000,
  }, async () => {
    await expect.poll(() => page.getByRole("heading", { name: "Наставничество", level: 1 }).count()).toBe(1);
    await screenshots(page, "offline-start");

    await page.getByRole("button", { name: "Создать новую книгу" }).click();
    await expect.poll(() => page.locator(".workbook [role=status]").innerText()).toMatch(/Созданы листы/);

    await page.getByRole("button", { name: "Настройки школы" }).click();
    const settings = page.getByRole("dialog", { name: "Настройки школы" });
    for (const [key, value] of Object.entries(DEMO_SETTINGS))
      await settings.locator(`input[name="${key}"]`).fill(String(value));
    await screenshots(page, "offline-settings");
    await settings.getByRole("button", { name: "Сохранить" }).click();
    await expect.poll(() => settings.getByRole("status").innerText()).toBe("Настройки сохранены.");
    await settings.getByRole("button", { name: "Закрыть" }).click();

    await pickFiles("Выбрать файлы ответов…", [demoFile(MENTOR_CSV), demoFile(MENTEE_CSV)]);
    expect(await page.getByLabel(`Файл «${MENTOR_CSV}» — ответы на анкету:`).inputValue()).toBe("mentor");
    expect(await page.getByLabel(`Файл «${MENTEE_CSV}» — ответы на анкету:`).inputValue()).toBe("mentee");
    await page.getByRole("button", { name: "Перенести ответы" }).click();
    await expect
      .poll(() => page.locator(".import [role=status]").innerText())
      .toMatch(/Анкета наставляемого/);

    // The coordinator saves, marks the signed consents in Excel and opens the book again.
    const saved = join(work, "после анкет.xlsx");
    expect(await download("Сохранить книгу", saved)).toBe("Наставничество.xlsx");
    await markConsentsInExcel(saved);
    await pickFiles("Открыть книгу…", [saved]);
    await expect.poll(() => page.locator(".workbook-name").innerText()).toBe("Книга: после анкет.xlsx");

    await importExports([demoFile(MEETING_CSV)], /учтено 9/);
    await screenshots(page, "offline-panel");

    await page.getByRole("button", { name: "Подобрать пары" }).click();
    const pairs = page.getByRole("dialog", { name: "Подбор пар" });
    await expect.poll(() => pairs.getByRole("checkbox", { name: /^Утвердить ПР-/ }).count()).toBe(11);
    await expect.poll(() => pairs.innerText()).toMatch(/Романов Денис Валерьевич: нет согласия/);
    await screenshots(page, "offline-pairs");
    for (const box of await pairs.getByRole("checkbox", { name: /^Утвердить ПР-/ }).all()) await box.check();
    await pairs.getByRole("button", { name: "Применить отметки" }).click();
    await expect.poll(() => pairs.getByRole("status").innerText()).toMatch(/^Утверждено пар: 11/);
    await pairs.getByRole("button", { name: "Закрыть" }).click();

    await page.getByRole("button", { name: "Документы" }).click();
    const documents = page.getByRole("dialog", { name: "Документы" });
    await documents.getByRole("button", { name: "Проверить, кто войдёт" }).click();
    await expect
      .poll(() => documents.getByRole("heading", { level: 2 }).first().innerText())
      .toBe("Будет сформировано: 38");
    await expect
      .poll(() => documents.innerText())
      .toMatch(/Романов Денис Валерьевич \(П-011\) — нет согласия/);
    await screenshots(page, "offline-documents");
    await documents.getByRole("button", { name: "Сформировать" }).click();
    await expect
      .poll(() => documents.getByRole("status").first().innerText(), { timeout: 60_000 })
      .toMatch(/^Сформировано документов: \d+/);
    const bar = documents.getByRole("progressbar", { name: "Ход формирования документов" });
    expect(await bar.getAttribute("value")).toBe(await bar.getAttribute("max"));
    const zipPath = join(work, "Документы.zip");
    expect(await download("Скачать документы (.zip)", zipPath)).toBe("Документы.zip");
    await documents.getByRole("button", { name: "Сохранить в папку…" }).click();
    await expect
      .poll(() => documents.getByRole("status").last().innerText())
      .toBe("Документов сохранено: 38, в папку «Наставничество» (внутри — папка «Документы»).");
    await documents.getByRole("button", { name: "Закрыть" }).click();
    const finalBook = join(work, "итог.xlsx");
    await download("Сохранить книгу", finalBook);

    // The same inputs through the CLI.
    const cli = join(work, "cli");
    mkdirSync(cli);
    const book = join(cli, "школа.xlsx");
    await nastavnik("init", book);
    const port = await openWorkbook(book, { mustExist: true });
    updateSettings(port, DEMO_SETTINGS);
    await saveWorkbook(port, book);
    await nastavnik("import", book, demoFile(MENTOR_CSV), "--form", "mentor");
    await nastavnik("import", book, demoFile(MENTEE_CSV), "--form", "mentee");
    await markConsentsInExcel(book);
    await nastavnik("import", book, demoFile(MEETING_CSV), "--form", "preferences");
    await nastavnik("match", book);
    await nastavnik("approve", book, "--all");
    await nastavnik("generate", book, "--doc", "all");

    expect(await pairsSheet(finalBook)).toEqual(await pairsSheet(book));
    const zip = new PizZip(readFileSync(zipPath));
    const zipped = Object.keys(zip.files).filter((name) => name.endsWith(".docx"));
    const made = filesUnder(join(cli, "Документы")).filter((path) => !path.includes("Шаблоны"));
    expect(zipped.sort()).toEqual(made.map((path) => relative(cli, path).replace(/\\/g, "/")).sort());
    for (const path of made) {
      const name = relative(cli, path).replace(/\\/g, "/");
      expect(docxText(zip.file(name)!.asUint8Array()), name).toBe(
        docxText(new Uint8Array(readFileSync(path))),
      );
    }
    expect(made).toHaveLength(38);
    const inFolder = (await page.evaluate("window.savedFiles")) as Record<string, number>;
    expect(Object.keys(inFolder).sort()).toEqual([...zipped].sort());
    expect(Object.values(inFolder).every((size) => size > 0)).toBe(true);
    expect(errors).toEqual([]);
  });

  it("draws the year's four charts in the page, as inline SVG from the same description", {
    timeout: 60_000,
  }, async () => {
    await pickFiles("Открыть книгу…", [join(work, "demo", "школа-демо.xlsx")]);
    await expect.poll(() => page.locator(".workbook-name").innerText()).toBe("Книга: школа-демо.xlsx");
    const charts = page.getByRole("region", { name: "Итоги года" });
    await expect.poll(() => charts.locator("figure svg:visible").count()).toBe(4);
    for (const title of Object.values(CHART_TITLES)) {
      const figure = charts.getByRole("img", { name: title });
      expect(await figure.locator("svg:visible text", { hasText: title }).count()).toBe(1);
    }
    const months = charts.getByRole("img", { name: CHART_TITLES.meetingsByMonth });
    expect(await months.locator("svg rect, svg path").count()).toBeGreaterThan(4);
    // In a window as narrow as the sidebar the charts are the narrow drawings, not shrunk wide ones.
    await page.setViewportSize({ width: 300, height: 900 });
    const shown = charts.locator("figure svg:visible");
    await expect.poll(() => shown.count()).toBe(4);
    for (const width of await shown.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute("width"))))
      expect(Number(width)).toBeLessThanOrEqual(300);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshots(page, "offline-charts");
    expect(errors).toEqual([]);
  });

  it("never connects anywhere: a Content-Security-Policy forbids it and no request left the page", async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    const blocked = await page.evaluate(`fetch("https://example.org/").then(() => "sent", () => "blocked")`);
    expect(blocked).toBe("blocked");
    expect(requests).toEqual([]);
  });

  it("names every control, reaches it from the keyboard and speaks Russian", async () => {
    expect(await unnamedControls(page)).toEqual([]);
    expect(await latinWords(page)).toEqual([]);
    expect(await unreachableControls(page)).toEqual([]);
    for (const dialog of ["Документы", "Подбор пар", "Настройки школы"]) {
      await page
        .getByRole("button", { name: dialog === "Подбор пар" ? "Подбор пар: утвердить" : dialog })
        .click();
      const scope = "dialog[open]";
      await expect.poll(() => page.locator(scope).getByRole("button", { name: "Закрыть" }).count()).toBe(1);
      await page.waitForTimeout(200);
      expect(await unnamedControls(page, scope), dialog).toEqual([]);
      expect(await latinWords(page, scope), dialog).toEqual([]);
      expect(await unreachableControls(page, scope), dialog).toEqual([]);
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator(scope).count()).toBe(0);
    }
  });
});
