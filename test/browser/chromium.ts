/**
 * A real headless Chromium for the browser tests: the Debian «chromium» package, installed by
 * scripts/ensure-browser.sh (which `npm test` runs first). A missing browser fails the test, never skips it.
 */
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.NASTAVNIK_CHROMIUM ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(__dirname, "../../out/screenshots");
export const OFFLINE_PAGE = join(__dirname, "../../build/nastavnik.html");

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--lang=ru-RU",
];

/** One browser per test file, with a fresh profile. */
export async function launchBrowser(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Run «bash scripts/ensure-browser.sh» (apt-get install chromium) ` +
        "or set NASTAVNIK_CHROMIUM to its path.",
    );
  const profile = mkdtempSync(join(tmpdir(), "nastavnik-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    locale: "ru-RU",
    viewport: { width: 1280, height: 900 },
  });
}

/** The README's pictures: `NASTAVNIK_DOCS=1 npx vitest run test/browser` writes them again. */
const DOCS = join(__dirname, "../../docs");
export const DOCS_PICTURES: Readonly<Record<string, { width: number; height: number; file: string }>> = {
  "offline-panel": { width: 1280, height: 760, file: "offline-panel.jpg" },
  "google-panel": { width: 300, height: 900, file: "google-sidebar.jpg" },
  "google-documents": { width: 720, height: 600, file: "google-documents.jpg" },
};

/** The screen at the sidebar's 300 px and at a desktop's 1280 px, for review (out/screenshots). */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [300, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  const picture = DOCS_PICTURES[name];
  if (picture && process.env.NASTAVNIK_DOCS) {
    await page.setViewportSize({ width: picture.width, height: picture.height });
    await page.screenshot({ path: join(DOCS, picture.file), type: "jpeg", quality: 70 });
  }
  await page.setViewportSize(size);
}

/** Roles of controls, as the accessibility tree names them in an aria snapshot. */
const CONTROL = /^\s*- (button|checkbox|textbox|combobox|link|spinbutton|radio|slider|progressbar)\b(.*)$/;

/** Controls on the page (or in a dialog) without an accessible name. */
export async function unnamedControls(page: Page, scope = "body"): Promise<string[]> {
  const snapshot = await page.locator(scope).ariaSnapshot();
  return snapshot
    .split("\n")
    .filter((line) => {
      const match = CONTROL.exec(line);
      return match !== null && !/^\s*"/.test(match[2] ?? "");
    })
    .map((line) => line.trim());
}

/** English words a coordinator might see; names of products and formats are allowed. */
const ALLOWED_LATIN = new Set([
  "PDF",
  "QR",
  "xlsx",
  "csv",
  "zip",
  "docx",
  "Google",
  "Excel",
  "Word",
  "LibreOffice",
]);

export async function latinWords(page: Page, scope = "body"): Promise<string[]> {
  const text = await page.locator(scope).innerText();
  return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter((word) => !ALLOWED_LATIN.has(word));
}

/**
 * Presses Tab until focus comes back to a control it has already been on, then returns the controls of
 * `scope` that are shown and enabled but were never focused: what a keyboard user cannot reach.
 * (Strings, not functions, go to the page: the tests compile without the DOM library.)
 */
export async function unreachableControls(page: Page, scope = "body", limit = 400): Promise<string[]> {
  await page.evaluate(
    `document.querySelectorAll("[data-tab-seen]").forEach((e) => e.removeAttribute("data-tab-seen"))`,
  );
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press("Tab");
    const again = await page.evaluate(`(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return false;
      // A date field takes several presses (day, month, year): only the first control seen ends the round.
      if (element.getAttribute("data-tab-seen") === "first") return true;
      if (!element.hasAttribute("data-tab-seen"))
        element.setAttribute("data-tab-seen", document.querySelector("[data-tab-seen]") ? "" : "first");
      return false;
    })()`);
    if (again) break;
  }
  return (await page.evaluate(`[...document.querySelector(${JSON.stringify(scope)}).querySelectorAll(
      "button, input, select, textarea, a[href], summary")]
    .filter((e) => e.getClientRects().length > 0 && !e.disabled && !e.hasAttribute("data-tab-seen"))
    .map((e) => e.getAttribute("aria-label") || e.textContent.trim() || e.outerHTML.slice(0, 80))`)) as string[];
}
