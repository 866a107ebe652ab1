// Greenhouse-gas obligations in the browser: the coordinator opens a facility's calendar (a report
// received late, one missing, provisional deadlines marked), goes to the rules, edits one in its
// dialog, creates the two-yearly review of the list, and opens the facilities late or missing by
// department; at 1440 and 390 px, with no accessibility violation.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ghgFacilities, ghgFacilityListings, ghgLists, ghgReports } from "../../src/server/db/schema.js";
import { makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  eventually,
  hasChromium,
  signIn,
  startBrowserHarness,
} from "./support.js";

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!hasChromium)("greenhouse-gas obligations", { timeout: 240_000 }, () => {
  let h: BrowserHarness;
  let coordinator: { username: string; password: string };
  let reporter: { username: string; password: string };
  const facilityId = randomUUID();
  beforeAll(async () => {
    h = await startBrowserHarness();
    const { agencies } = await makeCycleProvince(h.db, "Tỉnh Đồng Nai");
    coordinator = await makeUser(h.db, "coordinator");
    reporter = await makeUser(h.db, "reporter", agencies.industry);
    const listId = randomUUID();
    await h.db.insert(ghgLists).values({
      id: listId,
      code: "13/2024/QĐ-TTg",
      title: "Danh mục 2024",
      effectiveFrom: "2024-10-01",
    });
    await h.db.insert(ghgFacilities).values({
      id: facilityId,
      name: "Dệt may Long Thành",
      address: "Xã Long Thành, Tỉnh Đồng Nai",
      listedAddress: "Long Thành, Đồng Nai",
      sector: "industrial_processes",
      ministry: "industry_trade",
      agencyId: agencies.industry,
    });
    await h.db.insert(ghgFacilityListings).values({
      id: randomUUID(),
      facilityId,
      listId,
      name: "Dệt may Long Thành",
      address: "Long Thành",
      sector: "industrial_processes",
      ministry: "industry_trade",
    });
    await h.db.insert(ghgReports).values({
      id: randomUUID(),
      facilityId,
      ruleCode: "inventory-report",
      kind: "inventory_report",
      year: 2025,
      periodFrom: 2023,
      periodTo: 2024,
      receivedOn: "2025-04-15",
      receivedVia: "recorded",
    });
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("shows a facility's calendar and edits a rule (1440 px)", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, coordinator.username, coordinator.password, `/ghg/facilities/${facilityId}`);
    const calendar = page.getByTestId("ghg-calendar");
    await calendar.getByRole("button", { name: /Năm 2025/ }).waitFor();
    await eventually(async () => (await calendar.textContent()) ?? "").toContain("Nhận ngày 15/04/2025");
    const text = (await calendar.textContent()) ?? "";
    expect(text).toContain("Nộp trễ");
    expect(text).toContain("Chưa nộp, quá hạn");
    expect(text).toContain("Tạm tính – chưa xác nhận");
    expect(text).toContain("31/03/2025");
    expect(await accessibilityViolations(page, "body")).toEqual([]);

    await calendar.getByRole("link", { name: "Xem các quy tắc" }).click();
    await page.getByRole("heading", { name: "Nghĩa vụ và thời hạn" }).waitFor();
    const rule = page.getByTestId("ghg-rule-inventory-report");
    expect(await rule.textContent()).toContain("Phần chưa xác nhận: nơi nhận, thời hạn, năm bắt đầu");
    expect(await page.getByTestId("ghg-rule-activity-data").textContent()).toContain("Đã xác nhận");
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    await page.getByTestId("ghg-rule-edit-inventory-report").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Tháng đến hạn").fill("4");
    await dialog.getByLabel("Ngày đến hạn").fill("30");
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.waitFor({ state: "detached" });
    await eventually(async () => (await rule.textContent()) ?? "").toContain("Ngày 30/04 hằng năm");
    expect(await rule.textContent()).toContain("Tỉnh đã sửa");
    await page.getByRole("button", { name: "Về bản phát hành" }).waitFor();
  });

  it("creates the two-yearly review of the list from the register page, overdue marked (1440 px)", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, coordinator.username, coordinator.password, "/ghg/facilities");
    const reviews = page.getByTestId("ghg-reviews");
    await reviews.getByText("Chưa có đợt rà soát nào.").waitFor();
    await page.getByTestId("ghg-review-add").click();
    const dialog = page.getByRole("dialog");
    await page.getByTestId("ghg-review-title").fill("Rà soát danh mục năm 2026");
    const due = dialog.getByLabel("Hạn");
    await due.fill("30/06/2026");
    await due.press("Enter");
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.waitFor({ state: "detached" });
    await eventually(async () => (await reviews.textContent()) ?? "").toContain("30/06/2026");
    expect(await reviews.textContent()).toContain("Quá hạn");
    expect(await reviews.textContent()).toContain("Chưa bắt đầu");
    expect(await accessibilityViolations(page, "body")).toEqual([]);
  });

  it("shows a sector department the facilities it follows, without the province's picture", async () => {
    const page = await h.newPage();
    await signIn(page, reporter.username, reporter.password);
    await page.getByTestId("nav-ghg").click();
    await page.getByRole("link", { name: "Dệt may Long Thành" }).waitFor();
    expect(await page.getByTestId("ghg-picture-link").count()).toBe(0);
    expect(await page.getByTestId("ghg-review-add").count()).toBe(0);
    await page.getByRole("link", { name: "Dệt may Long Thành" }).click();
    await page
      .getByTestId("ghg-calendar")
      .getByRole("button", { name: /Năm 2025/ })
      .waitFor();
    expect(await page.getByTestId("ghg-edit-details").count()).toBe(0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
  });

  it("lists the facilities late or missing by department on a phone (390 px)", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, coordinator.username, coordinator.password, "/ghg/facilities");
    await page.getByTestId("ghg-overdue-link").click();
    await page.getByRole("heading", { name: "Cơ sở chậm, thiếu báo cáo" }).waitFor();
    const year = page.getByTestId("ghg-overdue-year");
    await year.fill("2025");
    await year.press("Tab");
    const agency = page.getByTestId("ghg-overdue-agency");
    await eventually(async () => (await agency.first().textContent()) ?? "").toContain("Sở Công Thương");
    expect(await agency.first().textContent()).toContain("Dệt may Long Thành");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    await page.goto(`/ghg/facilities/${facilityId}`);
    await page
      .getByTestId("ghg-calendar")
      .getByRole("button", { name: /Năm 2025/ })
      .waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
  });
});
