// The first start for a real merged province: the administrator chooses it among the 34 (once),
// its agencies come from the 2025 template, and its 150 communes, wards and special zones are
// imported from the official list as CSV or Excel, a bad list refused with its rows and nothing
// half-imported.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agency } from "../../src/contracts/agencies.js";
import type { CycleDetail, Dashboard } from "../../src/contracts/cycles.js";
import type { ProvinceSetup } from "../../src/contracts/setup.js";
import { matchProvince } from "../../src/domain/org/provinces.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";

let t: TestApp;
let admin: TestClient;
const lamDong = matchProvince("Lâm Đồng", "34")!;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInClient(t, "admin");
});
afterAll(() => t.close());

/** The official list as the statistics office publishes it: 120 communes, 27 wards, 3 special zones. */
function communeList(count = 150): string[][] {
  const rows = [["Mã xã", "Tên xã", "Cấp", "Tỉnh"]];
  for (let n = 1; n <= count; n++) {
    const [type, name] =
      n <= 120
        ? ["Xã", `Xã Số ${n}`]
        : n <= 147
          ? ["Phường", `Phường Số ${n}`]
          : ["Đặc khu", `Đặc khu Số ${n}`];
    rows.push([String(24000 + n).padStart(5, "0"), name, type, "Tỉnh Lâm Đồng"]);
  }
  return rows;
}
const csv = (rows: string[][]) => Buffer.from(`\uFEFF${rows.map((r) => r.join(",")).join("\r\n")}\r\n`);

const setup = async (client = admin): Promise<ProvinceSetup> =>
  (await client.get("/api/setup/province")).json();

