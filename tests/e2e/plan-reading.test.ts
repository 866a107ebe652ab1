// A plan read from its text in the browser: the coordinator pastes seed 004 (Bắc Giang's PGI plan
// 2023–2025) into a plan of 2024–2025, sees its four sections and the agencies of part III matched
// to the province's (a merged department to the one that took it over, a department the 2025
// reorganisation ended proposed its successor: taken by itself where the reference notes confirm
// it, at the coordinator's word otherwise), part III's own duties as sections of their own, leaves
// out those of bodies the province does not have, chooses a lead for the task part III gives to
// nobody, keeps part I's objectives measured by the PGI and the yearly figures (2023, before the
// plan, taken as where they start), confirms replacing the plan's task and saves; the plan's page
// shows the tasks. The page passes axe and is usable on a phone.
import fs from "node:fs";
import { Document, Packer, Paragraph } from "docx";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { planSections, planTaskAgencies, planTasks } from "../../src/server/db/schema.js";
import { createAgency, updateAgency } from "../../src/server/features/agencies/agencies.service.js";
import { saveTasks } from "../../src/server/features/plans/plan-content.service.js";
import { findPlan } from "../../src/server/features/plans/plans.repo.js";
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
  selectNamed,
  signIn,
  startBrowserHarness,
} from "./support.js";

const seed = fs.readFileSync(
  new URL("../fixtures/ke-hoach-pgi-bac-giang-2023-2025.txt", import.meta.url),
  "utf8",
);
const shots = process.env.SCREENSHOT_DIR;
const summary = "Đã đọc 4 mục, 31 nhiệm vụ; 16 cơ quan ở phần III với 22 nhiệm vụ riêng; 10 chỉ tiêu.";

