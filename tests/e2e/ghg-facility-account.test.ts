// A greenhouse-gas facility's own account in the browser: the administrator creates it from the
// users page, picking the facility by name; the account's home names its facility and leads to
// /my-facility (its register record, its obligations and its reports), at 1366 and 390 px with no accessibility
// violation; the register stays closed to it.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ghgFacilityListings, ghgLists } from "../../src/server/db/schema.js";
import { makeFacility, makeFacilityUser } from "../support/facility-account.js";
import { makeAgency, makeUser } from "../support/factories.js";
import { inventory } from "../support/ghg-reports.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  chooseOption,
  eventually,
  hasChromium,
  navigationItems,
  signIn,
  startBrowserHarness,
} from "./support.js";

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const facilityName = "Nhà máy Nhiệt điện Thử nghiệm";

describe.skipIf(!hasChromium)("a greenhouse-gas facility's own account", { timeout: 120_000 }, () => {
  let h: BrowserHarness;
  let facilityId: string;
  let otherId: string;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const agencyId = await makeAgency(h.db, { name: "Sở Công Thương" });
    const listId = randomUUID();
    await h.db.insert(ghgLists).values({
      id: listId,
      code: "13/2024/QĐ-TTg",
      title: "Danh mục cơ sở phát thải khí nhà kính",
      effectiveFrom: "2024-10-01",
    });
    facilityId = await makeFacility(h.db, {
      name: facilityName,
      taxCode: "3600123456",
      agencyId,
      contactName: "Trần Văn Bình",
      contactPhone: "0251 3822 000",
    });
    await h.db.insert(ghgFacilityListings).values({
      id: randomUUID(),
      facilityId,
      listId,
      name: facilityName,
      address: "Biên Hòa, Đồng Nai",
      sector: "energy",
      ministry: "industry_trade",
    });
    otherId = await makeFacility(h.db, { name: "Xi măng Thử nghiệm Đã đóng", status: "closed" });
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("is created by the administrator, who picks the facility by name", async () => {
    const admin = await makeUser(h.db, "admin");
    const page = await h.newPage();
    await signIn(page, admin.username, admin.password, "/users");
    await page.getByTestId("create-user").click();
    const form = page.getByRole("dialog");
    await form.getByLabel("Tên đăng nhập").fill("nhietdien.moitruong");
    await form.getByLabel("Họ và tên").fill("Phòng Môi trường Nhiệt điện");
    await chooseOption(page, form.getByTestId("user-role-select"), "Cơ sở phát thải khí nhà kính");
    // The agency gives way to the facility, which is required.
    await form.getByTestId("user-facility-select").waitFor();
    expect(await form.getByTestId("user-agency-select").count()).toBe(0);
    await form.getByTestId("user-form-submit").click();
    await form.getByText("Tài khoản của cơ sở phát thải phải chọn cơ sở của mình.").waitFor();
    // A closed facility may be chosen, with a warning.
    await chooseOption(page, form.getByTestId("user-facility-select"), "Xi măng Thử nghiệm Đã đóng");
    await form.getByText("Cơ sở này đã ngừng hoạt động").waitFor();
    await chooseOption(page, form.getByTestId("user-facility-select"), facilityName);
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    await form.getByTestId("user-form-submit").click();
    await page.getByTestId("temporary-password").waitFor();
    await page.getByTestId("temporary-password-done").click();
    await eventually(() => page.getByTestId("user-facility").first().textContent()).toContain(facilityName);
  });

  it("opens its home and its facility's page, and not the register (1366 px)", async () => {
    const user = await makeFacilityUser(h.db, facilityId);
    const page = await h.newPage();
    await signIn(page, user.username, user.password);
    // The facility sends its own report, as its report form does.
    const sent = await page.request.post(`/api/ghg/facilities/${facilityId}/reports`, {
      // What the facility sends arrives today (the province's day).
      data: { ...inventory, receivedOn: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10) },
      headers: { origin: h.baseUrl },
    });
    expect(sent.status(), await sent.text()).toBe(200);
    expect(await navigationItems(page)).toEqual(["nav-home", "nav-my-facility"]);
    const card = page.getByTestId("home-my-facility");
    await eventually(() => card.textContent()).toContain(facilityName);
    expect(await accessibilityViolations(page, "body")).toEqual([]);

    await page.getByTestId("home-my-facility-link").click();
    const record = page.getByTestId("my-facility-record");
    await record.waitFor();
    const text = (await record.textContent()) ?? "";
    expect(text).toContain("3600123456");
    expect(text).toContain("Sở Công Thương");
    expect(text).toContain("13/2024/QĐ-TTg");
    expect(text).toContain("Trần Văn Bình, 0251 3822 000");
    expect(text).toContain("Năng lượng");
    await page.getByRole("heading", { name: "Nghĩa vụ báo cáo" }).waitFor();
    await eventually(() => page.getByTestId("ghg-reports").locator("tbody tr").count()).toBe(1);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    // Its report opens from the list.
    await page.getByTestId("ghg-reports").getByRole("link").first().click();
    await eventually(() => new URL(page.url()).pathname).toMatch(/^\/ghg\/reports\//);
    expect(await page.getByTestId("forbidden").count()).toBe(0);
    // Its facility's link there leads to its own page, not to the register.
    await page.getByRole("link", { name: facilityName }).first().click();
    await eventually(() => new URL(page.url()).pathname).toBe("/my-facility");

    await page.goto("/ghg/facilities");
    await page.getByTestId("forbidden").waitFor();
    await page.goto(`/ghg/facilities/${otherId}`);
    await page.getByTestId("forbidden").waitFor();
    expect(await page.getByText("Xi măng Thử nghiệm Đã đóng").count()).toBe(0);
  });

  it("reads its facility's page on a phone (390 px)", async () => {
    const user = await makeFacilityUser(h.db, facilityId);
    const page = await h.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, user.username, user.password, "/my-facility");
    await page.getByTestId("my-facility-record").waitFor();
    await page.getByRole("heading", { name: "Nghĩa vụ báo cáo" }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
  });
});
