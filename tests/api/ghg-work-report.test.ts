// The department's yearly report on greenhouse-gas work, read back from the .docx: its words
// edited and saved whole (an outdated copy refused), the facilities, the obligations of 2024 met
// or not by name, the emissions table and the annex, all from the small register of
// tests/support/ghg-picture.ts; and the province's list in the national list's columns.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GhgWorkReportDraft } from "../../src/contracts/ghg-work-report.js";
import { auditEvents, ghgFacilities, ghgFacilityEvents } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { docxText } from "../support/documents.js";
import { seedPictureRegister } from "../support/ghg-picture.js";

let t: TestApp;
let coordinator: TestClient;
let leader: TestClient;
let ids: Awaited<ReturnType<typeof seedPictureRegister>>;

const draft = async () => (await coordinator.get("/api/ghg/work-reports/2024")).json() as GhgWorkReportDraft;
const report = async () => {
  const response = await leader.get("/api/ghg/work-reports/2024/report.docx");
  expect(response.statusCode).toBe(200);
  expect(response.headers["content-disposition"]).toContain("Bao-cao-kiem-ke-KNK-2024.docx");
  return docxText(response.rawPayload);
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const province = await makeCycleProvince(db, "Tỉnh Đồng Nai");
  await makeCycle(db, province.provinceId, { year: 2023 });
  coordinator = await signedInClient(t, "coordinator");
  leader = await signedInClient(t, "leader");
  ids = await seedPictureRegister(db, province.agencies);
}, 60_000);
afterAll(() => t?.close());

