// The published PGI results as a coordinator reads and imports them: a total that differs from
// its sub-indices' sum is marked and kept, a rank not held reads "Chưa có",
// and an Excel workbook imported with such a total lists it after the import, on a desktop and a
// 390 px phone, with the keyboard's reach and no axe violation.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
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

const shots = process.env.SCREENSHOT_DIR;
const shoot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: false });
};
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!hasChromium)("published PGI results: flags and Excel import", { timeout: 180_000 }, () => {
  let h: BrowserHarness;
  let file: string;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("PGI");
    sheet.addRow([
      "year",
      "province",
      "sub1",
      "sub2",
      "sub3",
      "sub4",
      "total",
      "rank",
      "source_url",
      "sub3.Mua sắm công xanh",
    ]);
    // 6,2 + 6,1 + 5 + 5,1 = 22,4 against a published 22,5.
    sheet.addRow([2023, "Lai Châu", 6.2, 6.1, 5, 5.1, 22.5, 39, "https://pcivietnam.vn/pgi", 5.1]);
    file = path.join(os.tmpdir(), `pgi-${Date.now()}.xlsx`);
    await book.xlsx.writeFile(file);
  });
  afterAll(async () => {
    fs.rmSync(file, { force: true });
    await h?.close();
  });
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("marks a total its sub-indices do not add up to and a rank not published", async () => {
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, coordinator.username, coordinator.password, "/published");
    await page.getByRole("tab", { name: "PGI (VCCI)" }).click();
    const table = page.getByTestId("published-table").last();
    // 2024: VCCI published the ranks of the top 30 only.
    await table.getByTestId("not-published").first().waitFor();
    const bacGiang = table.locator("tbody tr", { hasText: "Bắc Giang" });
    expect(await bacGiang.getByTestId("not-published").textContent()).toBe("Chưa có");
    await shoot(page, "published-pgi-2024-desktop");

    await chooseOption(page, selectNamed(page, page, "Năm"), "2022");
    const hcm = table.locator("tbody tr", { hasText: "Hồ Chí Minh" });
    await hcm.getByTestId("sum-gap").waitFor();
    expect(await hcm.textContent()).toContain("13,99");
    // The tag is reached with the keyboard and its tooltip says the published total is kept.
    await hcm.getByTestId("sum-gap").focus();
    await page
      .getByRole("tooltip")
      .filter({ hasText: "Tổng điểm công bố 13,99 khác tổng bốn chỉ số thành phần 14,02" })
      .waitFor();
    expect(await accessibilityViolations(page, "main")).toEqual([]);
    await shoot(page, "published-pgi-2022-desktop");

    await hcm.getByTestId("sum-gap").blur();
    // Only the tag's note: a column header's sorting hint may be showing where the pointer rests.
    await page
      .getByRole("tooltip")
      .filter({ hasText: "Tổng điểm công bố 13,99" })
      .waitFor({ state: "hidden" });

    await page.setViewportSize({ width: 390, height: 844 });
    // On a phone the tag's note opens inside the screen too.
    await hcm.getByTestId("sum-gap").focus();
    await page.getByRole("tooltip").filter({ hasText: "giữ nguyên số công bố" }).waitFor();
    await eventually(() => overflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page, "main")).toEqual([]);
    await shoot(page, "published-pgi-2022-phone");
  });

  it("imports a workbook and lists the total it flagged before the dialog closes", async () => {
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, coordinator.username, coordinator.password, "/published");
    await page.getByRole("tab", { name: "PGI (VCCI)" }).click();
    await page.getByTestId("import-published").click();
    const dialog = page.getByRole("dialog");
    await dialog.locator("input[type=file]").setInputFiles(file);
    await dialog.getByTestId("picked-file").waitFor();
    await dialog.getByRole("button", { name: "Kiểm tra và nhập" }).click();
    const warnings = dialog.getByTestId("published-warnings");
    await warnings.waitFor();
    expect(await warnings.textContent()).toContain(
      "Tổng điểm công bố 22,5 khác tổng bốn chỉ số thành phần 22,4 (chênh 0,1); giữ nguyên số công bố",
    );
    expect(await dialog.textContent()).toContain("Đã nhập 1 dòng mới");
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    await shoot(page, "published-import-flagged-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, "published-import-flagged-phone");
    await page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByTestId("published-flagged-close").click();
    await dialog.waitFor({ state: "detached" });

    await chooseOption(page, selectNamed(page, page, "Năm"), "2023");
    const laiChau = page.getByTestId("published-table").last().locator("tbody tr", { hasText: "Lai Châu" });
    await laiChau.getByTestId("sum-gap").waitFor();
    expect(await laiChau.getByTestId("components").getAttribute("aria-label")).toBe("Mua sắm công xanh: 5,1");
  });
});
