// The first start for a real province in the browser: the administrator chooses Lâm Đồng, sees
// the names documents will use, imports the commune list, and sees a bad list refused row by row.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chooseProvince, chosenProvince } from "../../src/server/features/setup/province-setup.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  confirmCommand,
  eventually,
  hasChromium,
  signIn,
  startBrowserHarness,
} from "./support.js";

function listFile(name: string, rows: string[][]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pepi-communes-")), name);
  fs.writeFileSync(file, `\uFEFF${rows.map((r) => r.join(",")).join("\r\n")}\r\n`);
  return file;
}

describe.skipIf(!hasChromium)("province setup", { timeout: 120_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("chooses the province, shows its names, imports the communes and refuses a bad list by row", async () => {
    const admin = await makeUser(h.db, "admin");
    const page = await h.newPage();
    await signIn(page, admin.username, admin.password);
    await page.getByTestId("nav-setup").click();
    await page.getByTestId("setup-province-select").click();
    await page.keyboard.type("Lâm Đồng");
    await page.keyboard.press("Enter");
    // A loaded machine can lose the click that lands while the confirmation is still opening.
    await confirmCommand(
      page,
      "setup-province-choose",
      (r) => r.url().endsWith("/api/setup/province") && r.request().method() === "POST",
    );
    const names = page.getByTestId("setup-names");
    await names.getByText("Ủy ban nhân dân tỉnh Lâm Đồng").waitFor();
    expect(await names.textContent()).toContain("Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng");
    expect(await accessibilityViolations(page, "body")).toEqual([]);

    const bad = listFile("ds-xa-loi.csv", [
      ["Mã", "Tên", "Loại"],
      ["24001", "Xã Một", "Xã"],
      ["24001", "Xã Hai", "Xã"],
    ]);
    await page.getByTestId("setup-communes").locator("input[type=file]").setInputFiles(bad);
    const problems = page.getByTestId("located-problems");
    await eventually(() => problems.textContent()).toContain("Mã “24001” trùng với dòng 2");
    expect(await problems.textContent()).toContain("3");

    const good = listFile("ds-xa.csv", [
      ["Mã", "Tên", "Loại"],
      ["24001", "Xã Một", "Xã"],
      ["24002", "Phường Hai", "Phường"],
      ["24003", "Đặc khu Ba", "Đặc khu"],
    ]);
    await page.getByTestId("setup-communes").locator("input[type=file]").setInputFiles(good);
    await eventually(() => page.getByTestId("setup-commune-counts").textContent()).toContain(
      "Đã nạp 3 đơn vị: 1 xã, 1 phường, 1 đặc khu",
    );
    expect(await page.getByTestId("located-problems").count()).toBe(0);
  });

  it("builds the comparison base from the former provinces' figures, a bad file refused by row", {
    timeout: 180_000,
  }, async () => {
    // The province chosen above; chosen here too when this test runs alone.
    if (!(await chosenProvince(h.db)))
      await chooseProvince(h.db, "VN34-tinh-lam-dong", systemContext("test"));
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password);
    await page.getByTestId("nav-merger").click();
    await page.getByTestId("merger-published").getByText("51,30 điểm · hạng 63/63").waitFor();
    await page.getByTestId("merger-year").click();
    await page.getByText("Năm 2023 (0 số liệu)").click();

    const upload = page.getByTestId("merger-baseline").locator("input[type=file]");
    await upload.setInputFiles(
      listFile("so-lieu-loi.csv", [
        ["Tỉnh", "Mã", "Giá trị"],
        ["Khánh Hòa", "urban_water_supplied_m3", "500000"],
      ]),
    );
    const problems = page.getByTestId("located-problems");
    await eventually(() => problems.textContent()).toContain("không phải tỉnh hợp nhất thành tỉnh Lâm Đồng");

    // The import waits its turn behind other heavy work on a loaded machine: its answer is awaited
    // and checked on its own, so a slow import and a refused one are told apart.
    const imported = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/merger/figures",
      { timeout: 90_000 },
    );
    await upload.setInputFiles(
      listFile("so-lieu-2023.csv", [
        ["Tỉnh", "Mã", "Giá trị"],
        ["Lâm Đồng", "urban_water_supplied_m3", "1000000"],
        ["Lâm Đồng", "urban_wastewater_treated_m3", "600000"],
        ["Đắk Nông", "urban_water_supplied_m3", "100000"],
        ["Đắk Nông", "urban_wastewater_treated_m3", "10000"],
        ["Bình Thuận", "urban_water_supplied_m3", "400000"],
        ["Bình Thuận", "urban_wastewater_treated_m3", "80000"],
      ]),
    );
    const answer = await imported;
    expect(answer.status(), await answer.text()).toBe(200);
    const indicators = page.getByTestId("merger-indicators");
    // 690.000 m³ treated of 1.500.000 × 0,8 generated: 57,5 %, not the average of 75, 12,5 and 25.
    await expect.poll(() => indicators.textContent(), { timeout: 30_000, interval: 200 }).toContain("57,5 %");
    expect(await indicators.textContent()).toContain("12,5 %");
    expect(await page.getByTestId("located-problems").count()).toBe(0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
  });
});
