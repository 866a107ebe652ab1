// Browser tests drive the real application: the built web bundle served by the real Fastify
// app on a fresh test database, in Debian's Chromium through playwright-core.
import fs from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
  type Response,
} from "playwright-core";
import { expect } from "vitest";
import { buildWebIfStale, webDistDir } from "../../scripts/build-web-if-stale.js";
import { buildApp } from "../../src/server/app.js";
import type { Db } from "../../src/server/db/client.js";
import { loadConfig } from "../../src/server/platform/config.js";
import { createTestDatabase } from "../support/db.js";

const chromiumPath = "/usr/bin/chromium";
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** False skips the browser tests locally; in CI a missing Chromium is a failure, not a skip. */
export const hasChromium = fs.existsSync(chromiumPath);
if (!hasChromium) {
  if (process.env.CI) throw new Error(`Chromium is required for the browser tests (${chromiumPath})`);
  console.log("Bỏ qua kiểm thử trình duyệt: chưa cài Chromium (apt-get install chromium)");
}

/**
 * Builds the bundle if stale and copies it for this test file. Test files run in parallel and
 * a later one may rebuild (sources changed meanwhile), which empties dist/web: a private copy
 * keeps the chunks a running page still loads. One file builds while the others wait.
 */
async function prepareWebCopy(target: string) {
  const lock = path.join(path.dirname(webDistDir), ".web-build.lock");
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) fs.rmSync(lock, { recursive: true, force: true }); // left by a crashed run
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    await buildWebIfStale();
    fs.cpSync(webDistDir, target, { recursive: true });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface BrowserHarness {
  baseUrl: string;
  db: Db;
  browser: Browser;
  /** A fresh browser context (own cookies and storage) with one page. */
  newPage(): Promise<Page>;
  /** Uncaught errors of the pages opened so far; a test ends by expecting none. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function startBrowserHarness(): Promise<BrowserHarness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-e2e-"));
  const webDir = path.join(dataDir, "web");
  await prepareWebCopy(webDir);
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    WEB_DIST_DIR: webDir,
    STORAGE_MIN_FREE_MB: "0",
  });
  const database = await createTestDatabase();
  const app = await buildApp({ config, database });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  return {
    baseUrl,
    db: database.db,
    browser,
    pageErrors,
    async newPage() {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 860 } });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      const page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(error.message));
      return page;
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => {})));
      await browser.close();
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** expect.poll with room for a busy machine (two cores shared with other test runs). */
export const eventually = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 15_000, interval: 100 });

/** Signs in through the login page and waits for the signed-in frame. */
export async function signIn(page: Page, username: string, password: string, startPath = "/") {
  await page.goto(startPath);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByTestId("user-menu").waitFor();
}

/** The data-testid of every navigation item shown, in order. */
export async function navigationItems(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation");
  await nav.locator("[data-testid^='nav-']").first().waitFor();
  return nav
    .locator("[data-testid^='nav-']")
    .evaluateAll((links) => links.map((l) => l.getAttribute("data-testid") ?? ""));
}

/**
 * Opens a command's dialog (`open`), sends it with the button `submitTestId` and waits for the
 * server's answer, which must be 200, so a refusal says why. A page that reloads its data can
 * close the dialog before the click lands; it is then opened (unless still open) and sent again,
 * three times at most.
 */
async function sendCommand(
  page: Page,
  testId: string,
  open: () => Promise<void>,
  submitTestId: string,
  isAnswer: (response: Response) => boolean,
): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    await open();
    // A loaded machine (the whole suite on two cores) can take a while to answer.
    const answered = page.waitForResponse(isAnswer, { timeout: 20_000 }).catch(() => null);
    await page
      .getByTestId(submitTestId)
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    const response = await answered;
    if (response) {
      expect(response.status(), `${testId}: ${await response.text()}`).toBe(200);
      return response;
    }
    if (attempt === 3) throw new Error(`${testId}: no answer after three attempts`);
  }
}

