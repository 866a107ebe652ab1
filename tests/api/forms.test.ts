// The Excel form round trip: an agency downloads its form as a workbook, fills it offline and
// sends it back; every problem is refused with its sheet, row and column and nothing is stored.
import { and, eq } from "drizzle-orm";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp } from "../support/app.js";
import {
  download,
  elementOf,
  type FormFixture,
  figureRow,
  formFixture,
  pack,
  readForm,
  uploadXlsx,
} from "../support/form-workbooks.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Saves figures through the form API, as the web page does. */
async function saveThroughApi(f: FormFixture, values: Record<string, string>) {
  const form = await readForm(f.reporterA, f.formUrl);
  const response = await f.reporterA.put(f.formUrl.replace(/form$/, "values"), {
    values: Object.entries(values).map(([element, number]) => ({
      element,
      number,
      baseVersion: elementOf(form, element).version,
    })),
  });
  expect(response.statusCode, response.body).toBe(200);
}

const landfillSheet = (wb: ExcelJS.Workbook) => wb.getWorksheet("Bãi chôn lấp chất thải rắn")!;

describe("downloading the form", () => {
  it("is a protected workbook prefilled with the draft, last year and the figures others report", async () => {
    const f = await formFixture(t);
    await saveThroughApi(f, { public_transport_vehicles: "130" });
    const response = await f.reporterA.get(f.xlsxUrl);
    expect(response.headers["content-type"]).toContain("spreadsheetml.sheet");
    expect(response.headers["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Biểu mẫu PEPI-2782 năm 2023 - ${f.agencyAName}.xlsx`)}`,
    );
    const wb = await download(f.reporterA, f.xlsxUrl);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Hướng dẫn",
      "Chỉ số 07",
      "Chỉ số 09",
      "Chỉ số 13",
      "Chỉ số 22",
      "Bãi chôn lấp chất thải rắn",
      "_pepi",
    ]);
    expect(wb.getWorksheet("_pepi")!.state).toBe("veryHidden");
    const cover = wb.getWorksheet("Hướng dẫn")!;
    const coverText = cover.getSheetValues().flat().join(" | ");
    expect(coverText).toContain(`Cơ quan báo cáo | ${f.agencyAName}`);
    expect(coverText).toContain("Hạn gửi số liệu | 20/02/2024");
    expect(coverText).toContain("Không dùng công thức Excel, không gộp ô");

    const sheet = wb.getWorksheet("Chỉ số 07")!;
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      "Mã",
      "Tên số liệu",
      "Đơn vị",
      "Năm 2022",
      "Năm 2023",
      "Ghi chú, hướng dẫn",
    ]);
    const row = figureRow(wb, "Chỉ số 07", "public_transport_vehicles");
    expect(row.getCell(2).value).toBe("Số phương tiện giao thông công cộng");
    expect(row.getCell(3).value).toBe("xe");
    expect(row.getCell(4).value).toBe(120); // last year, from the 2022 history cycle
    expect(row.getCell(5).value).toBe(130); // this year's draft
    expect(row.getCell(5).numFmt).toBe("#,##0");
    expect(row.getCell(5).protection).toMatchObject({ locked: false });
    for (const column of [1, 2, 4, 6]) expect(row.getCell(column).protection?.locked).not.toBe(false);
    // No password: it guards against slips, not against anyone.
    for (const ws of wb.worksheets)
      expect((ws as unknown as { sheetProtection: object }).sheetProtection).toEqual({
        sheet: true,
        formatColumns: true,
        formatRows: true,
      });
    expect(figureRow(wb, "Chỉ số 09", "hazardous_waste_treated_t").getCell(4).value).toBe(8.5);

    // Reported by agency B: shown read-only, locked, saying who reports it.
    const shared = figureRow(wb, "Chỉ số 09", "hazardous_waste_generated_t");
    expect(shared.getCell(5).protection?.locked).not.toBe(false);
    expect(shared.getCell(6).value).toBe(`Do ${f.agencyBName} báo cáo – chỉ xem`);

    const list = landfillSheet(wb);
    expect(list.getRow(3).values).toEqual([undefined, "Tên bãi chôn lấp", "Hợp vệ sinh"]);
    expect(list.getCell("A3").protection?.locked).not.toBe(false);
    expect(list.getColumn(1).protection).toMatchObject({ locked: false });
  });

  it("is refused to another agency's user, and to a reporter of no agency's form", async () => {
    const f = await formFixture(t);
    expect((await f.reporterB.get(f.xlsxUrl)).statusCode).toBe(403);
    const coordinator = await signedInClient(t, "coordinator");
    expect((await coordinator.get(f.xlsxUrl)).statusCode).toBe(200);
    const viewer = await signedInClient(t, "ministry_viewer");
    expect((await viewer.get(f.xlsxUrl)).statusCode).toBe(403);
  });
});