describe.skipIf(!hasChromium)("reading an issued plan in the browser", { timeout: 240_000 }, () => {
  let h: BrowserHarness;
  let planId: string;
  let agencies: Awaited<ReturnType<typeof makeCycleProvince>>["agencies"];
  let coordinator: { username: string; password: string };
  let science: string;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const ctx = systemContext("test");
    const province = await makeCycleProvince(h.db);
    agencies = province.agencies;
    const add = (name: string) =>
      createAgency(
        h.db,
        {
          code: `PR-${Math.random().toString(16).slice(2, 8)}`,
          name,
          kind: "department",
          orgUnitId: province.provinceId,
          hasHeadSignOff: false,
        },
        ctx,
      );
    await add("Công an tỉnh");
    await add("Sở Giáo dục và Đào tạo");
    science = await add("Sở Khoa học và Công nghệ");
    // Recorded as merged in 2025: their tasks go to the department that took them over. Sở Giao
    // thông vận tải and Sở Tài nguyên và Môi trường the province never had: proposed.
    for (const [name, successor] of [
      ["Sở Kế hoạch và Đầu tư", agencies.finance],
      ["Sở Nông nghiệp và Phát triển nông thôn", agencies.environment],
    ] as const)
      await updateAgency(h.db, await add(name), { successorAgencyId: successor, active: false }, ctx);
    coordinator = await makeUser(h.db, "coordinator");
    planId = await createPlan(
      h.db,
      {
        numberSymbol: "82/KH-UBND",
        issuedOn: "2023-03-20",
        issuer: "UBND tỉnh Bắc Giang",
        title: "Kế hoạch cải thiện, nâng hạng Chỉ số PGI giai đoạn 2024-2025",
        periodFrom: 2024,
        periodTo: 2025,
        scope: "pgi",
        status: "issued",
      },
      ctx,
    );
    // A task typed in before the text was read: replaced, after the coordinator confirms.
    await saveTasks(
      h.db,
      planId,
      {
        expectedRowVersion: (await findPlan(h.db, planId))!.rowVersion,
        sections: [
          {
            number: "1",
            title: "Nhiệm vụ tạm",
            tasks: [
              {
                letter: "a",
                body: "Việc ghi tạm trước khi có văn bản.",
                leadAgencyIds: [agencies.health],
                supportingAgencyIds: [],
                recurring: true,
                deadline: null,
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

  it("takes the pasted text to a draft, corrected and saved into the plan", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, coordinator.username, coordinator.password);
    await page.goto(`/plans/${planId}`);
    await page.getByTestId("plan-read-open").click();
    await page.waitForURL(`**/plans/${planId}/read`);
    await page.getByRole("heading", { name: "Đọc từ văn bản kế hoạch" }).waitFor();
    expect(await accessibilityViolations(page, "body")).toEqual([]);

    // Nothing pasted yet: said on the box, nothing read.
    await page.getByTestId("read-start").click();
    await page.getByText("Hãy dán nội dung văn bản kế hoạch vào ô trên.").waitFor();

    await page.getByLabel("Nội dung văn bản kế hoạch").fill(seed);
    await page.getByTestId("read-start").click();
    await expect
      .poll(() => page.getByTestId("read-summary").textContent(), { timeout: 30_000 })
      .toBe(summary);
    // Part II's four sections, then the duties part III gives thirteen agencies themselves.
    expect(await page.getByTestId("read-section").count()).toBe(17);
    expect(await page.getByTestId("read-task").count()).toBe(53);
    await expect
      .poll(() => page.getByTestId("read-section").nth(1).getByRole("heading").textContent())
      .toBe("Mục 2");

    // Matched by name, a merged department to its successor; the one not found is said.
    // The box of the name as part III writes it (another box may show it as its successor).
    const agencyRow = (name: string) =>
      page
        .getByTestId("read-agency")
        .filter({ has: page.locator("strong").getByText(name, { exact: true }) });
    expect(await agencyRow("Sở Công Thương").locator(".ant-select").textContent()).toContain(
      "Sở Công Thương",
    );
    expect(await agencyRow("Sở Kế hoạch và Đầu tư").locator(".ant-select").textContent()).toContain(
      "Sở Tài chính",
    );
    await agencyRow("Sở Kế hoạch và Đầu tư")
      .getByText("Đã sáp nhập: các nhiệm vụ được giao cho Sở Tài chính.")
      .waitFor();
    // Ended in 2025 and not in the installation: its successor proposed, taken by itself only
    // where the reference notes confirm the step.
    const environment = agencyRow("Sở Tài nguyên và Môi trường");
    await environment.getByText("Đề xuất: Sở Nông nghiệp và Môi trường (sáp nhập năm 2025)").waitFor();
    expect(await environment.locator(".ant-select").textContent()).toContain("Sở Nông nghiệp và Môi trường");
    const transport = agencyRow("Sở Giao thông vận tải");
    await transport.getByText("Đề xuất: Sở Xây dựng (sáp nhập năm 2025)").waitFor();
    await transport.getByText("Chưa có văn bản xác nhận trong PEPI Hub: kiểm tra trước khi giao.").waitFor();
    expect(await transport.locator(".ant-select").textContent()).toContain("Chưa chọn (không giao)");
    await agencyRow("Sở Thông tin và Truyền thông, Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh")
      .getByText("Đề xuất: Sở Khoa học và Công nghệ (sáp nhập năm 2025)")
      .waitFor();
    // A body that is no department is matched only when the province has it.
    expect(await page.getByTestId("read-agency-unmatched").allTextContents()).toEqual([
      "Không tìm thấy “Các sở, cơ quan khác có liên quan” trong danh sách cơ quan: chọn cơ quan nhận các nhiệm vụ của tên này.",
      "Không tìm thấy “Ủy ban MTTQ Việt Nam tỉnh Bắc Giang, các tổ chức chính trị-xã hội, các cơ quan truyền thông báo chí” trong danh sách cơ quan: chọn cơ quan nhận các nhiệm vụ của tên này.",
      "Không tìm thấy “Hiệp Hội doanh nghiệp tỉnh Bắc Giang” trong danh sách cơ quan: chọn cơ quan nhận các nhiệm vụ của tên này.",
      "Không tìm thấy “UBND các huyện, thành phố” trong danh sách cơ quan: chọn cơ quan nhận các nhiệm vụ của tên này.",
    ]);
    // What part III gives an agency itself is a task it leads.
    await agencyRow("Sở Tài chính").getByText("Nhiệm vụ riêng: 1 (thành mục III.5).").waitFor();
    const issues = () => page.getByTestId("read-issues").locator("li").allTextContents();
    expect(await issues()).toEqual(
      expect.arrayContaining([
        "Mục 1, điểm h: chọn cơ quan chủ trì.",
        "Mục 2, điểm a: chọn cơ quan chủ trì.",
        "Mục III.16, điểm a: chọn cơ quan chủ trì.",
      ]),
    );
    expect(await issues()).not.toContain("Mục 1, điểm a: chọn cơ quan chủ trì.");
    // The yearly figures of 2023, before the plan, are where they start; nothing to correct there.
    expect((await issues()).filter((line) => line.startsWith("Chỉ tiêu"))).toEqual([]);
    // Judged at rest: the pointer left on the button just pressed would show its hover colour.
    await page.mouse.move(0, 0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots)
      for (const part of ["read-summary", "read-agencies", "read-sections", "read-targets", "read-save"]) {
        await page.getByTestId(part).first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/1440-${part}.png` });
      }

    // Saving with something to correct goes to the list, and saves nothing.
    await page.getByTestId("read-save").click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.contains(document.querySelector("[data-testid=read-issues]")),
        ),
      )
      .toBe(true);

    // The proposals not confirmed, taken at the coordinator's word.
    await page.getByRole("button", { name: "Giao theo 2 đề xuất sáp nhập năm 2025" }).click();
    await eventually(() => transport.locator(".ant-select").textContent()).toContain("Sở Xây dựng");
    expect(await issues()).not.toContain("Mục 1, điểm h: chọn cơ quan chủ trì.");
    // Bodies the province does not have: their duties left out.
    for (const n of ["13", "14", "15", "16"])
      await page.getByRole("button", { name: `Bỏ mục III.${n}` }).click();
    // Each thing to correct takes the reader to its field.
    await page
      .getByTestId("read-issues")
      .getByRole("button", { name: "Mục 2, điểm a: chọn cơ quan chủ trì." })
      .focus();
    await page.keyboard.press("Enter");
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Cơ quan chủ trì điểm a mục 2",
    );
    await chooseOption(page, selectNamed(page, page, "Cơ quan chủ trì điểm a mục 2"), "Sở Xây dựng");
    const target = (n: number) => page.getByTestId("read-target").nth(n);
    // Part I: measured by the PGI sub-index, from where the text says it stood, aimed at by 2025.
    expect(await target(1).getByTestId("read-target-measure").textContent()).toBe(
      "Đo bằng: Điểm chỉ số thành phần 1 PGI: Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của biến đổi khí hậu (điểm)",
    );
    expect(await target(1).getByLabel("Năm gốc", { exact: true }).inputValue()).toBe("2022");
    expect(await target(1).getByLabel("Giá trị năm gốc").inputValue()).toBe("3,45");
    expect(await target(1).getByLabel("Năm 2025").inputValue()).toBe("3,95");
    // Part II: 2023 is before the plan, so it is where the target starts.
    expect(await target(7).getByLabel("Năm gốc", { exact: true }).inputValue()).toBe("2023");
    expect(await target(7).getByLabel("Giá trị năm gốc").inputValue()).toBe("62,9");
    expect(await target(7).getByTestId("read-target-notes").textContent()).toBe(
      "Năm 2023 trước thời kỳ của kế hoạch (2024–2025): giá trị 62,9 được lấy làm năm gốc.",
    );
    await target(9).getByLabel("Giữ chỉ tiêu này").uncheck();
    await expect.poll(() => page.getByTestId("read-issues").count()).toBe(0);

    await page.getByTestId("read-save").click();
    const confirm = page.getByRole("dialog").filter({ hasText: "Thay các nhiệm vụ hiện có của kế hoạch?" });
    await confirm
      .getByText("1 nhiệm vụ trong 1 mục hiện có sẽ được thay bằng 45 nhiệm vụ trong 13 mục vừa đọc.", {
        exact: false,
      })
      .waitFor();
    await confirm.getByRole("button", { name: "Thay và lưu" }).click();

    await page.waitForURL(`**/plans/${planId}`);
    // The plan's page, once it has replaced the reading page.
    await page.getByTestId("targets-table").waitFor();
    await eventually(() => page.getByTestId("read-start").count()).toBe(0);
    for (const n of ["1", "2", "3", "4"]) await page.getByTestId(`section-${n}`).waitFor();
    expect(await page.getByTestId("section-4").locator("li").count()).toBe(7);
    await page
      .getByText("Nâng cao chất lượng công tác thẩm định, đáp ứng khả năng tiêu thoát nước", { exact: false })
      .waitFor();
    expect(await page.getByText("Việc ghi tạm trước khi có văn bản.").count()).toBe(0);
    await page
      .getByTestId("targets-table")
      .getByText("Tỷ lệ các cụm công nghiệp đang hoạt động", { exact: false })
      .waitFor();
    await page
      .getByTestId("targets-table")
      .getByText("Hạng chỉ số thành phần 3 PGI", { exact: false })
      .waitFor();

    if (shots) await page.screenshot({ path: `${shots}/1440-plan-after-save.png` });

    const sections = await h.db.select().from(planSections).where(eq(planSections.planId, planId));
    const tasks = await h.db.select().from(planTasks).where(eq(planTasks.planId, planId));
    expect(sections.map((s) => s.number)).toEqual(
      expect.arrayContaining(["1", "2", "3", "4", "III.1", "III.5", "III.12"]),
    );
    expect(sections).toHaveLength(13);
    expect(tasks).toHaveLength(45);
    const firstA = tasks.find(
      (t) => t.letter === "a" && t.sectionId === sections.find((s) => s.number === "1")!.id,
    )!;
    const onFirstA = await h.db.select().from(planTaskAgencies).where(eq(planTaskAgencies.taskId, firstA.id));
    expect(onFirstA.map((a) => [a.agencyId, a.role])).toEqual([[agencies.environment, "lead"]]);
    // The task that wrote the kept target serves it.
    const d = tasks.find((t) => t.letter === "d" && t.sectionId === firstA.sectionId)!;
    expect(d.targetIds).toHaveLength(1);
    // Sở Tài chính's own duty, led by it; the information department's, by the one proposed.
    const ownOf = async (number: string) => {
      const task = tasks.find((t) => t.sectionId === sections.find((s) => s.number === number)!.id)!;
      return (await h.db.select().from(planTaskAgencies).where(eq(planTaskAgencies.taskId, task.id))).map(
        (a) => [a.agencyId, a.role],
      );
    };
    expect(await ownOf("III.5")).toEqual([[agencies.finance, "lead"]]);
    expect(await ownOf("III.12")).toEqual([[science, "lead"]]);
  });

  it("reads the plan's Word file as its text, and says why another file cannot be read", async () => {
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password);
    await page.goto(`/plans/${planId}/read`);
    await page.getByRole("tab", { name: "Chọn tệp Word (.docx)" }).click();
    const input = page.getByRole("tabpanel").locator("input[type=file]");
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: seed.split(/\r?\n/).map((line) => new Paragraph(line)) }] }),
    );
    // A PDF given the name of a Word file: the server reads its content and says what to do.
    await input.setInputFiles({
      name: "82-KH-UBND.docx",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
    });
    await page.getByTestId("read-start").click();
    await eventually(() => page.getByTestId("read-error").textContent()).toContain(
      "Không đọc được tệp “82-KH-UBND.docx”: tên tệp có đuôi .docx nhưng nội dung là tài liệu PDF.",
    );
    await input.setInputFiles({
      name: "82-KH-UBND.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: docx,
    });
    await page.getByTestId("read-start").click();
    await expect
      .poll(() => page.getByTestId("read-summary").textContent(), { timeout: 30_000 })
      .toBe(summary);
    expect(await page.getByTestId("read-error").count()).toBe(0);
    await page.mouse.move(0, 0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
  });

  it("is usable on a phone", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, coordinator.username, coordinator.password);
    await page.goto(`/plans/${planId}/read`);
    await page.getByLabel("Nội dung văn bản kế hoạch").fill(seed);
    await page.getByTestId("read-start").click();
    await page.getByTestId("read-summary").waitFor({ timeout: 30_000 });
    // Nothing wider than the screen: no sideways scrolling to reach a field.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const body = page.getByTestId("read-task").first().getByRole("textbox").nth(1);
    const box = await body.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    await page.mouse.move(0, 0); // a phone has no pointer resting on the button just pressed
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) {
      await page.screenshot({ path: `${shots}/read-390-top.png` });
      await page.getByTestId("read-agencies").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/read-390-agencies.png` });
      await page.getByTestId("read-task").first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/read-390-task.png` });
      await page.getByTestId("read-target").first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/read-390-target.png` });
    }
  });
});
