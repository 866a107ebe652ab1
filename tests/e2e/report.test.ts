// The coordinator rewrites the report's introduction on the cycle's documents page, saves it and
// downloads the report, which carries it; the leader downloads the one-page brief and the
// dossier for the Ministry, which holds the same report.
import fs from "node:fs";
import JSZip from "jszip";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { docxText } from "../support/documents.js";
import { makeUser } from "../support/factories.js";
import { type BrowserHarness, hasChromium, nextDownload, signIn, startBrowserHarness } from "./support.js";

describe.skipIf(!hasChromium)("the report and the brief", { timeout: 120_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("the report is downloaded with the saved introduction, the brief as one PDF, the dossier as a zip", async () => {
    const { provinceId } = await makeCycleProvince(h.db);
    const cycleId = await makeCycle(h.db, provinceId, { year: 2023 });
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password, `/cycles/${cycleId}/documents`);
    const card = page.getByTestId("report-card");
    const introduction = card.getByTestId("draft-field-introduction").locator("textarea");
    await expect.poll(() => introduction.inputValue()).toContain("Bộ Tài nguyên và Môi trường");
    await introduction.fill("Ủy ban nhân dân tỉnh báo cáo kết quả tự đánh giá như sau:");
    await card.getByTestId("draft-save").click();
    await card.getByTestId("draft-state").getByText("Nội dung đã sửa").waitFor();

    // The sections left empty are named before the report is made; the coordinator goes ahead.
    await card.getByTestId("report-download-docx").click();
    const problems = page.getByTestId("document-check-problems");
    await expect.poll(() => problems.textContent()).toContain("“Tồn tại, hạn chế”");
    const [report] = await Promise.all([
      nextDownload(page),
      page.getByRole("button", { name: "Vẫn tải về" }).click(),
    ]);
    expect(report.suggestedFilename()).toBe("Báo cáo tự đánh giá PEPI 2023.docx");
    const text = await docxText(fs.readFileSync((await report.path()) ?? ""));
    expect(text).toContain("Ủy ban nhân dân tỉnh báo cáo kết quả tự đánh giá như sau:");

    const leader = await makeUser(h.db, "leader");
    const reading = await h.newPage();
    await signIn(reading, leader.username, leader.password, `/cycles/${cycleId}/documents`);
    const [brief] = await Promise.all([
      nextDownload(reading),
      reading.getByTestId("brief-card").getByTestId("brief-download-pdf").click(),
    ]);
    expect(brief.suggestedFilename()).toBe("Báo cáo nhanh PEPI 2023.pdf");
    expect(
      fs
        .readFileSync((await brief.path()) ?? "")
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    const dossierCard = reading.getByTestId("dossier-card");
    await dossierCard.getByText("chưa được lãnh đạo phê duyệt").waitFor();
    const [dossier] = await Promise.all([
      nextDownload(reading),
      dossierCard.getByTestId("dossier-download").click(),
    ]);
    expect(dossier.suggestedFilename()).toBe("Hồ sơ Bộ chỉ số PEPI năm 2023.zip");
    const zip = await JSZip.loadAsync(fs.readFileSync((await dossier.path()) ?? ""));
    const inZip = zip.file("01 Báo cáo tự đánh giá PEPI 2023.docx");
    expect(inZip).not.toBeNull();
    expect(await docxText(await inZip!.async("nodebuffer"))).toContain(
      "Ủy ban nhân dân tỉnh báo cáo kết quả tự đánh giá như sau:",
    );
    expect(zip.file("SHA256SUMS.txt")).not.toBeNull();
  });
});
