// The green index (PGI) page in the browser, on the results shipped with PEPI Hub. An installation
// of Bà Rịa - Vũng Tàu, merged into TP. Hồ Chí Minh on 01/7/2025, opens it from the menu on a
// desktop and a phone: its three former provinces side by side, Bà Rịa - Vũng Tàu's 2023 as seed
// 002 reports it (23,47, 8th of 63, 4th in Đông Nam Bộ), a target whose place needs a score;
// an installation of Hà Nội (not merged) sets a score target and sees how far it is, and a code
// not in the registry leads to the province picker.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  chooseOption,
  eventually,
  hasChromium,
  nextDownload,
  selectNamed,
  signIn,
  startBrowserHarness,
} from "./support.js";

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Opens the page from the menu, as a person would (a drawer on a phone). */
async function openFromMenu(page: Page, width: number) {
  if (width < 768) await page.getByTestId("nav-open").click();
  await page.getByTestId("nav-pgi").click();
  await page.getByTestId("pgi-glance").waitFor();
}

const textOf = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent()) ?? "";

/** The rows of a table, each row's text. */
const rowsOf = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ""));

/** Adds one target in the page's dialog and saves the page's targets. */
async function addTarget(
  page: Page,
  target: { year: number; part: string; score?: string; rank?: string },
): Promise<void> {
  await page.getByTestId("pgi-targets-edit").click();
  const dialog = page.getByRole("dialog");
  await page.getByTestId("pgi-target-add").click();
  const index = (await dialog.locator("[data-testid^='pgi-target-year-']").count()) - 1;
  await page.getByTestId(`pgi-target-year-${index}`).fill(String(target.year));
  await chooseOption(
    page,
    selectNamed(page, page.getByTestId(`pgi-target-${index}`), "Chỉ số", false),
    target.part,
  );
  if (target.score) await page.getByTestId(`pgi-target-score-${index}`).fill(target.score);
  if (target.rank) await page.getByTestId(`pgi-target-rank-${index}`).fill(target.rank);
  expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
  const saved = page.waitForResponse(
    (r) => r.url().endsWith("/api/pgi/targets") && r.request().method() === "PUT",
  );
  await page.getByTestId("pgi-targets-save").click();
  const response = await saved;
  expect(response.status(), await response.text()).toBe(200);
  await dialog.waitFor({ state: "detached" });
}

