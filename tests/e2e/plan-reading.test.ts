// A plan read from its text in the browser: the coordinator pastes seed 004 (Bắc Giang's PGI plan
// 2023–2025), sees its four sections and the agencies of part III matched to the province's (a
// merged department to the one that took it over), gives the department not found to the
// agency that now does its work, chooses a lead for the task part III gives to nobody, keeps
// two of the yearly figures as targets, confirms replacing the plan's task and saves; the plan's
// page shows the tasks. The page passes axe and is usable on a phone.
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

describe.skipIf(!hasChromium)("reading an issued plan in the browser", { timeout: 240_000 }, () => {
  let h: BrowserHarness;
  let planId: string;
  let agencies: Awaited<ReturnType<typeof makeCycleProvince>>["agencies"];
  let coordinator: { username: string; password: string };
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
    for (const name of ["Công an tỉnh", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo"])
      await add(name);
    // Merged in 2025: their tasks go to the department that took them over.
    for (const [name, successor] of [
      ["Sở Kế hoạch và Đầu tư", agencies.finance],
      ["Sở Giao thông vận tải", agencies.construction],
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
        title: "Kế hoạch cải thiện, nâng hạng Chỉ số PGI giai đoạn 2023-2025",
        periodFrom: 2023,
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
      .toBe("Đã đọc 4 mục, 31 nhiệm vụ; 16 cơ quan ở phần III; 3 chỉ tiêu theo năm.");
    expect(await page.getByTestId("read-section").count()).toBe(4);
    expect(await page.getByTestId("read-task").count()).toBe(31);
    await expect
      .poll(() => page.getByTestId("read-section").nth(1).getByRole("heading").textContent())
      .toBe("Mục 2");

    // Matched by name, a merged department to its successor; the one not found is said.
    const agencyRow = (name: string) => page.getByTestId("read-agency").filter({ hasText: name }).first();
    expect(await agencyRow("Sở Công Thương").locator(".ant-select").textContent()).toContain(
      "Sở Công Thương",
    );
    expect(await agencyRow("Sở Kế hoạch và Đầu tư").locator(".ant-select").textContent()).toContain(
      "Sở Tài chính",
    );
    await agencyRow("Sở Kế hoạch và Đầu tư")
      .getByText("Đã sáp nhập: các nhiệm vụ được giao cho Sở Tài chính.")
      .waitFor();
    expect(await page.getByTestId("read-agency-unmatched").allTextContents()).toEqual([
      "Không tìm thấy “Sở Tài nguyên và Môi trường” trong danh sách cơ quan: chọn cơ quan nhận các nhiệm vụ của tên này.",
    ]);
    const issues = () => page.getByTestId("read-issues").locator("li").allTextContents();
    expect(await issues()).toEqual(
      expect.arrayContaining([
        "Mục 1, điểm a: chọn cơ quan chủ trì.",
        "Mục 2, điểm a: chọn cơ quan chủ trì.",
        "Chỉ tiêu 1: nhập năm gốc.",
      ]),
    );
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

    await chooseOption(
      page,
      selectNamed(page, page, "Cơ quan trong PEPI Hub cho “Sở Tài nguyên và Môi trường”"),
      "Sở Nông nghiệp và Môi trường",
    );
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
    await target(0).getByLabel("Năm gốc", { exact: true }).fill("2022");
    await target(1).getByLabel("Năm gốc", { exact: true }).fill("2022");
    await target(2).getByLabel("Giữ chỉ tiêu này").uncheck();
    await expect.poll(() => page.getByTestId("read-issues").count()).toBe(0);

    await page.getByTestId("read-save").click();
    const confirm = page.getByRole("dialog").filter({ hasText: "Thay các nhiệm vụ hiện có của kế hoạch?" });
    await confirm
      .getByText("1 nhiệm vụ trong 1 mục hiện có sẽ được thay bằng 31 nhiệm vụ trong 4 mục vừa đọc.", {
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

    if (shots) await page.screenshot({ path: `${shots}/1440-plan-after-save.png` });

    const sections = await h.db.select().from(planSections).where(eq(planSections.planId, planId));
    const tasks = await h.db.select().from(planTasks).where(eq(planTasks.planId, planId));
    expect(sections.map((s) => s.number).sort()).toEqual(["1", "2", "3", "4"]);
    expect(tasks).toHaveLength(31);
    const firstA = tasks.find(
      (t) => t.letter === "a" && t.sectionId === sections.find((s) => s.number === "1")!.id,
    )!;
    const onFirstA = await h.db.select().from(planTaskAgencies).where(eq(planTaskAgencies.taskId, firstA.id));
    expect(onFirstA.map((a) => [a.agencyId, a.role])).toEqual([[agencies.environment, "lead"]]);
    // The task that wrote the kept target serves it.
    const d = tasks.find((t) => t.letter === "d" && t.sectionId === firstA.sectionId)!;
    expect(d.targetIds).toHaveLength(1);
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
      .toBe("Đã đọc 4 mục, 31 nhiệm vụ; 16 cơ quan ở phần III; 3 chỉ tiêu theo năm.");
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
