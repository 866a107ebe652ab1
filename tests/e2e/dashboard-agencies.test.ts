// A province's many agencies on the dashboard: the red "overdue" counter opens the list of late
// agencies, the list is filtered and searched, and the coordinator reminds them all at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAgency } from "../../src/server/features/agencies/agencies.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { makeAssignedCycle, makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  type BrowserHarness,
  confirmCommand,
  eventually,
  hasChromium,
  signIn,
  startBrowserHarness,
} from "./support.js";

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

    // Confirmed as a person would, asked again if the click landed while the box was opening.
    await confirmCommand(
      page,
      "remind-overdue",
      (r) => r.url().endsWith("/remind-overdue") && r.request().method() === "POST",
    );
    // One agency has an account; the others are named for a call.
    const report = page.getByRole("dialog");
    await eventually(() => report.textContent()).toContain("Đã nhắc 1 cơ quan (1 người nhận)");
    expect(await report.textContent()).toContain("chưa có tài khoản nên chưa nhắc được");
  });

  it("shows a figure every commune reports as one line that opens their list", async () => {
    const { provinceId } = await makeCycleProvince(h.db);
    const communes: Record<string, string[]> = {};
    for (let n = 1; n <= 8; n++) {
      const agency = {
        code: `XA-${n}-${provinceId.slice(0, 6)}`,
        name: `UBND xã Số ${n}`,
        orgUnitId: provinceId,
      };
      const id = await createAgency(
        h.db,
        { ...agency, kind: "commune_committee", hasHeadSignOff: false },
        systemContext("test"),
      );
      communes[id] = ["solid_waste_generated_t_day"];
    }
    const cycleId = await makeAssignedCycle(h.db, provinceId, communes, { only: true });
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password, `/cycles/${cycleId}`);
    await page.getByRole("tab", { name: "Phân công" }).click();
    const line = page.getByTestId("communes-solid_waste_generated_t_day");
    await eventually(() => line.textContent()).toBe("8 xã, phường, đặc khu");
    expect(await page.locator("[data-testid^=assignment-solid_waste_generated_t_day-]").count()).toBe(0);
    await line.click();
    await eventually(() =>
      page.locator("[data-testid^=assignment-solid_waste_generated_t_day-]").count(),
    ).toBe(8);
    // The province's figure is the sum of the parts: none entered yet, every commune marked.
    await page.getByTestId("parts-solid_waste_generated_t_day").click();
    const drawer = page.getByTestId("parts-drawer");
    await eventually(() => drawer.textContent()).toContain("8 cơ quan chưa nhập phần của mình");
    expect(await drawer.locator("tbody tr.ant-table-row").count()).toBe(8);
  });
});
