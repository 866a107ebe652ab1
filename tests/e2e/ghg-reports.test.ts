// A listed facility's greenhouse-gas report in the browser: the coordinator records the 2025
// inventory report from the facility page (numbers typed the Vietnamese way, a row refused by the
// server shown on that row), reads the computed emissions and the flags for the appraiser, starts
// the appraisal and returns the report with its findings; at 1440 and 390 px, with no
// accessibility violation.
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { samplePdf } from "../../src/domain/files/samples.test-support.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeFacility } from "../support/facility-account.js";
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

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const shots = process.env.GHG_SHOTS;
const name = "Công ty Giấy Tân Mai";

async function typeInto(box: Locator, text: string) {
  await box.fill("");
  await box.fill(text);
}

describe.skipIf(!hasChromium)("a facility's greenhouse-gas report", { timeout: 240_000 }, () => {
  let h: BrowserHarness;
  let coordinator: { username: string; password: string };
  let facilityId: string;
  let reportPath = "";
  beforeAll(async () => {
    h = await startBrowserHarness();
    const { provinceId } = await makeCycleProvince(h.db, "Tỉnh Đồng Nai");
    await makeCycle(h.db, provinceId, { year: 2023 });
    coordinator = await makeUser(h.db, "coordinator");
    facilityId = await makeFacility(h.db, { name, sector: "industrial_processes" });
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("records the inventory report, reads its figures and flags, and returns it with findings (1440 px)", async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, coordinator.username, coordinator.password, `/ghg/facilities/${facilityId}`);
    await page.getByRole("heading", { name: "Báo cáo kiểm kê" }).waitFor();
    await page.getByTestId("ghg-record-report").click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await typeInto(dialog.getByLabel("Năm nộp báo cáo"), "2025");
    const received = dialog.getByLabel("Ngày nhận");
    await received.fill("20/03/2025");
    await received.press("Enter");
    expect(await dialog.textContent()).toContain("Chưa xác nhận được văn bản quy định bộ GWP bắt buộc");
    await chooseOption(
      page,
      selectNamed(page, dialog, "Bộ hệ số GWP", false),
      "IPCC AR5 (2013), GWP 100 năm",
    );

    // The facility's own factor for diesel, with its source and document.
    await dialog.getByTestId("ghg-add-factor").click();
    await typeInto(dialog.getByTestId("ghg-factors.0.code"), "do-co2");
    await typeInto(dialog.getByTestId("ghg-factors.0.name"), "Dầu DO, CO2");
    await typeInto(dialog.getByTestId("ghg-factors.0.value"), "74,1");
    await typeInto(dialog.getByTestId("ghg-factors.0.unit"), "tCO2/TJ");
    await typeInto(dialog.getByTestId("ghg-factors.0.source"), "IPCC 2006, Tập 2, Bảng 2.2");
    await typeInto(dialog.getByTestId("ghg-factors.0.document"), "Quyết định 2626/QĐ-BTNMT");
    await typeInto(dialog.getByTestId("ghg-factors.0.validFrom"), "2023");
    await typeInto(dialog.getByTestId("ghg-factors.0.validTo"), "2024");

    /** `factor`: what is typed to find it, and the name the row then shows. */
    const line = async (i: number, values: [string, string, string, string, [string, string]]) => {
      if (i > 0) await dialog.getByTestId("ghg-add-line").click();
      const [year, label, amount, unit, [search, factorName]] = values;
      await typeInto(dialog.getByTestId(`ghg-lines.${i}.year`), year);
      await typeInto(dialog.getByTestId(`ghg-lines.${i}.label`), label);
      await typeInto(dialog.getByTestId(`ghg-lines.${i}.amount`), amount);
      await typeInto(dialog.getByTestId(`ghg-lines.${i}.unit`), unit);
      if (label.startsWith("Điện"))
        await chooseOption(page, selectNamed(page, dialog, `Dòng ${i + 1}: Phạm vi`), "Gián tiếp (điện mua)");
      // Found by typing part of its name, chosen by its whole name.
      const factors = selectNamed(page, dialog, `Dòng ${i + 1}: Hệ số phát thải`);
      await factors.getByRole("combobox").focus();
      await page.keyboard.type(search);
      await chooseOption(page, factors, factorName);
      expect(await factors.textContent()).toBe(factorName);
    };
    const grid2023 = "Hệ số phát thải lưới điện Việt Nam năm 2023 (0,6592 tCO2/MWh)";
    const grid2024 =
      "Hệ số phát thải lưới điện Việt Nam năm 2024 (0,6811 tCO2/MWh) – ước tính, chưa công bố chính thức";
    // The first row's year is outside the report's years: the server refuses it on that row.
    await line(0, ["2021", "Điện mua từ lưới", "1.000", "MWh", ["năm 2023", grid2023]]);
    await line(1, ["2023", "Dầu DO cho lò hơi", "10", "TJ", ["Dầu DO", "Dầu DO, CO2"]]);
    await line(2, ["2024", "Điện mua từ lưới", "1.200", "MWh", ["năm 2024", grid2024]]);
    await typeInto(dialog.getByTestId("ghg-declared.0.year"), "2023");
    await typeInto(dialog.getByTestId("ghg-declared.0.total"), "1.500");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await eventually(async () => (await dialog.textContent()) ?? "").toContain(
      "Dòng 1: Năm 2021 nằm ngoài kỳ báo cáo",
    );
    expect(await dialog.getByTestId("ghg-lines.0.year").getAttribute("class")).toContain("status-error");
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/report-form-1440.png`, fullPage: true });
    await typeInto(dialog.getByTestId("ghg-lines.0.year"), "2023");
    await dialog.getByRole("button", { name: "Lưu" }).click();

    // The report's page: 2023 = 1 000 MWh × 0,6592 + 10 TJ × 74,1 = 1 400,2 tCO2e; 2024 = 1 200 × 0,6811.
    await page.waitForURL(/\/ghg\/reports\//);
    reportPath = new URL(page.url()).pathname;
    await page.getByTestId("ghg-emissions").waitFor();
    expect(await page.getByTestId("ghg-report-status").textContent()).toBe("Đã nhận");
    const facts = (await page.getByTestId("ghg-report-facts").textContent()) ?? "";
    expect(facts).toContain(name);
    expect(facts).toContain("2023–2024");
    expect(facts).toContain("20/03/2025");
    const byGas = (await page.getByTestId("ghg-by-gas").textContent()) ?? "";
    expect(byGas).toContain("1.400,20");
    expect(byGas).toContain("817,32");
    const flags = (await page.getByTestId("ghg-flags").textContent()) ?? "";
    expect(flags).toContain("Kê khai khác số tính");
    expect(flags).toContain("Hệ số ước tính");
    const lines = (await page.getByTestId("ghg-lines").textContent()) ?? "";
    expect(lines).toContain("IPCC 2006, Tập 2, Bảng 2.2");
    expect(lines).toContain("Quyết định 2626/QĐ-BTNMT");
    expect(lines).toContain("Ước tính");
    expect(await accessibilityViolations(page, "body")).toEqual([]);

    await page.getByTestId("ghg-action-start_appraisal").click();
    await page.getByRole("dialog").getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await eventually(() => page.getByTestId("ghg-report-status").textContent()).toBe("Đang thẩm định");
    await page.getByTestId("ghg-action-return").click();
    await page
      .getByTestId("ghg-findings")
      .fill("Số kê khai năm 2023 khác số tính; bổ sung hóa đơn điện năm 2024.");
    expect(await accessibilityViolations(page, ".ant-modal")).toEqual([]);
    await page.getByRole("dialog").getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await eventually(() => page.getByTestId("ghg-report-status").textContent()).toBe("Đã trả lại");
    expect(await page.getByTestId("ghg-findings-shown").textContent()).toContain(
      "bổ sung hóa đơn điện năm 2024",
    );
    const history = (await page.getByTestId("ghg-history").textContent()) ?? "";
    expect(history).toContain("Đang thẩm định → Đã trả lại");
    expect(history).toContain("Đã nhận → Đang thẩm định");
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/report-page-1440.png`, fullPage: true });

    await page.getByRole("link", { name: `Về cơ sở ${name}` }).click();
    const table = page.getByTestId("ghg-reports");
    await eventually(async () => (await table.textContent()) ?? "").toContain("Đã trả lại");
    const row = (await table.textContent()) ?? "";
    expect(row).toContain("2023–2024");
    expect(row).toContain("20/03/2025");
    expect(row).toContain("Đúng hạn");
    if (shots) await page.screenshot({ path: `${shots}/facility-1440.png`, fullPage: true });

    // The register lists the report the facility sent last, with its state, and leads to it.
    await page.goto("/ghg/facilities");
    const registerRow = page.getByRole("row").filter({ hasText: name });
    await registerRow.getByRole("link", { name: "Báo cáo kiểm kê kỳ 2023–2024" }).waitFor();
    expect(await registerRow.getByTestId("ghg-report-status").textContent()).toBe("Đã trả lại");
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/register-1440.png`, fullPage: true });
    await registerRow.getByRole("link", { name: "Báo cáo kiểm kê kỳ 2023–2024" }).click();
    await page.waitForURL(`**${reportPath}`);
  });

  it("takes a corrected version, changes the GWP set and keeps a document and a comment (1440 px)", async () => {
    expect(reportPath).not.toBe("");
    const page = await h.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, coordinator.username, coordinator.password, reportPath);
    await page.getByTestId("ghg-action-add_version").click();
    const dialog = page.getByRole("dialog");
    await dialog
      .getByTestId("ghg-version-reason")
      .fill("Sửa số kê khai năm 2023; thêm CH4 đo trực tiếp năm 2024");
    // The current figures come prefilled; one row is added, measured directly.
    expect(await dialog.getByTestId("ghg-lines.2.amount").inputValue()).toBe("1200");
    await dialog.getByTestId("ghg-add-line").click();
    await typeInto(dialog.getByTestId("ghg-lines.3.year"), "2024");
    await typeInto(dialog.getByTestId("ghg-lines.3.label"), "CH4 từ xử lý nước thải");
    await typeInto(dialog.getByTestId("ghg-lines.3.amount"), "2");
    await typeInto(dialog.getByTestId("ghg-lines.3.unit"), "tCH4");
    await chooseOption(page, selectNamed(page, dialog, "Dòng 4: Hoặc khí đo trực tiếp"), "CH4");
    await typeInto(dialog.getByTestId("ghg-declared.0.total"), "1.400,2");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.waitFor({ state: "detached" });
    await eventually(() => page.getByTestId("ghg-report-status").textContent()).toBe("Đang thẩm định");
    await eventually(async () => (await page.getByTestId("ghg-versions").textContent()) ?? "").toContain(
      "Sửa số kê khai năm 2023",
    );
    expect(await page.getByTestId("ghg-flags").textContent()).not.toContain("Kê khai khác số tính");
    // 2024: 817,32 + 2 tCH4 × 28 (AR5) = 873,32.
    expect(await page.getByTestId("ghg-by-gas").textContent()).toContain("873,32");

    await page.getByTestId("ghg-action-change_gwp").click();
    await chooseOption(
      page,
      selectNamed(page, page.getByRole("dialog"), "Bộ hệ số GWP", false),
      "IPCC AR6 (2021)",
    );
    await page.getByRole("dialog").getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    const moved = (await page.getByTestId("ghg-gwp-change").textContent()) ?? "";
    expect(moved).toContain("Đã lưu bản số 3");
    expect(moved).toContain("2024");
    // 2 tCH4 × 27,9 = 55,8 instead of 56.
    expect(await page.getByTestId("ghg-by-gas").textContent()).toContain("873,12");

    await page.locator("input[type=file]").setInputFiles({
      name: "bao-cao-kiem-ke-2025.pdf",
      mimeType: "application/pdf",
      buffer: samplePdf("Báo cáo kiểm kê"),
    });
    await page.getByTestId("ghg-document-upload").click();
    await eventually(async () => (await page.getByTestId("ghg-documents").textContent()) ?? "").toContain(
      "bao-cao-kiem-ke-2025.pdf",
    );
    expect(await page.getByTestId("ghg-documents").textContent()).toContain("Bản quét báo cáo");
    await page.getByTestId("ghg-comment").fill("Đề nghị cơ sở gửi bản ký số.");
    await page.getByRole("button", { name: "Gửi" }).click();
    await eventually(async () => (await page.getByTestId("ghg-history").textContent()) ?? "").toContain(
      "Đề nghị cơ sở gửi bản ký số.",
    );
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/report-versions-1440.png`, fullPage: true });
  });

  it("reads the report and the facility's reports on a phone (390 px)", async () => {
    expect(reportPath).not.toBe("");
    const page = await h.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, coordinator.username, coordinator.password, reportPath);
    await page.getByTestId("ghg-emissions").waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/report-page-390.png`, fullPage: true });
    await page.goto("/ghg/facilities");
    await page.getByRole("link", { name: "Báo cáo kiểm kê kỳ 2023–2024" }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    if (shots) await page.screenshot({ path: `${shots}/register-390.png`, fullPage: true });
    await page.goto(`/ghg/facilities/${facilityId}`);
    await page.getByTestId("ghg-reports").waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page, "body")).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/facility-390.png`, fullPage: true });
    await page.getByTestId("ghg-record-report").click();
    await page.getByRole("dialog").waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    if (shots) await page.screenshot({ path: `${shots}/report-form-390.png`, fullPage: true });
  });
});