describe.skipIf(!hasChromium)("the green index page of a merged province", { timeout: 240_000 }, () => {
  let h: BrowserHarness;
  const people = {} as Record<"coordinator" | "leader", { username: string; password: string }>;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const { provinceId } = await makeCycleProvince(h.db, "Tỉnh Bà Rịa - Vũng Tàu");
    await makeCycle(h.db, provinceId, { year: 2023 });
    people.coordinator = await makeUser(h.db, "coordinator");
    people.leader = await makeUser(h.db, "leader");
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const)
    it(`shows the former provinces side by side and another province's years at ${width} px`, async () => {
      const page = await h.newPage();
      await page.setViewportSize({ width, height });
      await signIn(page, people.leader.username, people.leader.password);
      await openFromMenu(page, width);
      await page.getByRole("heading", { name: "Chỉ số Xanh cấp tỉnh (PGI) – Hồ Chí Minh" }).waitFor();

      // The province has no result of its own yet: the former province with the latest is shown,
      // Bình Dương 2024 (5th, published), and the others can be chosen.
      expect(await textOf(page, "pgi-glance")).toContain("Kết quả PGI năm 2024 – Bình Dương (cũ)");
      expect(await textOf(page, "pgi-headline")).toContain("Tổng điểm 27,64/40 · hạng 5/63");
      await page.getByTestId("pgi-view").getByText("Hồ Chí Minh (cũ)").click();
      await eventually(() => textOf(page, "pgi-glance")).toContain("Kết quả PGI năm 2023 – Hồ Chí Minh (cũ)");
      expect(await textOf(page, "pgi-headline")).toContain("Tổng điểm 24,20/40 · hạng 5/63");
      // 2022 → 2023: 13,99 → 24,20, 49th → 5th.
      const glance = await rowsOf(page, "pgi-glance-table");
      expect(glance[0]).toContain("+10,21 · tăng 44 bậc");

      // Across the merger: a column per former province and one for the new province; nothing summed.
      const merger = page.getByTestId("pgi-merger");
      expect(await textOf(page, "pgi-merger-intro")).toMatch(
        /Từ ngày 01\/07\/2025, Hồ Chí Minh \(mới\) được hợp nhất từ .*Bà Rịa - Vũng Tàu \(cũ\).*không cộng, không lấy trung bình/,
      );
      const headers = await merger.locator("thead th").allTextContents();
      expect(headers).toEqual(
        expect.arrayContaining([
          "Bà Rịa - Vũng Tàu (cũ)",
          "Bình Dương (cũ)",
          "Hồ Chí Minh (cũ)",
          "Hồ Chí Minh (mới)",
        ]),
      );
      const byYear = await rowsOf(page, "pgi-merger-table");
      const year2023 = byYear.find((r) => r.startsWith("2023"))!;
      expect(year2023).toContain("Tổng điểm 23,47");
      expect(year2023).toContain("hạng 8/63");
      // Bình Dương's 2023 place was not published: computed from the scores and marked.
      expect(year2023).toContain("tính từ điểm công bố");

      // Each sub-index: every province's scores drawn and in a table, the province's own marked.
      await page.getByRole("tab", { name: "Chỉ số thành phần 3" }).click();
      const sub = page.getByTestId("pgi-PGI3");
      await sub.getByTestId("pgi-PGI3-chart").locator("svg").waitFor();
      expect(await sub.getByTestId("pgi-PGI3-top").locator("li").count()).toBe(5);
      expect(await sub.getByTestId("pgi-PGI3-indicators").textContent()).toContain("Chỉ số");
      expect(await sub.textContent()).toContain("Đề xuất của PEPI Hub");

      expect(await overflow(page), `at ${width} px`).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page, "body"), `at ${width} px`).toEqual([]);

      // Another province, by its registry code: Bà Rịa - Vũng Tàu as seed 002 reports its 2023.
      await page.goto("/pgi?province=VN63-tinh-ba-ria-vung-tau");
      await page.getByRole("heading", { name: "Chỉ số Xanh cấp tỉnh (PGI) – Bà Rịa - Vũng Tàu" }).waitFor();
      await page.getByTestId("pgi-other").getByText("Về tỉnh của Sở").waitFor();
      expect(await textOf(page, "pgi-headline")).toContain(
        "Tổng điểm 23,47/40 · hạng 8/63 · so với năm 2022: tăng 11 bậc",
      );
      expect(await textOf(page, "pgi-region")).toContain("Trong vùng Đông Nam Bộ: hạng 4/6");
      const trend = await rowsOf(page, "pgi-trend-table");
      const row2023 = trend.find((r) => r.startsWith("2023"))!;
      expect(row2023).toContain("23,47");
      expect(row2023).toContain("hạng 8/63");
      expect(row2023).toMatch(/hạng 4\/6\s*Đông Nam Bộ/);
      await page.getByTestId("pgi-trend-chart").locator("svg").waitFor();
      expect(await page.getByTestId("pgi-targets-edit").count()).toBe(0);
      expect(await overflow(page), `another province at ${width} px`).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page, "body"), `another province at ${width} px`).toEqual([]);
      // The Excel download carries the province shown.
      const download = nextDownload(page);
      await page.getByTestId("pgi-export").click();
      expect((await download).suggestedFilename()).toMatch(
        /^Chỉ số Xanh cấp tỉnh \(PGI\).* - Bà Rịa - Vũng Tàu\.xlsx$/,
      );
    });

  it("takes the coordinator's target of a place among the 34 and says the score it would have needed", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, people.coordinator.username, people.coordinator.password);
    // The home's PGI card leads to the page.
    await page.getByTestId("standing-pgi").getByRole("link", { name: "Xem chi tiết PGI" }).click();
    await page.getByTestId("pgi-glance").waitFor();
    // A target without a score or a place is refused on its field, in words.
    await page.getByTestId("pgi-targets-edit").click();
    await page.getByTestId("pgi-target-add").click();
    await page.getByTestId("pgi-targets-save").click();
    await page.getByText("Nhập điểm hoặc thứ hạng cần đạt (hoặc cả hai)").waitFor();
    await page.getByRole("button", { name: "Hủy" }).click();

    await addTarget(page, { year: 2026, part: "Tổng điểm PGI", rank: "10" });
    const row = page.getByTestId("pgi-target-item").first();
    await row.getByText("hạng 10", { exact: true }).waitFor();
    expect(await row.textContent()).toContain("Đặt trên trang này");
    // The new province has no result of its own: no distance, the reason, and the score needed.
    expect(await row.textContent()).toContain("Chưa có kết quả");
    expect(await row.getByTestId("pgi-target-gap").count()).toBe(0);
    expect(await row.textContent()).toMatch(
      /Để đạt hạng 10\/34 \(tương ứng hạng 19\/63 năm 2024\) cần khoảng \d+,\d\d điểm theo kết quả năm 2024/,
    );
    expect(await row.textContent()).toContain("Hạng 10/34 được quy đổi thành hạng 19/63");
  });
});

