// The province's greenhouse-gas picture in the browser: the leader sees its three figures on the
// home page and opens the whole picture (counts, obligations met, emissions chart and table,
// largest emitters, the Excel file); at 1440 and 390 px, with no accessibility violation.
import fs from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { docxText } from "../support/documents.js";
import { makeUser } from "../support/factories.js";
import { seedPictureRegister } from "../support/ghg-picture.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  hasChromium,
  nextDownload,
  signIn,
  startBrowserHarness,
} from "./support.js";

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const shots = process.env.GHG_SHOTS;

describe.skipIf(!hasChromium)("the greenhouse-gas picture", { timeout: 180_000 }, () => {
  let h: BrowserHarness;
  let leader: { username: string; password: string };
  let coordinator: { username: string; password: string };
  beforeAll(async () => {
    h = await startBrowserHarness();
    const province = await makeCycleProvince(h.db, "Tỉnh Đồng Nai");
    await makeCycle(h.db, province.provinceId, { year: 2023 });
    await seedPictureRegister(h.db, province.agencies);
    leader = await makeUser(h.db, "leader");
    coordinator = await makeUser(h.db, "coordinator");
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("shows the leader its figures at home and the whole picture with its Excel file (1440 px)", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, leader.username, leader.password);
    const home = page.getByTestId("home-ghg");
    await home.getByText("Cơ sở trong danh mục").waitFor();
    expect(await home.getByTestId("ghg-picture-figures").textContent()).toMatch(
      /Cơ sở trong danh mục\s*2[\s\S]*Nộp đúng hạn năm \d{4}[\s\S]*Tổng phát thải năm 2024\s*13\.000\s*tCO₂tđ\s*1 cơ sở có số liệu, 0 đã thẩm định/,
    );
    await home.getByRole("link", { name: "Bức tranh chung" }).click();
    await page.getByRole("heading", { name: "Bức tranh chung về cơ sở phát thải khí nhà kính" }).waitFor();
    await page.getByTestId("ghg-emissions-chart").locator("svg").waitFor();
    expect(await page.getByTestId("ghg-emissions-table").locator("tbody tr").first().textContent()).toMatch(
      /^Chất thải\s*4\.100\s*—\s*—$/,
    );
    expect(await page.getByTestId("ghg-largest").textContent()).toMatch(
      /Nhà máy Nhiệt điện Thử\s*13\.000\s*chưa thẩm định/,
    );
    const row2023 = page.getByTestId("ghg-compliance").locator("tbody tr", { hasText: "2023" });
    expect(await row2023.textContent()).toMatch(/^2023\s*3\s*2\s*0\s*1\s*0\s*66,7%$/);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/ghg-picture-1440.png`, fullPage: true });
    const download = nextDownload(page);
    await page.getByTestId("ghg-picture-export").click();
    expect((await download).suggestedFilename()).toMatch(/^Co-so-phat-thai-KNK-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it("lets the coordinator write the year's report to the chairman and download it", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, coordinator.username, coordinator.password, "/ghg/picture");
    const card = page.getByTestId("ghg-work-report");
    await card.getByTestId("ghg-work-report-edit").click();
    const editor = page.getByTestId("ghg-work-report-editor");
    await editor.waitFor();
    await page
      .getByTestId("draft-field-actions")
      .locator("textarea")
      .fill("- Công văn số 1761/SNNMT-BĐKH ngày 30/3/2026 đề nghị các cơ sở cung cấp số liệu hoạt động.");
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    await page.getByTestId("draft-save").click();
    await page.getByTestId("draft-state").filter({ hasText: "lưu lúc" }).waitFor();
    await page.keyboard.press("Escape");
    await editor.waitFor({ state: "detached" });
    const download = nextDownload(page);
    await card.getByTestId("ghg-work-report-download").click();
    const text = await docxText(fs.readFileSync(await (await download).path()));
    expect(text).toContain("Công văn số 1761/SNNMT-BĐKH ngày 30/3/2026");
    expect(text).toContain("Kết quả thực hiện kiểm kê khí nhà kính của các cơ sở trên địa bàn tỉnh năm");
  });

  it("fits a phone (390 px)", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, leader.username, leader.password, "/ghg/picture");
    await page.getByTestId("ghg-largest").waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/ghg-picture-390.png`, fullPage: true });
  });
});
