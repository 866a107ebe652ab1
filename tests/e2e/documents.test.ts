// The coordinator edits the request letter's subject on the cycle's documents page, saves it
// and downloads the Word file, which carries the new subject; the leader may only read; a
// reset brings the generated text back.
import fs from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { docxText } from "../support/documents.js";
import { makeUser } from "../support/factories.js";
import {
  type BrowserHarness,
  confirmCommand,
  eventually,
  hasChromium,
  nextDownload,
  signIn,
  startBrowserHarness,
} from "./support.js";

describe.skipIf(!hasChromium)("cycle documents", { timeout: 120_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("the request letter is edited, saved and downloaded with the new subject", async () => {
    const { provinceId } = await makeCycleProvince(h.db);
    const cycleId = await makeCycle(h.db, provinceId, { year: 2023 });
    const coordinator = await makeUser(h.db, "coordinator");

    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password, `/cycles/${cycleId}`);
    await page.getByTestId("open-documents").click();
    const card = page.getByTestId("request-letter-card");
    await card.getByTestId("draft-state").getByText("Đang dùng nội dung mặc định").waitFor();
    // The defaults come from the cycle: an agency asked, among the addressees.
    await expect
      .poll(() => card.getByTestId("draft-field-addressees").locator("input").count())
      .toBeGreaterThan(5);

    // Before anyone is named to call, the download says what the letter would leave blank.
    await card.getByTestId("request-letter-download").click();
    const problems = page.getByTestId("document-check-problems");
    await expect.poll(() => problems.textContent()).toContain("Chưa ghi người liên hệ");
    // On a loaded machine a click can land while the box is still opening: asked again until it closes.
    await eventually(async () => {
      if (await problems.isVisible())
        await page
          .getByRole("button", { name: "Quay lại sửa" })
          .click({ timeout: 2_000 })
          .catch(() => undefined);
      return problems.isVisible();
    }).toBe(false);
    await card.getByTestId("draft-field-contactName").locator("input").fill("bà Nguyễn Thị Hoa");
    await card.getByTestId("draft-field-contactPhone").locator("input").fill("0205.3896.668");
    await card
      .getByTestId("draft-field-ministryGuidance")
      .locator("input")
      .fill("Công văn số 373/BTNMT-MT ngày 01/02/2024");

    const subject = card.getByTestId("draft-field-subject").locator("textarea");
    await subject.fill("Cung cấp số liệu Bộ chỉ số PEPI năm 2023 (bổ sung)");
    await expect.poll(() => card.getByTestId("draft-unsaved").isVisible()).toBe(true);
    await card.getByTestId("draft-save").click();
    await page.getByText("Đã lưu nội dung văn bản.").waitFor();
    await card.getByTestId("draft-state").getByText("Nội dung đã sửa").waitFor();

    const [download] = await Promise.all([
      nextDownload(page),
      card.getByTestId("request-letter-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("Công văn đề nghị cung cấp số liệu PEPI 2023.docx");
    const text = await docxText(fs.readFileSync((await download.path()) ?? ""));
    expect(text).toContain("V/v cung cấp số liệu Bộ chỉ số PEPI năm 2023 (bổ sung)");
    expect(text).toContain("Kính gửi:");
    expect(text).toContain(
      "Thực hiện hướng dẫn của Bộ Tài nguyên và Môi trường tại Công văn số 373/BTNMT-MT ngày 01/02/2024, ",
    );
    expect(text).toContain("đề nghị liên hệ: bà Nguyễn Thị Hoa");

    // The leader reads the same text without the edit controls, and may download.
    const leader = await makeUser(h.db, "leader");
    const reading = await h.newPage();
    await signIn(reading, leader.username, leader.password, `/cycles/${cycleId}/documents`);
    const leaderCard = reading.getByTestId("request-letter-card");
    await leaderCard.getByTestId("request-letter-download").waitFor();
    await expect
      .poll(() => leaderCard.getByTestId("draft-field-subject").locator("textarea").inputValue())
      .toBe("Cung cấp số liệu Bộ chỉ số PEPI năm 2023 (bổ sung)");
    expect(await leaderCard.getByTestId("draft-save").count()).toBe(0);
    expect(await leaderCard.getByTestId("draft-field-subject").locator("textarea").isDisabled()).toBe(true);

    // Back to the defaults: the coordinator's subject gives way to the generated one.
    await confirmCommand(page, "draft-reset", (r) => r.request().method() === "DELETE");
    await card.getByTestId("draft-state").getByText("Đang dùng nội dung mặc định").waitFor();
    await expect
      .poll(() => subject.inputValue())
      .toBe(
        "Đề nghị cung cấp thông tin, số liệu thực hiện Bộ chỉ số đánh giá kết quả bảo vệ môi trường của tỉnh năm 2023",
      );
  });
});
