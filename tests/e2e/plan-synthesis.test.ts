// A period's synthesis in the browser: on the plan's page the coordinator reads how the period's
// reports stand, edits the wording and downloads the .docx, records the chairman's conclusions
// and gives a direction of it as a task of the plan; the leader reads it without editing; an
// agency's reporter does not see it. Each view passes axe, at a desktop and a phone's width.
import fs from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seed004Schedule } from "../../src/domain/plans/report-periods.js";
import * as contentRepo from "../../src/server/features/plans/plan-content.repo.js";
import { saveTargets, saveTasks } from "../../src/server/features/plans/plan-content.service.js";
import { runReportCommand, saveReport } from "../../src/server/features/plans/plan-report.service.js";
import * as reportsRepo from "../../src/server/features/plans/plan-reports.repo.js";
import { saveSchedule, setPeriodClosed } from "../../src/server/features/plans/plan-reports.service.js";
import { createPlan } from "../../src/server/features/plans/plans.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { makeCycleProvince } from "../support/cycle-factories.js";
import { docxText } from "../support/documents.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  chooseOption,
  eventually,
  hasChromium,
  nextDownload,
  signIn,
  startBrowserHarness,
} from "./support.js";

const ctx = systemContext("test");
const shots = process.env.PEPI_SCREENSHOTS;