describe("the department's report on greenhouse-gas work", () => {
  it("starts from words built from the register: the lists in force, to the chairman", async () => {
    const d = await draft();
    expect(d.saved).toBe(false);
    expect(d.allowedActions).toEqual(["ghg.manage"]);
    expect(d.fields.addressees).toEqual(["Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai"]);
    expect(d.fields.subject).toBe(
      "Kết quả thực hiện kiểm kê khí nhà kính của các cơ sở trên địa bàn tỉnh năm 2024",
    );
    // The 2022 list was in force in 2024; the 2024 list too, from 01/10/2024.
    expect(d.fields.actions.split("\n")).toEqual([
      expect.stringContaining("Quyết định số 01/2022/QĐ-TTg (có hiệu lực từ ngày 18/01/2022)"),
      expect.stringContaining("Quyết định số 13/2024/QĐ-TTg (có hiệu lực từ ngày 01/10/2024)"),
    ]);
  });

  it("prints the facilities, the obligations of the year by name, the emissions and the annex", async () => {
    const text = await report();
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai");
    expect(text).toContain("1. Công tác triển khai");
    expect(text).toMatch(
      /trên địa bàn tỉnh có 2 cơ sở thuộc danh mục phải thực hiện kiểm kê khí nhà kính, trong đó 1 cơ sở được phân bổ hạn ngạch phát thải; ngoài ra 1 cơ sở đã đóng cửa hoặc không còn trong danh mục/,
    );
    // 2024: the energy plant's activity data came on 15/4 (late); the two others sent none.
    expect(text).toContain(
      "Năm 2024, các cơ sở có 3 nghĩa vụ báo cáo đã đến hạn: 0 nghĩa vụ được thực hiện đúng hạn (0%), 1 nghĩa vụ thực hiện muộn, 2 nghĩa vụ chưa thực hiện",
    );
    expect(text).toMatch(
      /Nhà máy Nhiệt điện Thử \(Sở Công Thương\): cung cấp số liệu hoạt động[^;]*– nộp muộn \(hạn 31\/03\/2024, nhận ngày 15\/04\/2024\)/,
    );
    expect(text).toMatch(
      /Khu xử lý chất thải Thử \(Sở Nông nghiệp và Môi trường\): [^;]*– chưa nộp \(hạn 31\/03\/2024\)/,
    );
    // The emissions table: 2022 15.100 (4.100 determined by the province), 2023 12.500,5, 2024 13.000.
    expect(text).toMatch(/Tổng cộng\s*15\.100\s*12\.500,5\s*13\.000/);
    expect(text).toContain("Số cơ sở có số liệu (đã thẩm định)");
    // 2022: the energy plant's 11.000 is not appraised; 2024: its 13.000 neither.
    expect(text).toContain(
      "số liệu chưa được Sở thẩm định xong, là số liệu do cơ sở báo cáo: năm 2022 1 cơ sở, năm 2024 1 cơ sở:",
    );
    expect(text).toMatch(/Nhà máy Nhiệt điện Thử\s*Năng lượng\s*13\.000 \(chưa thẩm định\)/);
    expect(text).toContain("DANH SÁCH CƠ SỞ PHÁT THẢI KHÍ NHÀ KÍNH TRÊN ĐỊA BÀN TỈNH");
    expect(text).toMatch(/Nhà máy Xi măng Thử \(không còn trong danh mục\)/);
    expect(text).toMatch(/Nhà máy Nhiệt điện Thử \(có hạn ngạch\)[\s\S]*1 muộn/);
    // The section left empty is not printed.
    expect(text).not.toContain("Tồn tại, hạn chế");
  });

  it("saves the edited words whole with an audit event, refuses an outdated copy, and resets", async () => {
    const d = await draft();
    const fields = {
      ...d.fields,
      numberSymbol: "125/BC-SNNMT",
      actions: "- Công văn số 1761/SNNMT-BĐKH ngày 30/3/2024 đề nghị các cơ sở cung cấp số liệu hoạt động.",
      remaining: "Một số cơ sở chưa bố trí cán bộ phụ trách kiểm kê.",
    };
    const saved = await coordinator.put("/api/ghg/work-reports/2024", { fields, rowVersion: null });
    expect(saved.statusCode).toBe(204);
    const stale = await coordinator.put("/api/ghg/work-reports/2024", { fields, rowVersion: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_UPDATE");
    const bad = await coordinator.put("/api/ghg/work-reports/2024", {
      fields: { ...fields, remaining: "x".repeat(8001) },
      rowVersion: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe("fields.remaining");
    const text = await report();
    expect(text).toContain("Công văn số 1761/SNNMT-BĐKH ngày 30/3/2024");
    expect(text).toContain("5. Tồn tại, hạn chế");
    expect(text).toContain("Một số cơ sở chưa bố trí cán bộ phụ trách kiểm kê.");
    expect(text).toMatch(/\(Kèm theo Báo cáo số 125\/BC-SNNMT ngày\s+của Sở Nông nghiệp và Môi trường\)/);
    const audits = await t.database.db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.type, "ghg.work_report_saved"));
    expect(audits[0]!.n).toBe(1);
    expect((await leader.put("/api/ghg/work-reports/2024", { fields, rowVersion: 1 })).statusCode).toBe(403);
    expect((await coordinator.delete("/api/ghg/work-reports/2024")).statusCode).toBe(204);
    expect((await draft()).saved).toBe(false);
  });

  it("lists the facilities in the national list's columns with what the province proposes for each", async () => {
    const db = t.database.db;
    await db.update(ghgFacilities).set({ status: "closed" }).where(eq(ghgFacilities.id, ids.waste));
    await db.insert(ghgFacilityEvents).values({
      id: crypto.randomUUID(),
      facilityId: ids.waste,
      kind: "closed",
      occurredOn: "2025-06-30",
    });
    const response = await coordinator.get("/api/ghg/facilities/ministry-list.xlsx");
    expect(response.statusCode).toBe(200);
    const Excel = (await import("exceljs")).default;
    const book = new Excel.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getCell("A1").value)).toBe(
      "DANH SÁCH CƠ SỞ PHÁT THẢI KHÍ NHÀ KÍNH PHẢI THỰC HIỆN KIỂM KÊ KHÍ NHÀ KÍNH TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI",
    );
    expect(String(sheet.getCell("A3").value)).toContain(
      "Mẫu biểu cập nhật danh mục của Bộ chưa được xác nhận",
    );
    const header = sheet.getRow(5).values as unknown[];
    expect(header.slice(1, 4)).toEqual(["STT", "Tên cơ sở", "Mã số thuế"]);
    const proposals = Object.fromEntries(
      [6, 7, 8].map((r) => [
        String(sheet.getRow(r).getCell(2).value),
        String(sheet.getRow(r).getCell(12).value),
      ]),
    );
    expect(proposals).toEqual({
      "Khu xử lý chất thải Thử": "Đề nghị đưa ra khỏi danh mục: cơ sở đã đóng cửa từ ngày 30/06/2025",
      "Nhà máy Nhiệt điện Thử": "Đề nghị cập nhật tên (danh mục ghi: Tên trong danh mục)",
      "Nhà máy Xi măng Thử": "Không còn trong danh mục theo Quyết định 13/2024/QĐ-TTg",
    });
    expect(sheet.getRow(7).getCell(10).value).toBe("Có (Nhiệt điện)");
  });
});
