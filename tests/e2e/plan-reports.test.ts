import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PlanDetail } from "../../src/contracts/plan-content.js";
import { getPlanDetail, saveTasks } from "../../src/server/features/plans/plan-content.service.js";
import { createPlan } from "../../src/server/features/plans/plans.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  chooseOption,
  eventually,
  hasChromium,
  signIn,
  startBrowserHarness,
} from "./support.js";

const ctx = systemContext("test");

describe.skipIf(!hasChromium)("a plan's progress reports in the browser", { timeout: 180_000 }, () => {
  let h: BrowserHarness;
  let planId: string;
  let industryId: string;
  const people = {} as Record<"coordinator" | "industry" | "leader", { username: string; password: string }>;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const { agencies } = await makeCycleProvince(h.db);
    people.coordinator = await makeUser(h.db, "coordinator");
    people.industry = await makeUser(h.db, "reporter", agencies.industry);
    people.leader = await makeUser(h.db, "leader");
    industryId = agencies.industry;
    planId = await createPlan(
      h.db,
      {
        numberSymbol: "82/KH-UBND",
        issuedOn: "2024-03-20",
        issuer: "UBND tỉnh",
        title: "Kế hoạch cải thiện, nâng hạng Chỉ số PGI giai đoạn 2024-2025",
        periodFrom: 2024,
        periodTo: 2025,
        scope: "pgi",
        status: "issued",
      },
      ctx,
    );
    const plan: PlanDetail = await getPlanDetail(
      h.db,
      planId,
      { userId: "x", role: "coordinator", agencyId: null },
      1,
    );
    await saveTasks(
      h.db,
      planId,
      {
        expectedRowVersion: plan.rowVersion,
        sections: [
          {
            number: "1",
            title: "Chỉ số thành phần 1",
            tasks: [
              {
                letter: "a",
                body: "Kiểm tra việc xử lý nước thải của các cụm công nghiệp.",
                leadAgencyIds: [agencies.industry],
                supportingAgencyIds: [],
                recurring: true,
                targetIds: [],
                measures: [],
              },
            ],
          },
        ],
      },
      ctx,
    );
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("goes from the schedule to an agency's report, returned once and accepted", async () => {
    const coordinator = await h.newPage();
    await signIn(coordinator, people.coordinator.username, people.coordinator.password, `/plans/${planId}`);
    const card = coordinator.getByTestId("reports-card");
    await card.getByTestId("schedule-none").waitFor();
    await coordinator.getByTestId("schedule-edit").click();
    // The seed plan's days are proposed; a day that is not one is refused in the box.
    const dialog = coordinator.getByRole("dialog");
    await dialog.getByLabel("Hạn cơ quan gửi (ngày/tháng)").first().fill("35/7");
    await dialog.getByText("Nhập ngày/tháng, ví dụ 05/7").waitFor();
    await dialog.getByLabel("Hạn cơ quan gửi (ngày/tháng)").first().fill("05/7");
    expect(await accessibilityViolations(coordinator, ".ant-modal")).toEqual([]);
    await coordinator.getByTestId("schedule-save").click();
    await dialog.waitFor({ state: "detached" });
    await card
      .getByText("Báo cáo 6 tháng: cơ quan gửi chậm nhất ngày 05/7, Sở tổng hợp chậm nhất ngày 10/7.")
      .waitFor();
    await card.getByText("6 tháng đầu năm 2024", { exact: true }).waitFor();
    expect(await accessibilityViolations(coordinator, "body")).toEqual([]);

    // The agency's reporter, on a phone, opens its report from the plan's page.
    const reporter = await h.newPage();
    await reporter.setViewportSize({ width: 390, height: 844 });
    await signIn(reporter, people.industry.username, people.industry.password, `/plans/${planId}`);
    await reporter.getByTestId("reports-card").locator("a", { hasText: "Sở Công Thương" }).first().click();
    await reporter.getByTestId("report-item-1.a").waitFor();
    expect(await accessibilityViolations(reporter, "body")).toEqual([]);
    expect(await reporter.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Sent without saying how the task stands: refused, naming the task.
    await reporter.getByTestId("report-submit").click();
    await reporter.getByRole("dialog").getByRole("button", { name: "Gửi Sở" }).click();
    await reporter
      .getByTestId("report-problems")
      .getByText("Nhiệm vụ 1.a: chưa chọn tình hình thực hiện")
      .waitFor();

    await chooseOption(reporter, reporter.getByTestId("status-1.a"), "Đang thực hiện");
    await reporter.getByTestId("progress-1.a").fill("Đã kiểm tra 5/8 cụm công nghiệp.");
    await reporter.getByLabel("Khó khăn, vướng mắc").fill("Thiếu kinh phí quan trắc.");
    await reporter.getByTestId("report-save").click();
    await reporter.getByText("Đã lưu báo cáo").waitFor();
    await reporter.getByTestId("report-submit").click();
    await reporter.getByRole("dialog").getByRole("button", { name: "Gửi Sở" }).click();
    await eventually(() => reporter.getByTestId("report-status").textContent()).toBe("Đã gửi");

    // The coordinator returns it with a reason.
    await coordinator.reload();
    const link = coordinator.getByTestId("reports-card").locator("a", { hasText: "Sở Công Thương" }).first();
    await link.click();
    await coordinator.getByTestId("report-return").click();
    await coordinator.getByTestId("return-reason").fill("Nêu rõ số cụm công nghiệp chưa đạt.");
    await coordinator.getByTestId("return-confirm").click();
    await eventually(() => coordinator.getByTestId("report-status").textContent()).toBe("Bị trả lại");

    // The reporter reads why, corrects and sends again; the coordinator accepts.
    await reporter.reload();
    await reporter
      .getByTestId("report-returned")
      .getByText("Nêu rõ số cụm công nghiệp chưa đạt.", { exact: false })
      .waitFor();
    // Typed with a trailing space, which the server trims: once saved, it can still be sent.
    await reporter.getByTestId("progress-1.a").fill("Đã kiểm tra 5/8 cụm; 2 cụm chưa đạt. ");
    await reporter.getByTestId("report-save").click();
    await eventually(() => reporter.getByTestId("report-submit").isEnabled()).toBe(true);
    await reporter.getByTestId("report-submit").click();
    await reporter.getByRole("dialog").getByRole("button", { name: "Gửi Sở" }).click();
    await eventually(() => reporter.getByTestId("report-status").textContent()).toBe("Đã gửi");
    await coordinator.reload();
    await coordinator.getByTestId("report-accept").click();
    await eventually(() => coordinator.getByTestId("report-status").textContent()).toBe("Đã chấp nhận");
    expect(await accessibilityViolations(coordinator, "body")).toEqual([]);

    // The leader sees on the home page who has not reported in the period now due.
    const leader = await h.newPage();
    await signIn(leader, people.leader.username, people.leader.password, "/");
    const health = leader.getByTestId(`health-${planId}`);
    await health
      .getByText("Kỳ báo cáo năm 2025 (hạn 10/12/2025): 1/1 cơ quan chưa gửi báo cáo: Sở Công Thương.")
      .waitFor();
    expect(await accessibilityViolations(leader, "[data-testid=plans-health]")).toEqual([]);
    // The agency's page shows how its reports arrived.
    await leader.goto(`/agencies/${industryId}`);
    const history = leader.getByTestId("agency-reports");
    await history.getByText("6 tháng đầu năm 2024").waitFor();
    await history.getByText("Đã chấp nhận").waitFor();
    expect(await accessibilityViolations(leader, "body")).toEqual([]);
  });
});