describe.skipIf(!hasChromium)("a period's synthesis in the browser", { timeout: 240_000 }, () => {
  let h: BrowserHarness;
  let planId: string;
  const people = {} as Record<"coordinator" | "leader" | "industry", { username: string; password: string }>;

  beforeAll(async () => {
    h = await startBrowserHarness();
    const { agencies } = await makeCycleProvince(h.db, "Tỉnh Lâm Đồng");
    people.coordinator = await makeUser(h.db, "coordinator");
    people.leader = await makeUser(h.db, "leader");
    people.industry = await makeUser(h.db, "reporter", agencies.industry);
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
    await saveTargets(
      h.db,
      planId,
      {
        expectedRowVersion: 1,
        atRiskBelowPercent: 90,
        targets: [
          {
            measure: "own",
            name: "Tỷ lệ nước thải đô thị được thu gom, xử lý",
            unit: "%",
            direction: "up",
            baselineValue: 40,
            baselineYear: 2023,
            yearly: [{ year: 2024, value: 50 }],
          },
        ],
      },
      ctx,
    );
    const task = (letter: string, body: string, lead: string) => ({
      letter,
      body,
      leadAgencyIds: [lead],
      supportingAgencyIds: [],
      recurring: true,
      targetIds: [],
      measures: [],
    });
    await saveTasks(
      h.db,
      planId,
      {
        expectedRowVersion: 2,
        sections: [
          {
            number: "1",
            title: "Chỉ số thành phần 1",
            tasks: [
              task("a", "Kiểm tra các cụm công nghiệp", agencies.industry),
              task("b", "Quản lý chất thải y tế", agencies.health),
            ],
          },
        ],
      },
      ctx,
    );
    await saveSchedule(h.db, planId, { expectedRowVersion: 3, schedule: seed004Schedule }, ctx);
    const [period] = await reportsRepo.listPeriods(h.db, [planId]);
    const [first] = await contentRepo.listTasks(h.db, [planId]);
    const where = { planId, periodId: period!.id, agencyId: agencies.industry };
    await saveReport(
      h.db,
      where,
      {
        expectedRowVersion: 0,
        items: [{ taskId: first!.id, status: "delayed", progress: "Mới kiểm tra 3/8 cụm" }],
        figures: [],
        difficulties: "Thiếu cán bộ kiểm tra",
      },
      ctx,
    );
    await runReportCommand(h.db, where, "submit", { expectedRowVersion: 1 }, ctx);
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("lets the coordinator word it, download it, record the chairman's conclusions and give a task", async () => {
    const page = await h.newPage();
    await signIn(page, people.coordinator.username, people.coordinator.password);
    await page.goto(`/plans/${planId}`);
    const card = page.getByTestId("synthesis-card");
    await card.getByTestId("synthesis-summary").waitFor();
    // The last period already due is shown first, its name starting with a capital; the first half
    // of 2024 is chosen from the keyboard.
    expect(await card.getByTestId("synthesis-period").textContent()).toBe("Năm 2025");
    await eventually(async () => {
      const select = card.getByTestId("synthesis-period");
      if ((await select.textContent()) !== "6 tháng đầu năm 2024") {
        await card.getByRole("combobox", { name: "Kỳ báo cáo" }).focus();
        await page.keyboard.press("ArrowDown");
        await page
          .locator(".ant-select-dropdown:visible .ant-select-item-option")
          .filter({ hasText: "6 tháng đầu năm 2024" })
          .first()
          .click({ timeout: 3_000 })
          .catch(() => undefined);
      }
      return select.textContent();
    }).toBe("6 tháng đầu năm 2024");
    await eventually(() => card.getByTestId("synthesis-summary").textContent()).toBe(
      "Đã gửi báo cáo: 1/2 cơ quan; Sở đã chấp nhận: 0; chậm hoặc quá hạn: 2; chưa có báo cáo để tổng hợp: 1.",
    );
    expect(await accessibilityViolations(page, "[data-testid='synthesis-card']")).toEqual([]);
    if (shots) await card.screenshot({ path: `${shots}/synthesis-card-1440.png` });

    // The wording: the signer's name goes into the document.
    await card.getByTestId("synthesis-edit").click();
    const editor = page.getByTestId("synthesis-editor");
    await editor.waitFor();
    await page.getByTestId("draft-field-signerName").locator("input").fill("Nguyễn Văn An");
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    await page.getByTestId("draft-save").click();
    await page.getByTestId("draft-state").filter({ hasText: "lưu lúc" }).waitFor();
    await page.keyboard.press("Escape");
    await editor.waitFor({ state: "detached" });

    const download = nextDownload(page);
    await card.getByTestId("synthesis-download").click();
    const file = await (await download).path();
    const text = await docxText(fs.readFileSync(file));
    expect(text).toContain("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
    expect(text).toContain("Thiếu cán bộ kiểm tra");
    expect(text).toContain("Nguyễn Văn An");

    // The chairman's conclusions, then one direction given as a task.
    await card.getByTestId("synthesis-conclusion").click();
    const dialog = page.getByRole("dialog");
    // The form is in place before it is sent empty (a loaded machine may still be opening it).
    await page.getByTestId("conclusion-number").waitFor();
    await page.getByTestId("conclusion-save").click();
    await dialog.getByText("Nhập nội dung kết luận, chỉ đạo của Chủ tịch UBND tỉnh").waitFor();
    await page.getByTestId("conclusion-number").fill("45/TB-UBND");
    const date = page.getByTestId("conclusion-date");
    await date.click();
    await date.fill("20/07/2024");
    await date.press("Enter");
    await page
      .getByTestId("conclusion-text")
      .fill(
        "Chủ tịch UBND tỉnh kết luận:\n1. Sở Công Thương hoàn thành kiểm tra các cụm công nghiệp còn lại.\n2. Các địa phương theo dõi.\n3. Sở Y tế hoàn thành xử lý chất thải y tế trong quý III/2024.",
      );
    await page.getByTestId("conclusion-save").click();
    await page.getByTestId("directive-0").waitFor();
    expect(await page.getByTestId("directive-choose-0").isChecked()).toBe(true);
    expect(await page.getByTestId("directive-choose-1").isChecked()).toBe(false);
    expect(await page.getByTestId("directive-choose-2").isChecked()).toBe(true);
    expect(await page.getByTestId("directive-lead-0").textContent()).toContain("Sở Công Thương");
    // The deadline a direction writes is proposed; each chosen one says the place it will take.
    expect(await page.getByTestId("directive-deadline-2").inputValue()).toBe("30/09/2024");
    expect(await page.getByTestId("directive-place-0").textContent()).toBe(
      "sẽ là mục 2, điểm a của kế hoạch",
    );
    expect(await page.getByTestId("directive-place-2").textContent()).toBe(
      "sẽ là mục 2, điểm b của kế hoạch",
    );
    expect(await page.getByTestId("directive-place-1").count()).toBe(0);
    // Without a deadline the task is refused under its direction, named by that place.
    await page.getByTestId("directives-add").click();
    await page
      .getByTestId("directive-0")
      .getByText("Mục 2, điểm a: nhập thời hạn hoặc chọn “thường xuyên”")
      .waitFor();
    expect(await page.getByTestId("directive-2").getByRole("alert").count()).toBe(0);
    const deadline = page.getByTestId("directive-deadline-0");
    await deadline.click();
    await deadline.fill("31/12/2024");
    await deadline.press("Enter");
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    if (shots)
      await page.locator(".ant-modal").screenshot({ path: `${shots}/synthesis-conclusion-1440.png` });
    await page.getByTestId("directives-add").click();
    await page.getByTestId("conclusion-given").getByText("Sở Công Thương hoàn thành kiểm tra").waitFor();
    // The directions given are marked with their tasks and no longer offered; the other one still is.
    await eventually(() => page.getByTestId("directive-given-0").textContent()).toBe("Đã giao: nhiệm vụ 2.a");
    expect(await page.getByTestId("directive-given-2").textContent()).toBe("Đã giao: nhiệm vụ 2.b");
    expect(await page.getByTestId("directive-choose-0").count()).toBe(0);
    expect(await page.getByTestId("directive-choose-1").isChecked()).toBe(false);
    expect(await page.getByTestId("directives-add").isDisabled()).toBe(true);
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    if (shots) await page.locator(".ant-modal").screenshot({ path: `${shots}/synthesis-given-1440.png` });
    // Offered again only on purpose.
    await page.getByTestId("directive-again-0").click();
    expect(await page.getByTestId("directive-choose-0").isChecked()).toBe(false);
    await page.keyboard.press("Escape");
    // The plan's page shows the new section with its task.
    await page
      .getByText("Nhiệm vụ theo kết luận của Chủ tịch UBND tỉnh tại văn bản số 45/TB-UBND ngày 20/07/2024")
      .first()
      .waitFor();
    await eventually(() => card.getByTestId("synthesis-conclusion-state").textContent()).toContain(
      "Đã giao 2 nhiệm vụ tại mục 2",
    );

    // At a phone's width the card and the dialog still fit and pass axe.
    await page.setViewportSize({ width: 390, height: 844 });
    await card.scrollIntoViewIfNeeded();
    expect(await accessibilityViolations(page, "[data-testid='synthesis-card']")).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (shots) await card.screenshot({ path: `${shots}/synthesis-card-390.png` });
    await card.getByTestId("synthesis-conclusion").click();
    await page.getByTestId("directive-0").waitFor();
    // Opened again, the directions given are still marked from what the plan holds.
    expect(await page.getByTestId("directive-given-0").textContent()).toBe("Đã giao: nhiệm vụ 2.a");
    expect(await page.getByTestId("directive-given-2").textContent()).toBe("Đã giao: nhiệm vụ 2.b");
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    if (shots) {
      await page.screenshot({ path: `${shots}/synthesis-conclusion-390.png`, fullPage: false });
      await page.getByTestId("directives").screenshot({ path: `${shots}/synthesis-directives-390.png` });
    }
  });

  it("is read by the leader without editing, and not shown to an agency's reporter", async () => {
    const leader = await h.newPage();
    await signIn(leader, people.leader.username, people.leader.password);
    await leader.goto(`/plans/${planId}`);
    const card = leader.getByTestId("synthesis-card");
    await card.getByTestId("synthesis-download").waitFor();
    expect(await card.getByTestId("synthesis-edit").count()).toBe(0);
    // A period without conclusions offers nothing to open; the one with them shows them, read only.
    expect(await card.getByTestId("synthesis-conclusion").count()).toBe(0);
    await chooseOption(leader, card.getByTestId("synthesis-period"), "6 tháng đầu năm 2024");
    await card.getByTestId("synthesis-conclusion").click();
    await leader.getByTestId("conclusion-given").waitFor();
    expect(await leader.getByTestId("conclusion-save").count()).toBe(0);
    expect(await leader.getByTestId("directives").count()).toBe(0);

    const reporter = await h.newPage();
    await signIn(reporter, people.industry.username, people.industry.password);
    await reporter.goto(`/plans/${planId}`);
    await reporter.getByTestId("targets-table").waitFor();
    expect(await reporter.getByTestId("synthesis-card").count()).toBe(0);
  });

  it("shows a closed period's wording read only, with why, the conclusions still recorded", async () => {
    // The period shown first, the year 2025, closed by the department.
    const last = (await reportsRepo.listPeriods(h.db, [planId])).at(-1)!;
    await setPeriodClosed(h.db, planId, last.id, true, ctx);
    const page = await h.newPage();
    await signIn(page, people.coordinator.username, people.coordinator.password);
    await page.goto(`/plans/${planId}`);
    const card = page.getByTestId("synthesis-card");
    expect(await card.getByTestId("synthesis-period").textContent()).toBe("Năm 2025");
    await eventually(() => card.getByTestId("synthesis-closed").textContent()).toContain(
      "Kỳ báo cáo đã khóa ngày",
    );
    expect(await card.getByTestId("synthesis-edit").textContent()).toBe("Xem lời văn");
    expect(await accessibilityViolations(page, "[data-testid='synthesis-card']")).toEqual([]);
    await card.getByTestId("synthesis-edit").click();
    await page.getByTestId("synthesis-closed-editor").waitFor();
    expect(await page.getByTestId("draft-field-signerName").locator("input").isDisabled()).toBe(true);
    expect(await page.getByTestId("draft-save").count()).toBe(0);
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    if (shots) await page.locator(".ant-modal").screenshot({ path: `${shots}/synthesis-closed-1440.png` });
    await page.keyboard.press("Escape");
    await page.getByTestId("synthesis-editor").waitFor({ state: "detached" });

    // The chairman's conclusions are still recorded; a notice without its number is named by its date.
    await card.getByTestId("synthesis-conclusion").click();
    const date = page.getByTestId("conclusion-date");
    await date.click();
    await date.fill("05/01/2026");
    await date.press("Enter");
    await page
      .getByTestId("conclusion-text")
      .fill("Giao Sở Công Thương tiếp tục kiểm tra các cụm công nghiệp.");
    await page.getByTestId("conclusion-save").click();
    await page.getByTestId("directive-0").waitFor();
    await page.keyboard.press("Escape");
    await eventually(() => card.getByTestId("synthesis-conclusion-state").textContent()).toBe(
      "Kết luận của Chủ tịch UBND tỉnh tại văn bản ngày 05/01/2026 (văn bản chưa có số).",
    );
    if (shots) await card.screenshot({ path: `${shots}/synthesis-closed-card-1440.png` });
    await setPeriodClosed(h.db, planId, last.id, false, ctx);
  });
});