describe("uploading the form", () => {
  it("saves the values filled in Excel, lists included, and the form shows them", async () => {
    const f = await formFixture(t);
    const wb = await download(f.reporterA, f.xlsxUrl);
    figureRow(wb, "Chỉ số 07", "public_transport_vehicles").getCell(5).value = 150;
    figureRow(wb, "Chỉ số 09", "hazardous_waste_treated_t").getCell(5).value = 12.345;
    figureRow(wb, "Chỉ số 22", "air_stations_class4").getCell(5).value = "3"; // typed as text
    landfillSheet(wb).addRows([
      ["Bãi rác Đồng Xoài", "Có"],
      ['=HYPERLINK("http://x")', "Không"],
    ]);
    const response = await uploadXlsx(f.reporterA, f.xlsxUrl, await pack(wb));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ changed: 4, skipped: 0, problems: [], problemCount: 0 });

    const form = await readForm(f.reporterA, f.formUrl);
    expect(elementOf(form, "public_transport_vehicles").number).toBe("150");
    expect(Number(elementOf(form, "hazardous_waste_treated_t").number)).toBe(12.345);
    expect(elementOf(form, "air_stations_class4").number).toBe("3");
    expect(elementOf(form, "landfills").list).toEqual([
      { name: "Bãi rác Đồng Xoài", sanitary: true },
      { name: '=HYPERLINK("http://x")', sanitary: false },
    ]);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.type, "submission.values_saved"), eq(auditEvents.entityId, f.cycleId)));
    expect(event?.summary).toMatch(/^Nhập từ tệp Excel “Biểu mẫu đã điền.xlsx”: lưu 4 số liệu năm 2023/);

    // Downloaded again, the text that looked like a formula is neutralised, and sent back as it
    // is nothing changes: only values that differ are saved.
    const again = await download(f.reporterA, f.xlsxUrl);
    expect(landfillSheet(again).getCell("A5").value).toBe('\'=HYPERLINK("http://x")');
    expect(landfillSheet(again).getCell("B4").value).toBe("Có");
    const resend = await uploadXlsx(f.reporterA, f.xlsxUrl, await pack(again));
    expect(resend.json()).toMatchObject({ changed: 0, unchanged: 4 });
    const after = await readForm(f.reporterA, f.formUrl);
    expect(elementOf(after, "landfills").version).toBe(elementOf(form, "landfills").version);
  });

  it("reads a list of many rows and clears a figure whose cell was emptied", async () => {
    const f = await formFixture(t);
    await saveThroughApi(f, { air_stations_class4: "2" });
    const wb = await download(f.reporterA, f.xlsxUrl);
    figureRow(wb, "Chỉ số 22", "air_stations_class4").getCell(5).value = null;
    landfillSheet(wb).addRows(
      Array.from({ length: 300 }, (_, i) => [`Bãi số ${i + 1}`, i % 3 === 0 ? "Có" : "Không"]),
    );
    const response = await uploadXlsx(f.reporterA, f.xlsxUrl, await pack(wb));
    expect(response.json()).toMatchObject({ changed: 2 });
    const form = await readForm(f.reporterA, f.formUrl);
    expect(elementOf(form, "air_stations_class4").number).toBeNull();
    expect(elementOf(form, "landfills").list).toHaveLength(300);
    expect(elementOf(form, "landfills").list?.[299]).toEqual({ name: "Bãi số 300", sanitary: false });
    expect(elementOf(form, "landfills").list?.[297]).toEqual({ name: "Bãi số 298", sanitary: true });
  });
});
