// The leader signs in and sees where the province stands without a click: this year's result,
// the trend chart and the tile-grid map, checked by the figures they show (the chart's labels,
// the table behind it, the province's tile), on a desktop and on a 390 px phone, and checked
// against WCAG 2.1 AA with axe-core.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm } from "../../src/contracts/cycles.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  chooseOption,
  eventually,
  hasChromium,
  selectNamed,
  signIn,
  startBrowserHarness,
} from "./support.js";

describe.skipIf(!hasChromium)("the leader's home", { timeout: 120_000 }, () => {
  let h: BrowserHarness;
  let leader: { username: string; password: string };
  let cycleId: string;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const { provinceId, agencies } = await makeCycleProvince(h.db, "Tỉnh Bà Rịa - Vũng Tàu");
    cycleId = await makeCycle(h.db, provinceId, { year: 2023 });
    // The statistics office has entered its figures; the others have not.
    const reporter = await makeUser(h.db, "reporter", agencies.statistics);
    const page = await h.newPage();
    await signIn(page, reporter.username, reporter.password);
    const base = `/api/cycles/${cycleId}/agencies/${agencies.statistics}`;
    const form = (await (await page.request.get(`${base}/form`)).json()) as AgencyForm;
    const values = form.elements
      .filter((e) => !e.readOnly && e.kind === "number")
      .map((e) => ({ element: e.code, number: "1000000", baseVersion: e.version }));
    const saved = await page.request.put(`${base}/values`, {
      data: { values },
      headers: { origin: h.baseUrl },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    leader = await makeUser(h.db, "leader");
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const)
    it(`shows the standing, the trend and the map at ${width} px`, async () => {
      const page = await h.newPage();
      await page.setViewportSize({ width, height });
      await signIn(page, leader.username, leader.password);
      const standing = page.getByTestId("standing");
      await standing.getByRole("heading", { name: "Vị thế của Tỉnh Bà Rịa - Vũng Tàu" }).waitFor();

      // This year's result as the documents state it: group I only, the survey awaited, no rank.
      const current = page.getByTestId("standing-current");
      await expect.poll(() => current.textContent()).toContain("Kết quả năm 2023");
      expect(await page.getByTestId("standing-headline").textContent()).toMatch(
        /nhóm II chờ kết quả khảo sát/,
      );
      expect(await page.getByTestId("standing-rank").textContent()).toContain("chưa ước tính được");

      // The trend: the Ministry's 2021 total and rank drawn, and the same figures in the table.
      const chart = page.getByTestId("standing-trend-chart");
      await chart.locator("svg").waitFor();
      const drawn = await chart.locator("svg").textContent();
      expect(drawn).toContain("Bộ công bố");
      // On a desktop the band and the points are labelled; a phone leaves them to the table.
      if (width > 800) {
        expect(drawn).toContain("QĐ 2782");
        expect(drawn).toContain("78,79 (hạng 2/63)");
      }
      const rows = page.getByTestId("standing-trend-table").locator("tbody tr");
      const years = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ""));
      expect(years.find((r) => r.startsWith("2021"))).toMatch(/78,79.*2\/63/);
      expect(years.find((r) => r.startsWith("2020"))).toContain("chỉ công bố xếp loại: tốt");
      expect(years.find((r) => r.startsWith("2023"))).toContain("chưa đầy đủ");

      // The map of the green index 2023: the province's own tile outlined, its figures in the table.
      const map = page.getByTestId("standing-map");
      // From the keyboard, as a person without a mouse would; the years follow the index chosen.
      await chooseOption(page, selectNamed(page, map, "Chỉ số"), "PGI (VCCI)");
      await chooseOption(page, selectNamed(page, map, "Năm"), "2023");
      const own = map.locator(".tile-own");
      await expect.poll(() => own.getAttribute("title")).toBe("Bà Rịa - Vũng Tàu: 23,47 · Hạng 8/63");
      expect(await map.locator(".tile").count()).toBe(63);
      await map.getByTestId("standing-map-table").getByText("tỉnh mình").waitFor();

      // Nothing wider than the screen, and WCAG 2.1 AA inside the standing.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await accessibilityViolations(page, "[data-testid='standing']")).toEqual([]);
    });

  it("lets the coordinator mark an indicator not applicable with its grounds, and withdraw it", async () => {
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password, `/cycles/${cycleId}/dashboard`);
    const row = page.getByTestId("dashboard-indicator-03");
    await row.getByTestId("not-applicable-03").click();
    const dialog = page.getByRole("dialog", { name: "Đánh dấu chỉ số không áp dụng" });
    // The form is there before anything is sent: both grounds are asked for.
    const reason = dialog.getByLabel("Lý do");
    await reason.waitFor();
    // Sent empty until the dialog answers: a click during its opening animation can be lost.
    await eventually(async () => {
      await dialog.getByTestId("not-applicable-submit").click();
      return dialog.textContent();
    }).toContain("Nêu lý do chỉ số không áp dụng");
    await reason.fill("Tỉnh chưa có khu công nghiệp đi vào hoạt động");
    await dialog.getByLabel("Căn cứ").fill("Công văn 15/BQL-KCN ngày 10/01/2024");
    await dialog.getByTestId("not-applicable-submit").click();
    await expect.poll(() => row.getAttribute("data-status")).toBe("not_applicable");
    expect(await row.textContent()).toContain("Lý do: Tỉnh chưa có khu công nghiệp đi vào hoạt động");
    await row.getByRole("button", { name: "Bỏ đánh dấu" }).click();
    await expect.poll(() => row.getAttribute("data-status")).not.toBe("not_applicable");
  });
});
