// An agency attaches an evidence document to an indicator on its form (a wrong file is refused
// in Vietnamese), and the coordinator accepts it once the figures are sent.
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { samplePdf, samplePng } from "../../src/domain/files/samples.test-support.js";
import { submissions } from "../../src/server/db/schema.js";
import { makeAssignedCycle } from "../support/cycle-factories.js";
import { makeAgency, makeProvince, makeUser } from "../support/factories.js";
import { type BrowserHarness, eventually, hasChromium, signIn, startBrowserHarness } from "./support.js";

describe.skipIf(!hasChromium)("evidence documents", { timeout: 120_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("are attached by the agency and accepted by the coordinator", async () => {
    const province = await makeProvince(h.db);
    const agency = await makeAgency(h.db, { orgUnitId: province, name: "Sở Xây dựng thử" });
    const cycleId = await makeAssignedCycle(h.db, province, { [agency]: ["public_transport_vehicles"] });
    const reporter = await makeUser(h.db, "reporter", agency);
    const formPath = `/cycles/${cycleId}/agencies/${agency}`;

    const page = await h.newPage();
    await signIn(page, reporter.username, reporter.password, formPath);
    const panel = page.getByTestId("evidence-panel-07");
    await panel.getByTestId("evidence-upload").click();
    const dialog = page.getByRole("dialog");
    const input = dialog.locator('input[type="file"]');

    // Content that is not what the name says: the server's reason, in Vietnamese.
    await input.setInputFiles({ name: "anh chup.pdf", mimeType: "application/pdf", buffer: samplePng() });
    await page.getByTestId("evidence-upload-submit").click();
    await dialog.getByText("tên tệp có đuôi .pdf nhưng nội dung là ảnh PNG", { exact: false }).waitFor();

    await input.setInputFiles({
      name: "Danh sách xe buýt.pdf",
      mimeType: "application/pdf",
      buffer: samplePdf(),
    });
    await page.getByTestId("evidence-doc-number").fill("15/BC-SXD");
    await page.getByTestId("evidence-doc-date").click();
    await page.keyboard.type("15/01/2024");
    await page.keyboard.press("Enter");
    await page.getByTestId("evidence-issuer").fill("Sở Xây dựng");
    await page.getByTestId("evidence-upload-submit").click();
    const link = panel.getByRole("link", { name: "Danh sách xe buýt.pdf" });
    await link.waitFor();
    await panel.getByText("15/01/2024").waitFor();
    const download = await page.request.get((await link.getAttribute("href")) ?? "");
    expect(download.status()).toBe(200);
    expect((await download.body()).equals(samplePdf())).toBe(true);

    // A second document, withdrawn again: it stays listed, marked as withdrawn.
    await panel.getByTestId("evidence-upload").click();
    await dialog.locator('input[type="file"]').setInputFiles({
      name: "Bản cũ.pdf",
      mimeType: "application/pdf",
      buffer: samplePdf("cũ"),
    });
    await page.getByTestId("evidence-upload-submit").click();
    await panel.getByRole("link", { name: "Bản cũ.pdf" }).waitFor();
    const oldRow = panel.locator("tr", { has: page.getByRole("link", { name: "Bản cũ.pdf" }) });
    // The confirmation's own button: before it opens, the last "Rút" on the page is the row's. On a
    // loaded machine a click can land while the confirmation is still opening: then it is asked again.
    const confirm = page.locator(".ant-popconfirm").getByRole("button", { name: "Rút", exact: true });
    for (let attempt = 1; attempt <= 3; attempt++) {
      if (!(await confirm.isVisible())) await oldRow.locator("[data-testid^='evidence-withdraw-']").click();
      const answered = page
        .waitForResponse((r) => r.url().includes("/withdraw") && r.request().method() === "POST", {
          timeout: 10_000,
        })
        .catch(() => null);
      await confirm.click({ timeout: 5_000 }).catch(() => undefined);
      const response = await answered;
      if (response) {
        expect(response.status()).toBe(200);
        break;
      }
    }
    await eventually(() => oldRow.locator("[data-testid^='evidence-status-']").textContent()).toBe("Đã rút");

    await h.db
      .update(submissions)
      .set({ status: "submitted" })
      .where(and(eq(submissions.cycleId, cycleId), eq(submissions.agencyId, agency)));
    const coordinator = await makeUser(h.db, "coordinator");
    const review = await h.newPage();
    await signIn(review, coordinator.username, coordinator.password, formPath);
    const reviewPanel = review.getByTestId("evidence-panel-07");
    const row = reviewPanel.locator("tr", {
      has: review.getByRole("link", { name: "Danh sách xe buýt.pdf" }),
    });
    await row.locator("[data-testid^='evidence-accept-']").click();
    await eventually(() => row.locator("[data-testid^='evidence-status-']").textContent()).toBe("Chấp nhận");
  });
});
