// The index-framework screens on the shipped PEPI 2782 framework: provisional values are marked,
// a coordinator's edit becomes a new version, a trial computation explains what is missing,
// and a reporter reads without being offered to edit.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeAgency, makeProvince, makeUser } from "../support/factories.js";
import {
  type BrowserHarness,
  confirmCommand,
  eventually,
  hasChromium,
  signIn,
  startBrowserHarness,
} from "./support.js";

const framework = "/frameworks/PEPI-2782";

describe.skipIf(!hasChromium)("frameworks, computation and published results", { timeout: 120_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("shows indicator 07 with its formula and marks its provisional values", async () => {
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password);
    await page.getByTestId("nav-frameworks").click();
    await page
      .getByTestId("framework-PEPI-2782")
      .getByRole("link", { name: /QĐ 2782/ })
      .click();
    await eventually(() => new URL(page.url()).pathname).toBe(framework);

    const row = page.getByTestId("indicator-07");
    expect(await row.getByTestId("formula-07").textContent()).toBe(
      "public_transport_vehicles / urban_population * 10000",
    );
    expect(await row.getByText("Tạm tính").count()).toBeGreaterThan(0);
    expect(await row.textContent()).toContain("xe/10.000 dân đô thị");
    // The indicators the 2021–2023 edition no longer assesses are greyed, with the rule said.
    expect(await page.getByTestId("indicator-06").getByTestId("not-assessed").count()).toBe(1);
    expect(await page.getByTestId("not-assessed-rule").textContent()).toContain("06, 08, 10, 17");
  });

  it("saves an edit of indicator 07's scoring target as version 2 with its reason", async () => {
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password, framework);
    await page.getByTestId("edit-indicator-07").click();
    const drawer = page.getByTestId("indicator-drawer");
    await drawer.getByLabel("Giá trị đạt điểm tối đa").fill("12");
    // The reason is required.
    await drawer.getByTestId("indicator-save").click();
    await drawer.getByText("Vui lòng nhập lý do / căn cứ.").waitFor();
    await drawer.getByTestId("change-note").fill("Theo phụ lục chính thức kèm Quyết định 2782/QĐ-BTNMT");
    await drawer.getByTestId("indicator-save").click();

    await page.getByText("Đã tạo phiên bản 2").waitFor();
    await eventually(() => page.getByTestId("framework-version").textContent()).toBe("Phiên bản 2");
    const row = page.getByTestId("indicator-07");
    await eventually(() => row.textContent()).toContain("Tuyến tính: 0 → 12");
    expect(await row.getByText("Chính thức").count()).toBe(1);

    // The first version stays viewable, marked as not in force.
    await page.getByRole("tab", { name: "Lịch sử phiên bản" }).click();
    await page.getByTestId("view-version-1").click();
    await eventually(() => page.getByTestId("old-version-banner").textContent()).toContain(
      "Đang xem phiên bản 1 (không phải phiên bản đang áp dụng)",
    );
    expect(await page.getByTestId("edit-indicator-07").count()).toBe(0);
  });

  it("refuses an invalid framework file with its problems located", async () => {
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password, "/frameworks");
    await page.getByTestId("import-framework").click();
    const dialog = page.getByRole("dialog");
    const fileInput = dialog.locator("input[type=file]");
    await fileInput.setInputFiles({ name: "ghi-chu.txt", mimeType: "text/plain", buffer: Buffer.from("x") });
    await dialog.getByTestId("file-refused").waitFor();
    expect(await dialog.getByTestId("file-refused").textContent()).toContain(".yaml, .yml, .json");

    const broken = ["schema: pepi-hub/framework@1", "code: THU-LOI", "kind: pepi", ""].join("\n");
    await fileInput.setInputFiles({
      name: "thu-loi.yaml",
      mimeType: "text/yaml",
      buffer: Buffer.from(broken),
    });
    await dialog.getByTestId("picked-file").waitFor();
    await dialog.getByTestId("import-framework-submit").click();
    const problems = dialog.getByTestId("located-problems");
    await problems.waitFor();
    expect(await problems.textContent()).toContain("thu-loi.yaml");
    expect(await problems.locator("tbody tr").count()).toBeGreaterThan(0);
  });

  it("computes a trial from a few figures and says why the others cannot be computed", async () => {
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password, framework);
    await page.getByTestId("open-compute").click();
    await page.getByTestId("shared-inputs").waitFor();
    expect(await page.getByTestId("shared-inputs").textContent()).toContain("Số liệu dùng chung (Thống kê)");

    await page.getByTestId("input-urban_population").fill("450.000");
    await page.getByTestId("input-public_transport_vehicles").fill("120");
    await page.getByTestId("input-renewable_electricity_kwh").fill("83.108.003,5");
    await page.getByTestId("compute-submit").click();

    const line07 = page.getByTestId("result-07");
    await line07.waitFor();
    // 120 vehicles per 450.000 urban residents: 2,67 per 10.000.
    expect(await line07.getByTestId("value-07").textContent()).toContain("2,67");
    expect(await line07.textContent()).toContain("Đã tính");
    expect(await page.getByTestId("reason-01").textContent()).toContain("Thiếu số liệu");
    // Without the survey, group II is awaited: no band, no place, never a total out of 100.
    expect(await page.getByTestId("group-pending-II").textContent()).toBe("Nhóm II: chờ kết quả khảo sát");
    expect(await page.getByTestId("group-pending-I").textContent()).toMatch(
      /^Nhóm I: tạm tính, \d+ chỉ số chưa tính được \(\d{2}(, \d{2})*\)$/,
    );
    expect(await page.getByTestId("result-band").count()).toBe(0);
    expect(await page.getByTestId("result-rank").textContent()).toBe(
      "Chỉ ước tính thứ hạng khi kết quả đủ các nhóm.",
    );
    await page.getByTestId("what-if-table").waitFor();
  });

  it("saves a computation, marks it after a framework change and recomputes it", async () => {
    const province = "Tỉnh Lưu Thử Nghiệm";
    await makeProvince(h.db, province);
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password, `${framework}/compute`);
    await page.getByTestId("input-urban_population").fill("450000");
    await page.getByTestId("input-public_transport_vehicles").fill("120");
    await page.getByTestId("compute-submit").click();
    await page.getByTestId("save-computation").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Tỉnh, thành phố").click();
    await page.keyboard.type("luu thu nghiem");
    await page.keyboard.press("Enter");
    await dialog.getByRole("button", { name: "Lưu kết quả" }).click();
    await eventually(() => page.getByTestId("computation-title").textContent()).toBe(
      `${province} · năm 2023`,
    );
    expect(await page.getByTestId("value-07").textContent()).toContain("2,67");

    // A new framework version makes the stored result one of an older version.
    const edit = await page.request.patch(`/api/frameworks/PEPI-2782/indicators/07`, {
      data: {
        note: "Theo phụ lục chính thức",
        provenance: "official",
        edition: "2021",
        scoring: { type: "linear", floor: 0, target: 15 },
      },
    });
    expect(edit.status()).toBe(201);
    // Changed elsewhere (through the API): open the list afresh.
    await page.goto("/computations");
    const row = page.getByTestId("computations-table").locator("tr", { hasText: province });
    await row.getByTestId("old-version").waitFor();
    await row.getByRole("link", { name: province }).click();
    // Confirmed again if a busy page closed the confirmation before the click landed.
    const response = await confirmCommand(
      page,
      "recompute",
      (r) => r.url().endsWith("/recompute") && r.request().method() === "POST",
    );
    expect((await response.json()).recomputed).toBeGreaterThan(0);
    // The page shows the durable outcome: this result now points to its newer one.
    await page.getByTestId("superseded-banner").waitFor();
    const oldPath = new URL(page.url()).pathname;
    await page.getByTestId("superseded-banner").getByRole("link").click();
    // Wait for the newer result's page itself, not for what the old page still shows.
    await eventually(() => new URL(page.url()).pathname).not.toBe(oldPath);
    await page.getByTestId("superseded-banner").waitFor({ state: "detached" });
    await page.getByTestId("what-if-table").waitFor();
    await eventually(() => page.getByTestId("recompute").count()).toBe(0);
  });

  it("shows the published PEPI results with their sources opening in a new tab", async () => {
    const leader = await makeUser(h.db, "leader");
    const page = await h.newPage();
    await signIn(page, leader.username, leader.password);
    await page.getByTestId("nav-published").click();
    const table = page.getByTestId("published-table").first();
    await table.locator("tbody tr").first().waitFor();
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
    const link = table.getByTestId("source-link").first();
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await page.getByTestId("import-published").count()).toBe(0);
  });

  it("lets a reporter read a framework without offering to edit it", async () => {
    const reporter = await makeUser(h.db, "reporter", await makeAgency(h.db));
    const page = await h.newPage();
    await signIn(page, reporter.username, reporter.password, framework);
    await page.getByTestId("indicator-07").waitFor();
    expect(await page.getByTestId("edit-indicator-07").count()).toBe(0);
    expect(await page.getByTestId("nav-computations").count()).toBe(0);
    await page.goto("/frameworks");
    await page.getByTestId("frameworks-list").waitFor();
    expect(await page.getByTestId("import-framework").count()).toBe(0);
  });

  it("imports the official annex from the Excel sheet it offers for download", async () => {
    const coordinator = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password, framework);
    const before = await page.getByTestId("framework-version").textContent();
    await page.getByTestId("open-annex").click();
    const href = await page.getByTestId("annex-download").getAttribute("href");
    expect(href).toBe("/api/frameworks/PEPI-2782/annex.xlsx");

    // Fill the sheet as a coordinator would: one scoring target changed from the official annex.
    const download = await page.request.get(href!);
    expect(download.ok()).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download.body()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Phụ lục chỉ số")!;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "2021" && row.getCell(2).value === "22") row.getCell(9).value = 0.8;
    });
    const file = path.join(os.tmpdir(), `phu-luc-${Date.now()}.xlsx`);
    await workbook.xlsx.writeFile(file);

    await page.locator("input[type=file]").setInputFiles(file);
    await page.getByTestId("picked-file").waitFor();
    await page.getByTestId("annex-submit").click();
    await page.getByText(/Đã tạo phiên bản \d+/).waitFor();
    await eventually(() => page.getByTestId("framework-version").textContent()).not.toBe(before);
    await eventually(() => page.getByTestId("indicator-22").textContent()).toContain("0 → 0,8");
    fs.rmSync(file, { force: true });
  });
});
