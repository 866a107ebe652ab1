// The greenhouse-gas register in the browser, for Đồng Nai (Bình Phước merged into it): the
// coordinator opens it from the menu, imports the 2024 annex through the page and confirms its
// comparison with the 2022 list already in the register, filters the facilities dropped from the
// list, and opens one facility's history; at 1440 and 390 px, with no accessibility violation.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { confirmImport, readListFile } from "../../src/server/features/ghg-register/ghg-import.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import { annexWorkbook, nationalAnnex, ownFacilities } from "../support/ghg-annex.js";
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

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const own = ownFacilities(12);
const shots = process.env.GHG_SHOTS;

describe.skipIf(!hasChromium)("the greenhouse-gas register", { timeout: 240_000 }, () => {
  let h: BrowserHarness;
  let coordinator: { username: string; password: string };
  let annex2024: string;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const { provinceId } = await makeCycleProvince(h.db, "Tỉnh Đồng Nai");
    await makeCycle(h.db, provinceId, { year: 2023 });
    coordinator = await makeUser(h.db, "coordinator");
    const ctx = systemContext("test");
    const first = await readListFile(
      h.db,
      {
        list: {
          code: "01/2022/QĐ-TTg",
          title: "Danh mục cơ sở phát thải khí nhà kính",
          effectiveFrom: "2022-01-18",
        },
        fileName: "01-2022.xlsx",
        content: (await annexWorkbook(nationalAnnex(own, 300))).toString("base64"),
      },
      ctx,
    );
    await confirmImport(h.db, first.id, ctx);
    const later = own.slice(1).map((f, i) => (i === 0 ? { ...f, name: `${f.name} (đổi tên)` } : f));
    annex2024 = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ghg-")), "phu-luc-13-2024.xlsx");
    fs.writeFileSync(annex2024, await annexWorkbook(nationalAnnex(later, 300)));
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("imports the 2024 annex through the page and confirms its comparison (1440 px)", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, coordinator.username, coordinator.password);
    await page.getByTestId("nav-ghg").click();
    await page.getByRole("heading", { name: "Cơ sở phát thải khí nhà kính" }).waitFor();
    await eventually(() => page.getByTestId("ghg-facilities").locator("tbody tr").count()).toBe(12);
    await page.getByTestId("ghg-import").click();
    await page.getByTestId("ghg-list-code").fill("13/2024/QĐ-TTg");
    await page.getByTestId("ghg-list-title").fill("Danh mục cơ sở phát thải khí nhà kính (cập nhật)");
    await chooseOption(
      page,
      selectNamed(page, page.getByRole("dialog"), "Thay thế danh mục"),
      "01/2022/QĐ-TTg — Danh mục cơ sở phát thải khí nhà kính",
    );
    const effective = page.getByRole("dialog").getByLabel("Ngày có hiệu lực");
    await effective.fill("01/10/2024");
    await effective.press("Enter");
    await page.getByRole("dialog").locator("input[type=file]").setInputFiles(annex2024);
    await page.getByRole("button", { name: "Đọc và so sánh" }).click();
    const changes = page.getByTestId("ghg-changes");
    await changes.waitFor();
    const text = (await page.getByRole("dialog").textContent()) ?? "";
    expect(text).toContain(
      "Mới: 0 · Thay đổi: 1 · Trở lại danh mục: 0 · Ra khỏi danh mục: 1 · Không đổi: 10",
    );
    expect(text).toContain(`Tên: ${own[1]!.name} → ${own[1]!.name} (đổi tên)`);
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/ghg-compare-1440.png`, fullPage: true });
    await page.getByTestId("ghg-confirm").click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await eventually(async () => (await page.getByTestId("ghg-facilities").textContent()) ?? "").toContain(
      "Ra khỏi danh mục",
    );
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/ghg-list-1440.png`, fullPage: true });
  });

  it("filters the facilities dropped from the list and opens one's history on a phone (390 px)", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, coordinator.username, coordinator.password, "/ghg/facilities");
    await page.getByRole("heading", { name: "Cơ sở phát thải khí nhà kính" }).waitFor();
    await chooseOption(page, selectNamed(page, page, "Tình trạng"), "Ra khỏi danh mục");
    await eventually(() => page.getByTestId("ghg-facilities").locator("tbody tr").count()).toBe(1);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/ghg-list-390.png`, fullPage: true });
    await page.getByRole("link", { name: own[0]!.name }).click();
    const events = page.getByTestId("ghg-events");
    await events.waitFor();
    const history = (await events.textContent()) ?? "";
    expect(history).toContain("01/10/2024 — Ra khỏi danh mục theo Quyết định 13/2024/QĐ-TTg");
    expect(history).toContain("18/01/2022 — Vào danh mục theo Quyết định 01/2022/QĐ-TTg");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/ghg-facility-390.png`, fullPage: true });
  });

  it("records a facility's closure and the department following it from its page (1440 px)", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, coordinator.username, coordinator.password, "/ghg/facilities");
    await page.getByRole("link", { name: own[3]!.name }).click();
    await page.getByTestId("ghg-record-event").click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await chooseOption(page, selectNamed(page, dialog, "Thay đổi", false), "Ngừng hoạt động");
    const date = dialog.getByLabel("Ngày", { exact: true });
    await date.fill("15/06/2025");
    await date.press("Enter");
    await dialog.getByLabel("Ghi chú (căn cứ, văn bản)").fill("Công văn của công ty về việc ngừng sản xuất");
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.waitFor({ state: "detached" });
    const events = page.getByTestId("ghg-events");
    await eventually(async () => (await events.textContent()) ?? "").toContain(
      "15/06/2025 — Ngừng hoạt động",
    );
    expect(await events.textContent()).toContain("Tình trạng: Đang hoạt động → Ngừng hoạt động");
    expect(await events.textContent()).toContain("Công văn của công ty về việc ngừng sản xuất");
    await page.getByTestId("ghg-edit-details").click();
    await chooseOption(
      page,
      selectNamed(page, page.getByRole("dialog"), "Cơ quan theo dõi"),
      "Sở Công Thương",
    );
    await page.getByRole("dialog").getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await eventually(async () => (await page.locator(".ant-descriptions").textContent()) ?? "").toContain(
      "Sở Công Thương",
    );
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/ghg-facility-1440.png`, fullPage: true });
  });
});