describe.skipIf(!hasChromium)("the green index page of a province not merged", { timeout: 120_000 }, () => {
  let h: BrowserHarness;
  let coordinator: { username: string; password: string };
  beforeAll(async () => {
    h = await startBrowserHarness();
    const { provinceId } = await makeCycleProvince(h.db, "Thành phố Hà Nội");
    await makeCycle(h.db, provinceId, { year: 2023 });
    coordinator = await makeUser(h.db, "coordinator");
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("shows a place VCCI did not publish as computed, and a target's distance once set", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, coordinator.username, coordinator.password);
    await openFromMenu(page, 390);
    await page.getByRole("heading", { name: "Chỉ số Xanh cấp tỉnh (PGI) – Hà Nội" }).waitFor();
    expect(await page.getByTestId("pgi-merger").count()).toBe(0);
    // 2024: 26,63 points, the place computed from the published scores (VCCI ranked only 30).
    expect(await textOf(page, "pgi-glance")).toContain("Kết quả PGI năm 2024 – Hà Nội");
    expect(await textOf(page, "pgi-headline")).toMatch(
      /Tổng điểm 26,63\/40 · .*hạng .* \(tính từ điểm công bố\)/,
    );
    expect(await textOf(page, "pgi-glance")).toContain("VCCI chỉ công bố thứ hạng của 30 tỉnh");

    await addTarget(page, { year: 2026, part: "Tổng điểm PGI", score: "28" });
    const row = page.getByTestId("pgi-target-item").first();
    await row.getByText("28,00 điểm").waitFor();
    expect(await row.getByTestId("pgi-target-gap").textContent()).toBe("Còn thiếu 1,37 điểm");
    expect(await row.textContent()).toContain("26,63 điểm (năm 2024)");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);

    // A code not in the registry: said so, and another province chosen from the list by name.
    await page.goto("/pgi?province=VN63-khong-co");
    await page
      .getByTestId("pgi-no-province")
      .getByText("Không có tỉnh, thành phố này trong danh mục")
      .waitFor();
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    // Typed without its marks, as a person searching the long list would.
    const picker = page.getByRole("combobox", { name: "Xem tỉnh, thành phố" });
    await picker.fill("vung tau");
    await page.locator(".ant-select-item-option").filter({ hasText: "Bà Rịa - Vũng Tàu" }).waitFor();
    await picker.press("Enter");
    await page.getByRole("heading", { name: "Chỉ số Xanh cấp tỉnh (PGI) – Bà Rịa - Vũng Tàu" }).waitFor();
    expect(new URL(page.url()).search).toBe("?province=VN63-tinh-ba-ria-vung-tau");
  });
});
