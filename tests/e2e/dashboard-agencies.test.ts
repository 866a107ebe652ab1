// A province's many agencies on the dashboard: the red "overdue" counter opens the list of late
// agencies, the list is filtered and searched, and the coordinator reminds them all at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import { type BrowserHarness, eventually, hasChromium, signIn, startBrowserHarness } from "./support.js";

describe.skipIf(!hasChromium)("the dashboard's agencies", { timeout: 120_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("opens the late ones from their counter, filters, searches and reminds them all", async () => {
    const { provinceId, agencies } = await makeCycleProvince(h.db);
    const cycleId = await makeCycle(h.db, provinceId, { year: 2023 });
    await makeUser(h.db, "reporter", agencies.construction);
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password, `/cycles/${cycleId}/dashboard`);
    const rows = page.locator("[data-testid^=dashboard-agency-]");
    await rows.first().waitFor();
    const all = await rows.count();

    // Nobody has sent: every agency is late, and the counter opens exactly that list.
    await page.getByTestId("counter-overdue").click();
    await eventually(() => page.getByTestId("dashboard-filter").textContent()).toContain(`Quá hạn (${all})`);
    expect(await rows.count()).toBe(all);

    await page.getByTestId("counter-accepted").click();
    await page.getByText("Không có cơ quan nào trong danh sách này.").waitFor();
    expect(await rows.count()).toBe(0);

    await page.getByTestId("counter-overdue").click();
    await page.getByTestId("dashboard-search").locator("input").fill("xay dung");
    await eventually(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Sở Xây dựng");

    await page.getByTestId("remind-overdue").click();
    await page.getByRole("button", { name: "Gửi nhắc" }).click();
    // One agency has an account; the others are named for a call.
    const report = page.getByRole("dialog");
    await eventually(() => report.textContent()).toContain("Đã nhắc 1 cơ quan (1 người nhận)");
    expect(await report.textContent()).toContain("chưa có tài khoản nên chưa nhắc được");
  });
});
