import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annexSheetName } from "../../src/server/reports/annex-workbook.js";
import { createTestApp, type TestApp, TestClient } from "../support/app.js";
import { makeUser } from "../support/factories.js";

let t: TestApp;
let coordinator: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  const user = await makeUser(t.database.db, "coordinator");
  coordinator = new TestClient(t.app);
  await coordinator.login(user.username, user.password);
});
afterAll(() => t.close());

async function downloadAnnex(code = "PEPI-2782"): Promise<ExcelJS.Workbook> {
  const response = await coordinator.get(`/api/frameworks/${code}/annex.xlsx`);
  expect(response.statusCode).toBe(200);
  expect(response.headers["content-type"]).toContain("spreadsheetml");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

function rowOf(sheet: ExcelJS.Worksheet, edition: string, code: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === edition && row.getCell(2).value === code) found = row;
  });
  if (!found) throw new Error(`no row ${edition}/${code}`);
  return found;
}

async function upload(workbook: ExcelJS.Workbook, fileName = "phu-luc.xlsx") {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return coordinator.post("/api/frameworks/PEPI-2782/annex", {
    fileName,
    contentBase64: buffer.toString("base64"),
  });
}

describe("annex import from Excel", () => {
  it("round-trips: the prefilled sheet, changed in two cells, becomes a version marked official there", async () => {
    const workbook = await downloadAnnex();
    const sheet = workbook.getWorksheet(annexSheetName)!;
    const row = rowOf(sheet, "2021", "07");
    expect(row.getCell(5).value).toBe("public_transport_vehicles / urban_population * 10000");
    row.getCell(6).value = 3.5;
    row.getCell(9).value = 8;
    const response = await upload(workbook);
    expect(response.statusCode).toBe(201);
    const detail = (await coordinator.get("/api/frameworks/PEPI-2782")).json();
    expect(detail.version).toBe(response.json().version);
    const entry = detail.editions
      .find((e: { code: string }) => e.code === "2021")
      .indicators.find((i: { code: string }) => i.code === "07");
    expect(entry).toMatchObject({ points: 3.5, scoring: { type: "linear", floor: 0, target: 8 } });
    expect(entry.provenance).toEqual({ points: "official", scoring: "official" });
    const untouched = detail.editions
      .find((e: { code: string }) => e.code === "2021")
      .indicators.find((i: { code: string }) => i.code === "01");
    expect(untouched.provenance.scoring).toBe("provisional");
  });

  it("refuses an unchanged sheet", async () => {
    const response = await upload(await downloadAnnex());
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].message).toMatch(/không có giá trị nào khác/);
  });

  it("places every problem by row and column and changes nothing", async () => {
    const before = (await coordinator.get("/api/frameworks/PEPI-2782")).json().version;
    const workbook = await downloadAnnex();
    const sheet = workbook.getWorksheet(annexSheetName)!;
    const row = rowOf(sheet, "2021", "05");
    row.getCell(6).value = "ba điểm";
    row.getCell(8).value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
    rowOf(sheet, "2021", "09").getCell(7).value = "theo cảm tính";
    const response = await upload(workbook);
    expect(response.statusCode).toBe(400);
    const details = response.json().error.details;
    expect(details).toContainEqual({
      field: "Điểm tối đa",
      row: row.number,
      message: `${annexSheetName}: Phải là số, không phải “ba điểm”`,
    });
    expect(details).toContainEqual({
      field: "Tham số 1",
      row: row.number,
      message: `${annexSheetName}: Ô chứa công thức Excel; hãy nhập giá trị`,
    });
    expect(
      details.some((d: { message: string }) => d.message.startsWith("Không rõ cách chấm “theo cảm tính”")),
    ).toBe(true);
    expect((await coordinator.get("/api/frameworks/PEPI-2782")).json().version).toBe(before);
  });

  it("refuses merged cells, a foreign workbook, a corrupted file and a password-protected one", async () => {
    const merged = await downloadAnnex();
    merged.getWorksheet(annexSheetName)!.mergeCells("C3:D3");
    expect((await upload(merged)).json().error.details[0].message).toMatch(/gộp ô/);

    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Sheet1").addRow(["a"]);
    expect((await upload(foreign)).json().error.details[0].message).toMatch(
      /Không có trang “Phụ lục chỉ số”/,
    );

    const post = (content: Buffer, fileName = "x.xlsx") =>
      coordinator.post("/api/frameworks/PEPI-2782/annex", {
        fileName,
        contentBase64: content.toString("base64"),
      });
    const corrupted = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect((await post(corrupted)).json().error.details[0].message).toBe("Tệp Excel bị hỏng, không đọc được");
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(200)]);
    expect((await post(ole)).json().error.details[0].message).toMatch(/đặt mật khẩu/);
    expect((await post(Buffer.from("abc"), "x.pdf")).json().error.details[0]).toMatchObject({
      field: "fileName",
    });
  });

  it("writes text so that it can never run as a formula in Excel", async () => {
    const edit = await coordinator.patch("/api/frameworks/PEPI-2782/indicators/08", {
      note: "Kiểm tra an toàn bảng tính",
      provenance: "provisional",
      name: { vi: '=HYPERLINK("http://x.example","bấm")' },
    });
    expect(edit.statusCode).toBe(201);
    const sheet = (await downloadAnnex()).getWorksheet(annexSheetName)!;
    const cell = rowOf(sheet, "2021", "08").getCell(3);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(String(cell.value).startsWith("'=")).toBe(true);
  });
});
