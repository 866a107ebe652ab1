// The province's greenhouse-gas picture, from the small register of tests/support/ghg-picture.ts:
// every expected figure below is counted by hand from its rows.

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GhgPictureView } from "../../src/contracts/ghg-picture.js";
import { ghgFacilities } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { seedPictureRegister, seedReport } from "../support/ghg-picture.js";

let t: TestApp;
let coordinator: TestClient;
let leader: TestClient;
let agencyId: string;
let ids: Awaited<ReturnType<typeof seedPictureRegister>>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const province = await makeCycleProvince(db, "Tỉnh Đồng Nai");
  await makeCycle(db, province.provinceId, { year: 2023 });
  coordinator = await signedInClient(t, "coordinator");
  leader = await signedInClient(t, "leader");
  agencyId = province.agencies.industry;
  ids = await seedPictureRegister(db, province.agencies);
}, 60_000);
afterAll(() => t?.close());

describe("the province's greenhouse-gas picture", () => {
  let picture: GhgPictureView;

  beforeAll(async () => {
    const response = await leader.get("/api/ghg/picture");
    expect(response.statusCode).toBe(200);
    picture = response.json();
  });

  it("counts the listed facilities by sector, ministry and department; the dropped one apart", () => {
    expect(picture.facilities).toEqual({ listed: 2, unlisted: 1, quota: 1 });
    expect(picture.bySector.map((c) => [c.label, c.count])).toEqual([
      ["Chất thải", 1],
      ["Năng lượng", 1],
    ]);
    expect(picture.byAgency.map((c) => [c.label, c.count])).toEqual([
      ["Sở Công Thương", 1],
      ["Sở Nông nghiệp và Môi trường", 1],
    ]);
  });

  it("counts the activity data due in 2023 and 2024 as on time, late or missing", () => {
    // 2023: energy 20/3 and waste 31/3 on time, construction none. 2024: energy 15/4 late, the
    // two others none (construction was still listed on 31/3/2024; the 2024 list took effect 1/10).
    const years = Object.fromEntries(picture.compliance.map((c) => [c.year, c]));
    expect(years[2023]).toMatchObject({ due: 3, onTime: 2, late: 0, missing: 1 });
    expect(years[2023]!.onTimeRate).toBeCloseTo(66.67, 2);
    expect(years[2024]).toMatchObject({ due: 3, onTime: 0, late: 1, missing: 2, onTimeRate: 0 });
  });

  it("takes one figure per facility and year: the province's own, then an appraised one, then the latest", () => {
    // 2022: energy 11.000 (not appraised) + waste 4.100 (determined instead of the 4.000 declared).
    // 2023: energy 12.500,5 accepted rather than 12.600 of the later report not yet appraised.
    // 2024: energy 13.000, not appraised yet.
    expect(picture.emissions.totals).toEqual([
      { year: 2022, total: 15_100, facilities: 2, appraised: 1 },
      { year: 2023, total: 12_500.5, facilities: 1, appraised: 1 },
      { year: 2024, total: 13_000, facilities: 1, appraised: 0 },
    ]);
    expect(picture.emissions.bySector).toEqual([
      { sector: "waste", label: "Chất thải", values: [4_100, null, null] },
      { sector: "energy", label: "Năng lượng", values: [11_000, 12_500.5, 13_000] },
    ]);
    expect(picture.largest).toEqual([
      expect.objectContaining({
        name: "Nhà máy Nhiệt điện Thử",
        year: 2024,
        total: 13_000,
        appraised: false,
      }),
    ]);
  });

  it("gives the same figures as Excel, the figures not yet appraised marked", async () => {
    const response = await coordinator.get("/api/ghg/picture.xlsx");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(/Co-so-phat-thai-KNK-\d{4}-\d{2}-\d{2}\.xlsx/);
    const Excel = (await import("exceljs")).default;
    const book = new Excel.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Tổng quan",
      "Tuân thủ nghĩa vụ",
      "Phát thải theo lĩnh vực",
      "Phát thải theo cơ sở",
    ]);
    expect(String(book.getWorksheet("Tổng quan")!.getCell("A1").value)).toBe(
      "Cơ sở phát thải khí nhà kính của Tỉnh Đồng Nai",
    );
    const facilities = book.getWorksheet("Phát thải theo cơ sở")!;
    expect(facilities.getRow(1).values).toEqual([
      undefined,
      "Tên cơ sở",
      "Lĩnh vực",
      "Bộ quản lý",
      "Cơ quan theo dõi",
      "Trong danh mục",
      "2022 (tCO2tđ)",
      "2023 (tCO2tđ)",
      "2024 (tCO2tđ)",
    ]);
    const energy = facilities.getRows(2, 3)!.find((r) => r.getCell(1).value === "Nhà máy Nhiệt điện Thử")!;
    expect([energy.getCell(6).value, energy.getCell(7).value, energy.getCell(8).value]).toEqual([
      11_000, 12_500.5, 13_000,
    ]);
    // Appraised: no fill; not yet appraised: the amber fill the note explains.
    const fillOf = (cell: number) =>
      (energy.getCell(cell).fill as { fgColor?: { argb?: string } }).fgColor?.argb;
    expect(fillOf(7)).toBeUndefined();
    expect(fillOf(8)).toBe("FFFFE0B2");
  });

  it("is read again once a report arrives or a facility changes (the read cache follows the tables)", async () => {
    const db = t.database.db;
    await seedReport(db, ids.waste, { rule: "activity-data", year: 2024, receivedOn: "2024-03-25" }, [
      { year: 2023, total: 3_900 },
    ]);
    const after = (await leader.get("/api/ghg/picture")).json() as GhgPictureView;
    expect(after.compliance.find((c) => c.year === 2024)).toMatchObject({ onTime: 1, late: 1, missing: 1 });
    expect(after.emissions.totals.find((y) => y.year === 2023)?.total).toBe(16_400.5);
    const before = (await coordinator.get("/api/ghg/facilities")).json().items as { name: string }[];
    expect(before.map((f) => f.name)).toContain("Khu xử lý chất thải Thử");
    await db
      .update(ghgFacilities)
      .set({ name: "Khu xử lý chất thải Thử (đổi tên)" })
      .where(eq(ghgFacilities.id, ids.waste));
    const renamed = (await coordinator.get("/api/ghg/facilities")).json().items as { name: string }[];
    expect(renamed.map((f) => f.name)).toContain("Khu xử lý chất thải Thử (đổi tên)");
  });

  it("is not for the agencies", async () => {
    const reporter = await signedInClient(t, "reporter", agencyId);
    expect((await reporter.get("/api/ghg/picture")).statusCode).toBe(403);
  });
});
