// History across the 2025 merger: a merged province's comparison base built from its former
// provinces' raw figures (summed numerators and denominators, never averaged percentages),
// their published results beside its own, and the base written into its history year.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MergerHistory } from "../../src/contracts/merger.js";
import { agencies, cycles, formerProvinceFigures } from "../../src/server/db/schema.js";
import { findOrgUnitByCode } from "../../src/server/features/org-units/org-units.repo.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle } from "../support/cycle-factories.js";

let t: TestApp;
let coordinator: TestClient;
const merged = "VN34-tinh-lam-dong";

beforeAll(async () => {
  t = await createTestApp();
  const admin = await signedInClient(t, "admin");
  expect((await admin.post("/api/setup/province", { provinceCode: merged })).statusCode).toBe(200);
  coordinator = await signedInClient(t, "coordinator");
});
afterAll(() => t.close());

const csv = (rows: string[][]) => Buffer.from(`\uFEFF${rows.map((r) => r.join(";")).join("\r\n")}\r\n`);
const history = async (year?: number): Promise<MergerHistory> => {
  const response = await coordinator.get(`/api/merger${year ? `?year=${year}` : ""}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe("the comparison base of a merged province", () => {
  it("names the former provinces and offers the years before the merger", async () => {
    const before = await history();
    expect(before.province.code).toBe(merged);
    expect(before.formers.map((p) => p.shortName).sort()).toEqual(
      ["Bình Thuận", "Lâm Đồng", "Đắk Nông"].sort(),
    );
    expect(before.years.map((y) => y.year)).toEqual(expect.arrayContaining([2024, 2023, 2022, 2021, 2020]));
    expect(before.years.every((y) => y.figures === 0)).toBe(true);
    expect(before.allowedActions).toContain("cycle.manage");
    for (const year of before.published) expect(year.ranked).toBe(year.year <= 2024 ? 63 : 34);
    // The shipped published results: Đắk Nông last of 63 in 2021, beside Bình Thuận.
    const of2021 = before.published.find((y) => y.year === 2021)!;
    expect(of2021.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          provinceCode: "VN63-tinh-dak-nong",
          name: "Đắk Nông",
          totalScore: 51.3,
          rank: 63,
          band: "trung bình",
        }),
        // A caveat of the source travels with its figure.
        expect.objectContaining({
          provinceCode: "VN63-tinh-binh-thuan",
          totalScore: 55.14,
          rank: null,
          notes: expect.stringContaining("chưa xác nhận"),
        }),
      ]),
    );

    const template = await coordinator.get("/api/merger/template.csv?year=2023");
    expect(template.statusCode).toBe(200);
    const lines = template.body.split("\r\n");
    expect(lines[0]).toContain("Tỉnh;Mã;Tên số liệu");
    expect(lines.filter((l) => l.startsWith("Đắk Nông;urban_water_supplied_m3;")).length).toBe(1);
    // A score is not summed: the blank file also asks it of the merged province itself.
    expect(lines.filter((l) => l.includes(";satisfaction_points;")).map((l) => l.split(";")[0])).toContain(
      "Lâm Đồng (mới)",
    );
    expect(lines.filter((l) => l.startsWith("Lâm Đồng (mới);urban_water_supplied_m3;"))).toEqual([]);
  });

  it("refuses a file naming a province that is not among the merged ones, and keeps nothing of it", async () => {
    const response = await coordinator.upload(
      "/api/merger/figures?year=2023",
      {},
      {
        name: "so-lieu-2023.csv",
        content: csv([
          ["Tỉnh", "Mã", "Giá trị"],
          ["Lâm Đồng", "urban_water_supplied_m3", "1.000.000"],
          ["Khánh Hòa", "urban_water_supplied_m3", "500.000"],
          ["Đắk Nông", "nuoc_thai", "3"],
        ]),
      },
    );
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe("LIST_FILE_INVALID");
    expect(error.details.map((d: { row: number }) => d.row)).toEqual([3, 4]);
    expect(error.details[0].message).toContain("không phải tỉnh hợp nhất thành tỉnh Lâm Đồng");
    expect(await t.database.db.select().from(formerProvinceFigures)).toHaveLength(0);
  });

  it("sums the former provinces' figures and computes the ratio from the sums", async () => {
    const response = await coordinator.upload(
      "/api/merger/figures?year=2023",
      {},
      {
        name: "so-lieu-2023.csv",
        content: csv([
          ["Tỉnh", "Mã", "Giá trị", "Nguồn"],
          ["Lâm Đồng", "urban_water_supplied_m3", "1.000.000", "Báo cáo 2023 của tỉnh Lâm Đồng"],
          ["Lâm Đồng", "urban_wastewater_treated_m3", "600.000", ""],
          ["Đắk Nông", "urban_water_supplied_m3", "100.000", ""],
          ["Đắk Nông", "urban_wastewater_treated_m3", "10.000", ""],
          ["Bình Thuận", "urban_water_supplied_m3", "400.000", ""],
          ["Bình Thuận", "urban_wastewater_treated_m3", "80.000", ""],
          ["Bình Thuận", "population_total", "1.250.000", ""],
        ]),
      },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ figures: 7, replaced: 0 });

    const { baseline } = await history(2023);
    const indicator = baseline!.indicators.find((i) => i.code === "01")!;
    // 75 %, 12,5 % and 25 %: their average (37,5 %) is not the merged province's ratio.
    expect(indicator.byProvince["VN63-tinh-lam-dong"]).toBeCloseTo(75, 8);
    expect(indicator.byProvince["VN63-tinh-dak-nong"]).toBeCloseTo(12.5, 8);
    expect(indicator.byProvince["VN63-tinh-binh-thuan"]).toBeCloseTo(25, 8);
    expect(indicator.way).toBe("computed");
    expect(indicator.merged).toBeCloseTo((690_000 / (1_500_000 * 0.8)) * 100, 8);
    expect(baseline!.figures.find((f) => f.code === "population_total")).toMatchObject({
      way: "incomplete",
      merged: null,
    });
    expect(baseline!.imports).toHaveLength(3);
    expect(baseline!.historyCycle).toBeNull();

    // A second file for one province replaces that province's year whole.
    const again = await coordinator.upload(
      "/api/merger/figures?year=2023",
      {},
      {
        name: "binh-thuan-2023.xlsx.csv",
        content: csv([
          ["tinh", "ma", "gia_tri"],
          ["Bình Thuận", "urban_water_supplied_m3", "400.000"],
          ["Bình Thuận", "urban_wastewater_treated_m3", "80.000"],
        ]),
      },
    );
    expect(again.json()).toMatchObject({ figures: 2, replaced: 3 });

    // A bad file after them changes nothing of what is there: one good row, one wrong.
    const before = await t.database.db.select().from(formerProvinceFigures);
    const bad = await coordinator.upload(
      "/api/merger/figures?year=2023",
      {},
      {
        name: "sai.csv",
        content: csv([
          ["Tỉnh", "Mã", "Giá trị"],
          ["Lâm Đồng", "urban_water_supplied_m3", "5"],
          ["Lâm Đồng", "urban_wastewater_treated_m3", "-1"],
        ]),
      },
    );
    expect(bad.statusCode).toBe(400);
    expect(await t.database.db.select().from(formerProvinceFigures)).toEqual(before);
  });

  it("is written into the province's history year once that year is open", async () => {
    const notOpen = await coordinator.post("/api/merger/apply", { year: 2023 });
    expect(notOpen.statusCode).toBe(409);
    expect(notOpen.json().error.code).toBe("HISTORY_YEAR_NOT_OPEN");

    const unit = await findOrgUnitByCode(t.database.db, merged);
    const cycleId = await makeCycle(t.database.db, unit!.id, { year: 2023, kind: "history" });
    const applied = await coordinator.post("/api/merger/apply", { year: 2023 });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json().cycleId).toBe(cycleId);
    const [cycle] = await t.database.db.select().from(cycles).where(eq(cycles.id, cycleId));
    expect((cycle!.indicatorBaseline as Record<string, number>)["01"]).toBeCloseTo(57.5, 8);
    expect((await history(2023)).baseline!.historyCycle?.id).toBe(cycleId);
  });

  it("is read by leaders and changed by the coordinator only", async () => {
    const leader = await signedInClient(t, "leader");
    const reading = await leader.get("/api/merger");
    expect(reading.statusCode).toBe(200);
    expect(reading.json().allowedActions).toEqual([]);
    expect((await leader.post("/api/merger/apply", { year: 2023 })).statusCode).toBe(403);
    const [agency] = await t.database.db.select({ id: agencies.id }).from(agencies).limit(1);
    const reporter = await signedInClient(t, "reporter", agency!.id);
    expect((await reporter.get("/api/merger")).statusCode).toBe(403);
  });
});
