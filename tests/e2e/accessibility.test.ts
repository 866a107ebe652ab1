// Every page the department's people use, as they open it, at a desktop width and on a 390 px phone: no page is
// wider than the screen, axe-core finds no WCAG 2.1 A or AA violation, and the keyboard's first
// stop skips the menu.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "../../src/server/features/plans/plans.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  eventually,
  hasChromium,
  signIn,
  startBrowserHarness,
} from "./support.js";

/** How far the page reaches past the screen's right edge, in CSS pixels. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!hasChromium)("every page on a desktop and a phone", { timeout: 300_000 }, () => {
  let h: BrowserHarness;
  let paths: { who: "coordinator" | "reporter"; path: string; ready: string }[];
  const people = {} as Record<"coordinator" | "reporter", { username: string; password: string }>;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const { provinceId, agencies } = await makeCycleProvince(h.db);
    const cycleId = await makeCycle(h.db, provinceId, { year: 2023 });
    people.coordinator = await makeUser(h.db, "coordinator");
    people.reporter = await makeUser(h.db, "reporter", agencies.construction);
    const planId = await createPlan(
      h.db,
      {
        issuer: "UBND tỉnh",
        title: "Kế hoạch cải thiện PEPI",
        periodFrom: 2024,
        periodTo: 2026,
        scope: "pepi",
        status: "draft",
      },
      systemContext("test"),
    );
    paths = [
      { who: "coordinator", path: "/", ready: "home-welcome" },
      { who: "coordinator", path: `/cycles/${cycleId}`, ready: "deadline-value-submissionDue" },
      { who: "coordinator", path: `/cycles/${cycleId}/dashboard`, ready: "dashboard-indicators" },
      { who: "coordinator", path: `/cycles/${cycleId}/documents`, ready: "request-letter-card" },
      { who: "coordinator", path: "/cycles", ready: "cycles-table" },
      { who: "coordinator", path: "/overdue", ready: "overdue-table" },
      { who: "coordinator", path: "/computations", ready: "computations-table" },
      { who: "coordinator", path: "/published", ready: "import-published" },
      { who: "coordinator", path: "/frameworks", ready: "frameworks-list" },
      { who: "coordinator", path: "/agencies", ready: "agencies-table" },
      { who: "coordinator", path: "/plans", ready: "plans-table" },
      { who: "coordinator", path: `/plans/${planId}`, ready: "targets-table" },
      {
        who: "reporter",
        path: `/cycles/${cycleId}/agencies/${agencies.construction}`,
        ready: "submission-panel",
      },
    ];
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  for (const width of [1440, 390]) {
    it(`signs in and shows each page at ${width} px`, async () => {
      const login = await h.newPage();
      await login.setViewportSize({ width, height: 900 });
      await login.goto("/login");
      await login.getByLabel("Tên đăng nhập").waitFor();
      expect(await overflow(login)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(login, "body")).toEqual([]);

      for (const who of ["coordinator", "reporter"] as const) {
        const page = await h.newPage();
        await page.setViewportSize({ width, height: 900 });
        await signIn(page, people[who].username, people[who].password);
        // The keyboard's first stop skips the menu and lands on the page.
        await page.keyboard.press("Tab");
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
          "skip-link",
        );
        await page.keyboard.press("Enter");
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
        if (width < 768) {
          // On a phone the menu is a drawer opened from the header; the page keeps the whole width.
          expect(await page.locator(".ant-layout-sider").count()).toBe(0);
          await page.getByTestId("nav-open").click();
          await page.getByTestId("nav-home").waitFor();
          expect(await accessibilityViolations(page, "body"), `menu at ${width} px`).toEqual([]);
          await page.getByTestId("nav-home").click();
          await eventually(() => page.getByTestId("nav-home").isVisible()).toBe(false);
        }
        for (const step of paths.filter((p) => p.who === who)) {
          await page.goto(step.path);
          await page.getByTestId(step.ready).first().waitFor();
          expect(await overflow(page), `${step.path} at ${width} px`).toBeLessThanOrEqual(0);
          expect(await accessibilityViolations(page, "body"), `${step.path} at ${width} px`).toEqual([]);
        }
      }
    });
  }
});
