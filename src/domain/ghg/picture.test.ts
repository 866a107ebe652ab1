import { describe, expect, it } from "vitest";
import { buildPicture, type PictureFacility, type ReportYearFigure, standingFigures } from "./picture.js";

const facility = (id: string, over: Partial<PictureFacility> = {}): PictureFacility => ({
  id,
  name: `Cơ sở ${id}`,
  sector: "energy",
  ministry: "industry_trade",
  agencyName: "Sở Công Thương",
  listed: true,
  quota: false,
  ...over,
});

const figure = (facilityId: string, year: number, total: number, over: Partial<ReportYearFigure> = {}) => ({
  facilityId,
  reportYear: year + 1,
  year,
  total,
  appraised: false,
  determined: false,
  ...over,
});

describe("the province's greenhouse-gas picture", () => {
  const facilities = [
    facility("a", { quota: true }),
    facility("b", { sector: "waste", ministry: "natural_resources_environment", agencyName: "Sở NN&MT" }),
    facility("c", { sector: "construction", ministry: "construction", agencyName: null }),
    facility("d", { listed: false }),
  ];

  it("counts the listed facilities by sector, ministry and department, the dropped ones apart", () => {
    const picture = buildPicture(facilities, [], []);
    expect(picture.facilities).toEqual({ listed: 3, unlisted: 1, quota: 1 });
    expect(picture.bySector.map((c) => [c.label, c.count])).toEqual([
      ["Chất thải", 1],
      ["Năng lượng", 1],
      ["Xây dựng", 1],
    ]);
    expect(picture.byAgency.map((c) => [c.label, c.count])).toEqual([
      ["Chưa giao cơ quan theo dõi", 1],
      ["Sở Công Thương", 1],
      ["Sở NN&MT", 1],
    ]);
    expect(picture.byMinistry.find((c) => c.key === "construction")?.label).toBe("Bộ Xây dựng");
  });

  it("counts obligations due as on time, late or missing, and the rate on time among those due", () => {
    const picture = buildPicture(
      facilities,
      [
        { facilityId: "a", year: 2025, fulfilment: "on_time" },
        { facilityId: "b", year: 2025, fulfilment: "late" },
        { facilityId: "c", year: 2025, fulfilment: "missing" },
        // Dropped later, it still answers for 2025.
        { facilityId: "d", year: 2025, fulfilment: "on_time" },
        { facilityId: "a", year: 2026, fulfilment: "not_due" },
      ],
      [],
    );
    expect(picture.compliance).toEqual([
      { year: 2025, due: 4, onTime: 2, late: 1, missing: 1, notDue: 0, onTimeRate: 50 },
      { year: 2026, due: 0, onTime: 0, late: 0, missing: 0, notDue: 1, onTimeRate: null },
    ]);
  });

  it("takes one figure per facility and year: the province's own, then an appraised one, then the later report", () => {
    const chosen = standingFigures([
      figure("a", 2023, 100, { reportYear: 2024 }),
      figure("a", 2023, 110, { reportYear: 2025 }),
      figure("b", 2023, 50, { reportYear: 2025 }),
      figure("b", 2023, 40, { reportYear: 2024, appraised: true }),
      figure("c", 2023, 70, { appraised: true }),
      figure("c", 2023, 75, { appraised: true, determined: true, reportYear: 2023 }),
    ]);
    expect(chosen.map((f) => [f.facilityId, f.total]).sort()).toEqual([
      ["a", 110],
      ["b", 40],
      ["c", 75],
    ]);
  });

  it("sums emissions by sector and year and lists the largest emitters of the latest year", () => {
    const picture = buildPicture(
      facilities,
      [],
      [
        figure("a", 2023, 12_500.5, { appraised: true }),
        figure("a", 2024, 13_000),
        figure("b", 2024, 4_200.25, { appraised: true }),
        figure("c", 2024, 8_000),
        figure("d", 2023, 3_100),
        figure("unknown", 2024, 99_999),
      ],
    );
    expect(picture.emissions.years).toEqual([2023, 2024]);
    // 2023: a 12.500,5 + d 3.100 = 15.600,5; 2024: 13.000 + 4.200,25 + 8.000 = 25.200,25.
    expect(picture.emissions.totals).toEqual([
      { year: 2023, total: 15_600.5, facilities: 2, appraised: 1 },
      { year: 2024, total: 25_200.25, facilities: 3, appraised: 1 },
    ]);
    expect(picture.emissions.bySector).toEqual([
      { sector: "waste", label: "Chất thải", values: [null, 4_200.25] },
      { sector: "energy", label: "Năng lượng", values: [15_600.5, 13_000] },
      { sector: "construction", label: "Xây dựng", values: [null, 8_000] },
    ]);
    expect(picture.largest.map((e) => [e.name, e.total, e.appraised])).toEqual([
      ["Cơ sở a", 13_000, false],
      ["Cơ sở c", 8_000, false],
      ["Cơ sở b", 4_200.25, true],
    ]);
  });
});
