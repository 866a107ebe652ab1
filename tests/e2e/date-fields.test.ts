// Date fields across the interface say the form a date is typed in, "dd/mm/yyyy", in Vietnamese
// and in English (set once for every picker, `src/web/lib/antd-locale.ts`), and a field the server
// requires is marked so before anything is sent: the chairman's conclusion needs its date and text.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seed004Schedule } from "../../src/domain/plans/report-periods.js";
import { saveSchedule } from "../../src/server/features/plans/plan-reports.service.js";
import { createPlan } from "../../src/server/features/plans/plans.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  hasChromium,
  signIn,
  startBrowserHarness,
} from "./support.js";

const shots = process.env.PEPI_SCREENSHOTS;

describe.skipIf(!hasChromium)("date fields and required marks", { timeout: 240_000 }, () => {
  let h: BrowserHarness;
  let planId: string;
  let coordinator: { username: string; password: string };

  beforeAll(async () => {
    h = await startBrowserHarness();
    await makeCycleProvince(h.db);
    coordinator = await makeUser(h.db, "coordinator");
    const ctx = systemContext("test");
    planId = await createPlan(
      h.db,
      {
        numberSymbol: "82/KH-UBND",
        issuedOn: "2024-03-20",
        issuer: "UBND tỉnh",
        title: "Kế hoạch nâng hạng Chỉ số PGI giai đoạn 2024-2025",
        periodFrom: 2024,
        periodTo: 2025,
        scope: "pgi",
        status: "issued",
      },
      ctx,
    );
    await saveSchedule(h.db, planId, { expectedRowVersion: 1, schedule: seed004Schedule }, ctx);
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("shows dd/mm/yyyy in a date field, and marks the conclusion's date and text as required", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, coordinator.username, coordinator.password);
    await page.goto(`/plans/${planId}`);

    await page.getByRole("button", { name: "Sửa kế hoạch" }).click();
    const form = page.getByRole("dialog");
    const issued = form.getByLabel("Ngày ban hành");
    expect(await issued.getAttribute("placeholder")).toBe("dd/mm/yyyy");
    if (shots) await page.screenshot({ path: `${shots}/date-plan-form-1440.png` });
    await form.getByRole("button", { name: "Hủy" }).click();
    await form.waitFor({ state: "hidden" });

    await page.getByTestId("synthesis-conclusion").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("conclusion-form").waitFor();
    expect(await dialog.getByTestId("conclusion-date").getAttribute("placeholder")).toBe("dd/mm/yyyy");
    // Marked before anything is sent, as the server refuses without them.
    expect(await dialog.locator("label.ant-form-item-required").allTextContents()).toEqual([
      "Ngày văn bản",
      "Nội dung kết luận, chỉ đạo",
    ]);
    await page.mouse.move(0, 0);
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    if (shots) await page.locator(".ant-modal").screenshot({ path: `${shots}/date-conclusion-1440.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    if (shots) await page.screenshot({ path: `${shots}/date-conclusion-390.png` });
  });

  it("says the same in English", async () => {
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password);
    await page.goto(`/plans/${planId}`);
    await page.getByTestId("language-switch").getByText("EN").click();
    await page.getByTestId("synthesis-conclusion").click();
    const date = page.getByRole("dialog").getByTestId("conclusion-date");
    await date.waitFor();
    expect(await date.getAttribute("placeholder")).toBe("dd/mm/yyyy");
  });
});
