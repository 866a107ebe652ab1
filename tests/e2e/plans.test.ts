import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "../../src/server/features/plans/plans.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  chooseOption,
  hasChromium,
  selectNamed,
  signIn,
  startBrowserHarness,
} from "./support.js";

describe.skipIf(!hasChromium)("an improvement plan in the browser", { timeout: 180_000 }, () => {
  let h: BrowserHarness;
  let planId: string;
  const people = {} as Record<"coordinator" | "industry", { username: string; password: string }>;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const { agencies } = await makeCycleProvince(h.db);
    people.coordinator = await makeUser(h.db, "coordinator");
    people.industry = await makeUser(h.db, "reporter", agencies.industry);
    planId = await createPlan(
      h.db,
      {
        numberSymbol: "82/KH-UBND",
        issuedOn: "2023-03-20",
        issuer: "UBND tỉnh",
        title: "Kế hoạch cải thiện, nâng hạng Chỉ số PGI giai đoạn 2023-2025",
        periodFrom: 2023,
        periodTo: 2025,
        scope: "pgi",
        status: "issued",
      },
      systemContext("test"),
    );
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("takes a target and a task from the coordinator, and shows the task to the agency that leads it", async () => {
    const page = await h.newPage();
    await signIn(page, people.coordinator.username, people.coordinator.password);
    await page.goto("/plans");
    await page.getByRole("link", { name: /Kế hoạch cải thiện, nâng hạng Chỉ số PGI/ }).click();
    await page.getByTestId("targets-table").waitFor();
    expect(await accessibilityViolations(page, "body")).toEqual([]);

    // A target without what measures it is refused on that field, in words.
    await page.getByTestId("target-add").click();
    await page.getByTestId("target-save").click();
    await page.getByText("Chỉ tiêu 1: chọn chỉ tiêu đo bằng gì").waitFor();

    await chooseOption(
      page,
      selectNamed(page, page.getByRole("dialog"), "Đo bằng"),
      "Chỉ tiêu riêng của kế hoạch",
    );
    const dialog = page.getByRole("dialog");
    await dialog
      .getByLabel("Tên chỉ tiêu")
      .fill("Tỷ lệ cụm công nghiệp có hệ thống xử lý nước thải tập trung");
    await dialog.getByLabel("Đơn vị tính").fill("%");
    await dialog.getByLabel("Càng cao càng tốt").check();
    await dialog.getByLabel("Giá trị năm gốc").fill("58,3");
    await page.getByTestId("target-year-2023").fill("62,9");
    await page.getByTestId("target-year-2025").fill("70");
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    await page.getByTestId("target-save").click();
    await dialog.waitFor({ state: "detached" });
    const row = page.getByTestId("targets-table").locator("tbody tr").first();
    await row.getByText("58,3% (2022)").waitFor();
    await row.getByText("Phấn đấu: 62,9%").waitFor();
    // Nothing reported yet is not a miss.
    expect(await row.getByText("Chưa có số liệu").count()).toBe(2);
    expect(await row.getByText("Không đạt").count()).toBe(0);

    // A section, then its first task: letter "a" proposed, led by Sở Công Thương.
    await page.getByTestId("section-add").click();
    await page.getByTestId("section-title").fill("Chỉ số thành phần 1: Giảm thiểu ô nhiễm môi trường");
    await page.getByTestId("section-save").click();
    await page.getByTestId("task-add-1").click();
    expect(await page.getByTestId("task-letter").inputValue()).toBe("a");
    await page
      .getByTestId("task-body")
      .fill("Hỗ trợ các cụm công nghiệp đầu tư hệ thống xử lý nước thải tập trung.");
    await chooseOption(
      page,
      selectNamed(page, page.getByRole("dialog"), "Cơ quan chủ trì"),
      "Sở Công Thương",
    );
    await chooseOption(
      page,
      selectNamed(page, page.getByRole("dialog"), "Phục vụ chỉ tiêu"),
      "Tỷ lệ cụm công nghiệp",
    );
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    await page.getByTestId("task-save").click();
    const section = page.getByTestId("section-1");
    await section.getByText("Chủ trì: Sở Công Thương · Thường xuyên").waitFor();
    await section
      .getByText("Chỉ tiêu: Tỷ lệ cụm công nghiệp có hệ thống xử lý nước thải tập trung")
      .waitFor();

    // The agency's reporter sees it among its own tasks, with the plan it comes from.
    const reporter = await h.newPage();
    await reporter.setViewportSize({ width: 390, height: 844 });
    await signIn(reporter, people.industry.username, people.industry.password, "/plans");
    const mine = reporter.getByTestId("agency-tasks");
    await mine.getByText("Hỗ trợ các cụm công nghiệp đầu tư hệ thống xử lý nước thải tập trung.").waitFor();
    await mine.getByText("Kế hoạch số 82/KH-UBND", { exact: false }).waitFor();
    expect(await reporter.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await accessibilityViolations(reporter, "body")).toEqual([]);
    // It reads the plan, and changes nothing in it.
    await reporter.goto(`/plans/${planId}`);
    await reporter.getByTestId("targets-table").waitFor();
    expect(await reporter.getByTestId("target-add").count()).toBe(0);
  });
});