/** Clicks what opens a dialog, unless an earlier attempt left that dialog open (it would cover it). */
async function openUnlessOpen(page: Page, trigger: string, inDialog: string) {
  if (!(await page.getByTestId(inDialog).isVisible())) await page.getByTestId(trigger).click();
}

/** Confirms a command guarded by a confirmation box. */
export const confirmCommand = (page: Page, testId: string, isAnswer: (response: Response) => boolean) =>
  sendCommand(
    page,
    testId,
    () => openUnlessOpen(page, testId, `${testId}-confirm`),
    `${testId}-confirm`,
    isAnswer,
  );

/** Sends a command that asks for a reason, typed as a person would. */
export const submitWithReason = (
  page: Page,
  testId: string,
  reason: string,
  isAnswer: (response: Response) => boolean,
) =>
  sendCommand(
    page,
    testId,
    async () => {
      await openUnlessOpen(page, testId, "reason-input");
      const input = page.getByTestId("reason-input");
      await input.fill(reason);
      await eventually(() => input.inputValue()).toBe(reason);
    },
    "reason-submit",
    isAnswer,
  );

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's WCAG 2.1 A and AA violations inside one element: rule and what it hit. Run once the
 * page's transitions have ended, so a colour caught halfway (a button being enabled) is not judged.
 */
export async function accessibilityViolations(page: Page, selector: string): Promise<string[]> {
  // A spinner turns for ever (antd can leave a button's, faded out, turning after its load ends).
  const ending = () =>
    document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY).length;
  await eventually(() => page.evaluate(ending)).toBe(0);
  await page.evaluate(axeSource);
  return page.evaluate(async (within) => {
    type Axe = { run(within: Element | null, options: object): Promise<{ violations: never[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document.querySelector(within), {
      runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
    });
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  }, selector);
}

/** Waits until the form's autosave has saved everything typed. */
export async function savedEverything(page: Page) {
  const status = page.getByTestId("save-status");
  await eventually(async () => [
    await status.getAttribute("data-state"),
    await status.getAttribute("data-unsaved"),
  ]).toEqual(["saved", "0"]);
}

/** The server's answer to a command on a cycle or a submission. */
export const isCycleCommand = (r: Response) =>
  r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/api/cycles/");

/**
 * The next download of the page. A document is made on the server when asked for; on a loaded
 * machine running the whole suite its first one (fonts, libraries loaded once) took over 15 s.
 */
export const nextDownload = (page: Page) => page.waitForEvent("download", { timeout: 60_000 });

/** The antd select, within `scope`, whose combobox has this accessible name (or one containing it). */
export const selectNamed = (page: Page, scope: Page | Locator, name: string, exact = true) =>
  scope.locator(".ant-select").filter({ has: page.getByRole("combobox", { name, exact }) });

/**
 * Picks an option of an antd select (its `.ant-select` element), opened from the keyboard as a
 * person without a mouse would; asked again until the select shows it (a loaded machine can lose
 * the first pick). A list left open by a multiple select is closed, never the dialog around it.
 */
export async function chooseOption(page: Page, select: Locator, option: string) {
  const openList = page.locator(".ant-select-dropdown:visible");
  await eventually(async () => {
    if (!(await select.textContent())?.includes(option)) {
      await select.getByRole("combobox").focus();
      await page.keyboard.press("ArrowDown");
      await openList
        .locator(".ant-select-item-option")
        .filter({ hasText: option })
        .first()
        .click({ timeout: 3_000 })
        .catch(() => undefined);
    }
    return select.textContent();
  }).toContain(option);
  // Escape only while this select is open: with its list already closing (a single select closes
  // it on a pick), the key would close the dialog around it instead.
  if ((await select.getByRole("combobox").getAttribute("aria-expanded")) === "true")
    await page.keyboard.press("Escape");
  await eventually(() => openList.count()).toBe(0);
}
