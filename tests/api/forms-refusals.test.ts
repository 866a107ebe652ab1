// Every file the form upload must refuse, each problem placed by sheet, row and column and
// nothing stored.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleOle2, samplePdf } from "../../src/domain/files/samples.test-support.js";
import { createTestApp, signedInClient, type TestApp } from "../support/app.js";
import {
  changedTemplate,
  download,
  expectRefused,
  type FormFixture,
  figureRow,
  formFixture,
  pack,
  vehiclesCell,
} from "../support/form-workbooks.js";

let t: TestApp;
let f: FormFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await formFixture(t);
});
afterAll(() => t.close());

const refused = (content: Buffer, code: "EXCEL_FILE_REFUSED" | "EXCEL_FILE_INVALID") =>
  expectRefused(f, content, code);
const changed = (edit: (wb: ExcelJS.Workbook) => void | Promise<void>) => changedTemplate(f, edit);

describe("files that are not the agency's form", () => {
  it("refuses what is not an xlsx, a cut file, a password-protected one and an old .xls", async () => {
    expect((await refused(samplePdf(), "EXCEL_FILE_REFUSED")).message).toContain(
      "không phải là bảng tính Excel (.xlsx)",
    );
    const whole = await changed(() => {});
    const cut = await refused(whole.subarray(0, Math.floor(whole.length / 2)), "EXCEL_FILE_REFUSED");
    expect(cut.message).toContain("bị hỏng");
    const locked = await refused(sampleOle2(["EncryptionInfo", "EncryptedPackage"]), "EXCEL_FILE_REFUSED");
    expect(locked.message).toContain("được đặt mật khẩu");
    const xls = await refused(sampleOle2(["Workbook"]), "EXCEL_FILE_REFUSED");
    expect(xls.message).toContain("định dạng Excel cũ (.xls)");
  });

  it("refuses a workbook packed with more cells than a form needs, before opening it", async () => {
    // 101,000 numbers fit in a few hundred kilobytes; the Excel library would need far more memory.
    const packed = await changed((wb) => {
      const sheet = wb.addWorksheet("Thêm");
      for (let r = 1; r <= 1010; r++) sheet.addRow(Array.from({ length: 100 }, (_, c) => r + c));
    });
    expect(packed.length).toBeLessThan(1024 * 1024);
    const error = await refused(packed, "EXCEL_FILE_REFUSED");
    // It names the sheet to clean, as its tab reads.
    expect(error.message).toMatch(/quá nhiều ô \(hơn 100\.000 ô; trang tính “Thêm” có ít nhất [\d.]+ ô\)/);
  });

  it("refuses a workbook without the template's metadata", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Chỉ số 07").addRow(["public_transport_vehicles", "", "", "", 10]);
    const error = await refused(await pack(wb), "EXCEL_FILE_REFUSED");
    expect(error.message).toContain("không phải biểu mẫu số liệu tải về từ PEPI Hub");
  });

  it("refuses another agency's form and another year's", async () => {
    const coordinator = await signedInClient(t, "coordinator");
    const other = await download(coordinator, f.xlsxUrl.replace(f.agencyA, f.agencyB));
    const error = await refused(await pack(other), "EXCEL_FILE_REFUSED");
    expect(error.message).toContain(
      `đây là biểu mẫu của “${f.agencyBName}”, không phải của “${f.agencyAName}”`,
    );
    const lastYear = await changed((wb) => {
      const meta = wb.getWorksheet("_pepi")!;
      meta.getCell("B3").value = "7d3f0e38-0000-4000-8000-000000000000";
      meta.getCell("B4").value = 2022;
    });
    expect((await refused(lastYear, "EXCEL_FILE_REFUSED")).message).toContain(
      "đây là biểu mẫu năm 2022, không phải của kỳ đánh giá năm 2023",
    );
  });
});

describe("cells that cannot be saved", () => {
  it("places each problem by sheet, row and column", async () => {
    const content = await changed((wb) => {
      wb.getWorksheet("Chỉ số 07")!.mergeCells("E5:E6");
      figureRow(wb, "Chỉ số 09", "hazardous_waste_treated_t").getCell(5).value = { formula: "1+2" } as never;
      figureRow(wb, "Chỉ số 22", "air_stations_class4").getCell(5).value = "nhiều";
      wb.getWorksheet("Bãi chôn lấp chất thải rắn")!.addRows([
        ["Bãi Tân Lập", "có lẽ"],
        ["Bãi Hòa Bình", null],
      ]);
    });
    const error = await refused(content, "EXCEL_FILE_INVALID");
    expect(error.message).toContain("có 5 lỗi; chưa lưu số liệu nào");
    expect(error.details).toEqual([
      expect.objectContaining({
        sheet: "Chỉ số 07",
        row: 5,
        column: "E",
        message: expect.stringContaining("bị gộp"),
      }),
      expect.objectContaining({
        sheet: "Chỉ số 09",
        row: 5,
        column: "E",
        message: expect.stringContaining("công thức"),
      }),
      expect.objectContaining({
        sheet: "Chỉ số 22",
        row: 5,
        column: "E",
        field: "'Chỉ số 22'!E5",
        message: expect.stringContaining("“nhiều” không phải là số"),
      }),
      expect.objectContaining({
        sheet: "Bãi chôn lấp chất thải rắn",
        row: 4,
        column: "B",
        message: "Hợp vệ sinh: Phải là “Có”, “Không”, “Đạt”, “Không đạt”, hoặc “x” (có), không phải “có lẽ”",
      }),
      expect.objectContaining({
        sheet: "Bãi chôn lấp chất thải rắn",
        row: 5,
        column: "B",
        message: "Hợp vệ sinh: Chưa nhập",
      }),
    ]);
  });

  it("refuses numbers out of bounds and a count that is not whole", async () => {
    const content = await changed((wb) => {
      vehiclesCell(wb).value = 2.5;
      figureRow(wb, "Chỉ số 09", "hazardous_waste_treated_t").getCell(5).value = -3;
      figureRow(wb, "Chỉ số 22", "air_stations_class4").getCell(5).value = 4; // valid, yet not saved
    });
    const error = await refused(content, "EXCEL_FILE_INVALID");
    expect(error.details?.map((d) => [d.sheet, d.row, d.column, d.message])).toEqual([
      [
        "Chỉ số 07",
        5,
        "E",
        "Số phương tiện giao thông công cộng: Phải là số nguyên (số đếm), không phải 2,5",
      ],
      [
        "Chỉ số 09",
        5,
        "E",
        "Khối lượng chất thải nguy hại được xử lý đáp ứng yêu cầu (trừ y tế): Không được âm (-3)",
      ],
    ]);
  });

  it("refuses a list past 10 000 rows, naming the sheet", async () => {
    const content = await changed((wb) => {
      wb.getWorksheet("Bãi chôn lấp chất thải rắn")!.addRows(
        Array.from({ length: 10_001 }, (_, i) => [`Bãi ${i}`, "Có"]),
      );
    });
    const error = await refused(content, "EXCEL_FILE_INVALID");
    expect(error.details).toEqual([
      expect.objectContaining({
        sheet: "Bãi chôn lấp chất thải rắn",
        row: 10_004,
        message: expect.stringContaining("Trang “Bãi chôn lấp chất thải rắn” có hơn 10.000 dòng"),
      }),
    ]);
  });
});