describe("the first start for a real province", () => {
  it("is chosen once among the 34, names the province as documents need, and creates its agencies", async () => {
    const before = await setup();
    expect(before.province).toBeNull();
    expect(before.choices).toHaveLength(34);
    expect(before.allowedActions).toContain("orgUnit.manage");

    const coordinator = await signedInClient(t, "coordinator");
    expect((await setup(coordinator)).allowedActions).toEqual([]);
    expect((await coordinator.post("/api/setup/province", { provinceCode: lamDong.code })).statusCode).toBe(
      403,
    );

    const old = matchProvince("Bình Thuận", "63")!;
    const refused = await admin.post("/api/setup/province", { provinceCode: old.code });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].message).toContain("34 tỉnh, thành phố");

    const chosen = await admin.post("/api/setup/province", { provinceCode: lamDong.code });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json().province).toMatchObject({
      code: lamDong.code,
      name: "Tỉnh Lâm Đồng",
      committee: "Ủy ban nhân dân tỉnh Lâm Đồng",
      department: "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng",
      place: "Lâm Đồng",
    });
    const agencies: Agency[] = (await admin.get("/api/agencies")).json().items;
    const mine = agencies.filter((a) => a.orgUnit.name === "Tỉnh Lâm Đồng").map((a) => a.name);
    for (const name of ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Thống kê tỉnh", "Công an tỉnh"])
      expect(mine).toContain(name);

    // Chosen twice: refused, whichever province.
    const again = await admin.post("/api/setup/province", {
      provinceCode: matchProvince("Gia Lai", "34")!.code,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: "PROVINCE_ALREADY_CHOSEN" });
    expect(again.json().error.message).toContain("Tỉnh Lâm Đồng");
  });

  it("refuses a bad commune list with each row's reason, and imports nothing of it", async () => {
    const rows = communeList(10);
    rows[3]![0] = rows[2]![0]!; // a duplicate code
    rows[4]![2] = "Thị trấn"; // an unknown type
    rows[5]![3] = "Tỉnh Gia Lai"; // a commune of another province
    rows[6]![1] = ""; // no name
    const response = await admin.upload("/api/setup/communes", {}, { name: "ds-xa.csv", content: csv(rows) });
    expect(response.statusCode).toBe(400);
    const details: { row: number; field: string; message: string }[] = response.json().error.details;
    expect(details.map((d) => [d.row, d.field])).toEqual([
      [4, "code"],
      [5, "type"],
      [6, "province"],
      [7, "name"],
    ]);
    expect(response.json().error).toMatchObject({
      code: "LIST_FILE_INVALID",
      message: "Tệp “ds-xa.csv” có 4 lỗi; chưa nạp dòng nào. Hãy sửa các dòng được nêu rồi tải lên lại.",
    });
    expect(details[0]!.message).toBe("Mã “24002” trùng với dòng 3");
    expect((await setup()).communes).toEqual({ xa: 0, phuong: 0, dac_khu: 0 });
  });

  it("imports 150 communes, wards and special zones, each with its People's Committee as an agency", async () => {
    const response = await admin.upload(
      "/api/setup/communes",
      {},
      { name: "ds-xa.csv", content: csv(communeList()) },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ communes: 150, agencies: 150 });
    expect((await setup()).communes).toEqual({ xa: 120, phuong: 27, dac_khu: 3 });
    const agencies: Agency[] = (await admin.get("/api/agencies")).json().items;
    const ward = agencies.find((a) => a.code === "UBND-XA-24121");
    expect(ward).toMatchObject({ name: "UBND phường Số 121", kind: "commune_committee" });
    expect(ward?.orgUnit).toMatchObject({ name: "Phường Số 121", level: "commune" });

    // The same list again: every code is already there.
    const twice = await admin.upload(
      "/api/setup/communes",
      {},
      { name: "ds-xa.csv", content: csv(communeList(3)) },
    );
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details[0].message).toContain("đã có trong danh mục");
  });

  it("reads the list from Excel too, where codes lost their leading zeros", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh sách");
    sheet.addRow(["Mã", "Tên", "Loại"]);
    sheet.addRow([901, "Tà Nung", "Xã"]);
    sheet.addRow([902, "Phường Lâm Viên - Đà Lạt", "Phường"]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await admin.upload("/api/setup/communes", {}, { name: "ds-xa.xlsx", content });
    expect(response.statusCode, response.body).toBe(200);
    const agencies: Agency[] = (await admin.get("/api/agencies")).json().items;
    expect(agencies.find((a) => a.code === "UBND-XA-00901")?.name).toBe("UBND xã Tà Nung");
    const notAList = await admin.upload(
      "/api/setup/communes",
      {},
      { name: "ds-xa.pdf", content: Buffer.from("%PDF-1.4") },
    );
    expect(notAList.statusCode).toBe(422);
    expect(notAList.json().error.message).toContain("chỉ nhận tệp .xlsx hoặc .csv");
  });

  it("opens the 2025 and 2026 years under QĐ 383 for the merged province, its communes among the agencies", async () => {
    const coordinator = await signedInClient(t, "coordinator");
    const units: { id: string; code: string }[] = (await admin.get("/api/org-units?level=province")).json()
      .items;
    const orgUnitId = units.find((u) => u.code === lamDong.code)!.id;
    for (const year of [2025, 2026]) {
      const opened = await coordinator.post("/api/cycles", {
        frameworkCode: "PEPI-383",
        orgUnitId,
        year,
        deadlines: { submissionDue: `${year + 1}-02-20` },
      });
      expect(opened.statusCode, opened.body).toBe(201);
      const cycle = opened.json() as CycleDetail;
      const assigned = new Set(cycle.assignments.map((a) => a.agency.name));
      for (const name of ["Thống kê tỉnh", "Sở Tài chính", "Sở Nội vụ"]) expect(assigned).toContain(name);
      // Every commune, ward and special zone reports its part of the commune-level figures.
      expect(assigned).toContain("UBND xã Số 1");
      expect(assigned).toContain("UBND đặc khu Số 150");
      expect(cycle.submissions.length).toBeGreaterThan(150);
      // Reported after the ministries merged: today's names in its documents.
      const letter = (await coordinator.get(`/api/cycles/${cycle.id}/documents/request_letter/draft`)).json();
      expect(letter.fields.issuingBody).toBe("SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG");
      expect(letter.fields.numberSymbol).toBe("/SNNMT-BVMT");
      const report = (await coordinator.get(`/api/cycles/${cycle.id}/documents/report/draft`)).json();
      expect(report.fields.addressees).toEqual(["Bộ Nông nghiệp và Môi trường"]);
      expect(report.fields.introduction).toContain(
        "Ủy ban nhân dân tỉnh Lâm Đồng đã chỉ đạo Sở Nông nghiệp và Môi trường",
      );
    }
  });

  it("records the former districts and communes, and the dashboard groups the communes by them", async () => {
    const header = ["Mã huyện cũ", "Tên huyện cũ", "Mã xã cũ", "Tên xã cũ", "Mã xã mới"];
    const bad = await admin.upload(
      "/api/setup/former-units",
      {},
      {
        name: "huyen-xa-cu.csv",
        content: csv([header, ["672", "Huyện Đức Trọng", "24841", "Xã Hiệp An", "99999"]]),
      },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ row: 2 });
    expect((await setup()).formerUnits).toEqual({ districts: 0, communes: 0 });

    const good = await admin.upload(
      "/api/setup/former-units",
      {},
      {
        name: "huyen-xa-cu.csv",
        content: csv([
          header,
          ["672", "Huyện Đức Trọng", "24841", "Xã Hiệp An", "24001"],
          ["672", "Huyện Đức Trọng", "24844", "Xã Liên Hiệp", "24001"],
          ["673", "Huyện Lâm Hà", "24850", "Xã Tân Hà", "24001"],
          ["673", "Huyện Lâm Hà", "24853", "Xã Đan Phượng", "24002"],
        ]),
      },
    );
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toEqual({ districts: 2, communes: 4 });
    expect((await setup()).formerUnits).toEqual({ districts: 2, communes: 4 });

    // A district already recorded keeps its name; the file is refused whole, nothing added.
    const renamed = await admin.upload(
      "/api/setup/former-units",
      {},
      {
        name: "them.csv",
        content: csv([
          header,
          ["674", "Huyện Di Linh", "24870", "Xã Gia Hiệp", "24003"],
          ["672", "Huyện Đức Trọng Mới", "24871", "Xã Tân Hội", "24003"],
        ]),
      },
    );
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().error.details).toEqual([
      expect.objectContaining({
        row: 3,
        message: expect.stringContaining("đã có trong danh mục tên là “Huyện Đức Trọng”"),
      }),
    ]);
    expect((await setup()).formerUnits).toEqual({ districts: 2, communes: 4 });

    const coordinator = await signedInClient(t, "coordinator");
    const cycles: { id: string; year: number }[] = (await coordinator.get("/api/cycles")).json().items;
    const cycleId = cycles.find((c) => c.year === 2025)!.id;
    const dashboard: Dashboard = (await coordinator.get(`/api/cycles/${cycleId}/dashboard`)).json();
    const byName = new Map(dashboard.agencies.map((a) => [a.agency.name, a.formerDistricts]));
    expect(byName.get("UBND xã Số 1")).toEqual(["Huyện Đức Trọng", "Huyện Lâm Hà"]);
    expect(byName.get("UBND xã Số 2")).toEqual(["Huyện Lâm Hà"]);
    expect(byName.get("UBND xã Số 3")).toEqual([]);
  });
});
