// Excel as agencies really fill it: a formula typed in a value cell is read by the value Excel
// saved with it (and the summary says so), a percent-formatted cell is not taken for a count,
// and a total row put among a list's items is pointed out to be removed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import {
  changedTemplate,
  elementOf,
  expectRefused,
  formFixture,
  readForm,
  uploadXlsx,
  vehiclesCell,
} from "../support/form-workbooks.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("awkward cells of a filled form", () => {
  it("reads a formula by the value Excel computed, and says how many were read so", async () => {
    const f = await formFixture(t);
    const content = await changedTemplate(f, (wb) => {
      vehiclesCell(wb).value = { formula: "100+50", result: 150 } as never;
    });
    const response = await uploadXlsx(f.reporterA, f.xlsxUrl, content);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ changed: 1, fromFormulas: 1 });
    expect(elementOf(await readForm(f.reporterA, f.formUrl), "public_transport_vehicles").number).toBe("150");
  });

  it("refuses a formula saved without its value, and a percent-formatted count, saying which cell", async () => {
    const f = await formFixture(t);
    const unsaved = await changedTemplate(f, (wb) => {
      vehiclesCell(wb).value = { formula: "100+50" } as never;
    });
    const refused = await expectRefused(f, unsaved, "EXCEL_FILE_INVALID");
    expect(refused.details?.[0]).toMatchObject({
      sheet: "Chỉ số 07",
      message: expect.stringContaining("công thức Excel chưa được tính"),
    });
    const percent = await changedTemplate(f, (wb) => {
      const cell = vehiclesCell(wb);
      cell.value = 0.5;
      cell.numFmt = "0%";
    });
    const wrong = await expectRefused(f, percent, "EXCEL_FILE_INVALID");
    expect(wrong.details?.[0]).toMatchObject({
      message: expect.stringContaining("Ô định dạng phần trăm (50%) nhưng số liệu này tính bằng xe"),
    });
  });

  it("points at a total row put among a list's items", async () => {
    const f = await formFixture(t);
    const content = await changedTemplate(f, (wb) => {
      wb.getWorksheet("Bãi chôn lấp chất thải rắn")!.addRows([
        ["Bãi rác Đông Hà", "Đạt"],
        ["Bãi rác Cam Lộ", "Không đạt"],
        ["Tổng cộng", 2],
      ]);
    });
    const refused = await expectRefused(f, content, "EXCEL_FILE_INVALID");
    expect(refused.details).toEqual([
      expect.objectContaining({
        sheet: "Bãi chôn lấp chất thải rắn",
        message: expect.stringContaining(
          "Dòng tổng “Tổng cộng” không phải một mục của danh sách: hãy xóa dòng này",
        ),
      }),
      expect.anything(),
    ]);
  });
});
