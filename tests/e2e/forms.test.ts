// An agency fills its form in Excel: the upload with a bad cell is refused with the cell's sheet,
// row and column, then the valid part is kept and shows in the form. The coordinator sees the
// export menu of the cycle.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeAssignedCycle } from "../support/cycle-factories.js";
import { makeAgency, makeProvince, makeUser } from "../support/factories.js";
import { figureRow, openWorkbook, pack } from "../support/form-workbooks.js";
import { type BrowserHarness, eventually, hasChromium, signIn, startBrowserHarness } from "./support.js";

describe.skipIf(!hasChromium)("Excel forms", { timeout: 120_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("refuses a bad cell with its place, then keeps the valid part", async () => {
    const province = await makeProvince(h.db);
    const agency = await makeAgency(h.db, { orgUnitId: province, name: "Phòng Thử Excel" });
    const cycleId = await makeAssignedCycle(h.db, province, {
      [agency]: ["public_transport_vehicles", "air_stations_class4"],
    });
    const reporter = await makeUser(h.db, "reporter", agency);

    const page = await h.newPage();
    await signIn(page, reporter.username, reporter.password, `/cycles/${cycleId}/agencies/${agency}`);
    const href = await page.getByTestId("excel-download").getAttribute("href");
    const downloaded = await page.request.get(href ?? "");
    expect(downloaded.status()).toBe(200);
    const wb = await openWorkbook(await downloaded.body());
    figureRow(wb, "Chỉ số 07", "public_transport_vehicles").getCell(5).value = 42;
    figureRow(wb, "Chỉ số 22", "air_stations_class4").getCell(5).value = "nhiều";

    await page.getByTestId("excel-import").click();
    const dialog = page.getByRole("dialog");
    await dialog.locator('input[type="file"]').setInputFiles({
      name: "Biểu mẫu đã điền.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await pack(wb),
    });
    await dialog.getByTestId("excel-picked").waitFor();
    await page.getByTestId("excel-import-submit").click();
    const problems = dialog.getByTestId("located-problems");
    await problems.getByText("có 1 lỗi; chưa lưu số liệu nào", { exact: false }).waitFor();
    const row = problems.locator("tbody tr").first();
    expect(await row.locator("td").allTextContents()).toEqual([
      "Chỉ số 22",
      "5",
      "E",
      expect.stringContaining("“nhiều” không phải là số"),
    ]);
    expect(await page.getByTestId("input-public_transport_vehicles").inputValue()).toBe("");

    await page.getByTestId("excel-keep-valid").click();
    await dialog
      .getByTestId("excel-partial")
      .getByText("Đã lưu 1 số liệu; bỏ qua 1 số liệu có lỗi", { exact: false })
      .waitFor();
    await page.getByTestId("excel-close").click();
    await eventually(() => page.getByTestId("input-public_transport_vehicles").inputValue()).toBe("42");
    expect(await page.getByTestId("input-air_stations_class4").inputValue()).toBe("");

    // The coordinator exports the cycle from its page; the reporter has no such menu.
    expect(await page.getByTestId("export-menu").count()).toBe(0);
    const coordinator = await makeUser(h.db, "coordinator");
    const coord = await h.newPage();
    await signIn(coord, coordinator.username, coordinator.password, `/cycles/${cycleId}`);
    await coord.getByTestId("export-menu").click();
    const csv = await coord.request.get((await coord.getByTestId("export-csv").getAttribute("href")) ?? "");
    expect(csv.status()).toBe(200);
    expect(
      (await csv.text())
        .split("\r\n")
        .some((l) => l.includes(";public_transport_vehicles;") && l.includes(";42;")),
    ).toBe(true);
  });
});
