// The coordinator's export of a cycle's data in Excel, CSV and JSON: every assigned figure with
// its value and last change, the lists item by item, the indicators; text never runs as a formula.
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CycleExport } from "../../src/contracts/forms.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import {
  elementOf,
  type FormFixture,
  formFixture,
  openWorkbook,
  readForm,
} from "../support/form-workbooks.js";

let t: TestApp;
let f: FormFixture;
let coordinator: TestClient;
const exportUrl = (format: string) => `/api/cycles/${f.cycleId}/export?format=${format}`;

beforeAll(async () => {
  t = await createTestApp();
  f = await formFixture(t);
  coordinator = await signedInClient(t, "coordinator");
  const form = await readForm(f.reporterA, f.formUrl);
  const version = (code: string) => elementOf(form, code).version;
  const response = await f.reporterA.put(f.formUrl.replace(/form$/, "values"), {
    values: [
      {
        element: "public_transport_vehicles",
        number: "150",
        baseVersion: version("public_transport_vehicles"),
      },
      {
        element: "hazardous_waste_treated_t",
        number: "12,5",
        baseVersion: version("hazardous_waste_treated_t"),
      },
      {
        element: "landfills",
        list: [
          { name: "=1+2", sanitary: true },
          { name: "Bãi Đồng Xoài", sanitary: false },
        ],
        baseVersion: version("landfills"),
      },
    ],
  });
  expect(response.statusCode, response.body).toBe(200);
});
afterAll(() => t.close());

const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));

describe("exporting a cycle's data", () => {
  it("as an Excel workbook: values, indicators and one sheet per list", async () => {
    const response = await coordinator.get(exportUrl("xlsx"));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml.sheet");
    expect(response.headers["content-disposition"]).toContain(
      "filename*=UTF-8''S%E1%BB%91%20li%E1%BB%87u%20PEPI-2782%20n%C4%83m%202023",
    );
    const wb = await openWorkbook(response.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Thông tin",
      "Số liệu",
      "Chỉ số",
      "Bãi chôn lấp chất thải rắn",
    ]);
    const values = rowsOf(wb.getWorksheet("Số liệu")!);
    expect(values[0]).toEqual([
      "Năm",
      "Cơ quan",
      "Mã số liệu",
      "Tên số liệu",
      "Đơn vị",
      "Giá trị",
      "Số mục (danh sách)",
      "Tình trạng xem xét",
      "Phiên bản",
      "Sửa lần cuối lúc (giờ Việt Nam)",
      "Sửa lần cuối bởi",
    ]);
    const vehicles = values.find((r) => r[2] === "public_transport_vehicles")!;
    expect(vehicles.slice(0, 9)).toEqual([
      2023,
      f.agencyAName,
      "public_transport_vehicles",
      "Số phương tiện giao thông công cộng",
      "xe",
      150,
      undefined,
      "Chờ xem xét",
      1,
    ]);
    expect(vehicles[9]).toBeInstanceOf(Date);
    expect(vehicles[10]).toMatch(/^Người dùng reporter\./);
    const missing = values.find((r) => r[2] === "air_stations_class4")!;
    expect(missing[7]).toBe("Chưa nhập");
    expect(values.find((r) => r[2] === "landfills")?.[6]).toBe(2);
    expect(values.find((r) => r[1] === f.agencyBName)?.[2]).toBe("hazardous_waste_generated_t");

    const indicators = rowsOf(wb.getWorksheet("Chỉ số")!);
    expect(indicators[0]).toEqual([
      "Mã",
      "Tên chỉ số",
      "Giá trị",
      "Đơn vị",
      "Điểm",
      "Điểm tối đa",
      "Năm trước",
      "Thay đổi (%)",
      "Tình trạng",
    ]);
    const landfillShare = indicators.find((r) => r[0] === "13")!;
    expect(landfillShare[2]).toBe(50); // one sanitary landfill of two
    expect(landfillShare[5]).toBeGreaterThan(0);

    const list = rowsOf(wb.getWorksheet("Bãi chôn lấp chất thải rắn")!);
    expect(list).toEqual([
      ["Cơ quan", "Tên bãi chôn lấp", "Hợp vệ sinh"],
      [f.agencyAName, "'=1+2", "Có"],
      [f.agencyAName, "Bãi Đồng Xoài", "Không"],
    ]);
  });

  it("as CSV for Vietnamese Excel: BOM, semicolons, decimal comma, formulas neutralised", async () => {
    const response = await coordinator.get(exportUrl("csv"));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = response.rawPayload.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Loại;Năm;Cơ quan;Mã;Tên;Đơn vị;Mục;Trường;Giá trị;Tình trạng;Phiên bản;Sửa lần cuối lúc;Sửa lần cuối bởi;Điểm;Điểm tối đa;Năm trước;Thay đổi (%)",
    );
    const waste = lines.find((l) => l.includes(";hazardous_waste_treated_t;"))!;
    expect(waste).toMatch(
      /^Số liệu;2023;.*;tấn;;;12,5;Chờ xem xét;1;\d\d\/\d\d\/\d{4} \d\d:\d\d;Người dùng reporter\./,
    );
    expect(lines).toContain(
      `Mục danh sách;2023;${f.agencyAName};landfills;Danh sách bãi chôn lấp chất thải rắn sinh hoạt;;1;Tên bãi chôn lấp;'=1+2`,
    );
    expect(lines).toContain(
      `Mục danh sách;2023;${f.agencyAName};landfills;Danh sách bãi chôn lấp chất thải rắn sinh hoạt;;1;Hợp vệ sinh;Có`,
    );
    expect(lines.some((l) => /^Chỉ số;2023;;13;.*;50;Đã tính;/.test(l))).toBe(true);
    expect(lines.filter((l) => /(^|;)=/.test(l))).toEqual([]);
  });

  it("as JSON, with the same content and the text as it was typed", async () => {
    const response = await coordinator.get(exportUrl("json"));
    expect(response.statusCode).toBe(200);
    const data = response.json() as CycleExport;
    expect(data.cycle).toMatchObject({
      id: f.cycleId,
      year: 2023,
      frameworkCode: "PEPI-2782",
      editionCode: "2021",
    });
    expect(data.values.find((v) => v.element === "hazardous_waste_treated_t")).toMatchObject({
      agency: f.agencyAName,
      value: 12.5,
      unit: "tấn",
      reviewStatus: "pending",
      version: 1,
    });
    expect(data.lists).toEqual([
      expect.objectContaining({
        element: "landfills",
        items: [
          { agency: f.agencyAName, values: { name: "=1+2", sanitary: true } },
          { agency: f.agencyAName, values: { name: "Bãi Đồng Xoài", sanitary: false } },
        ],
      }),
    ]);
    expect(data.indicators.find((i) => i.code === "13")).toMatchObject({ value: 50, unit: "%" });
  });

  it("is for those who follow the whole cycle: not an agency's reporter, nor an unknown format", async () => {
    expect((await f.reporterA.get(exportUrl("xlsx"))).statusCode).toBe(403);
    expect((await (await signedInClient(t, "ministry_viewer")).get(exportUrl("csv"))).statusCode).toBe(403);
    expect((await (await signedInClient(t, "leader")).get(exportUrl("json"))).statusCode).toBe(200);
    const wrong = await coordinator.get(exportUrl("pdf"));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe("format");
  });
});
