import { describe, expect, it } from "vitest";
import { compileShipped } from "./fixtures.test-support.js";
import { isAdditive, mergeBaseline } from "./merged-baseline.js";

const pepi = compileShipped("pepi-2782.yaml");
const A = "VN63-tinh-lam-dong";
const B = "VN63-tinh-binh-thuan";
const merged = "VN34-tinh-lam-dong";

describe("the base of a merged province built from its former provinces", () => {
  it("computes a ratio from the summed numerators and denominators, not from the two percentages", () => {
    const baseline = mergeBaseline(
      pepi,
      "2021",
      merged,
      [A, B],
      [
        { provinceCode: A, code: "urban_water_supplied_m3", value: 1_000_000 },
        { provinceCode: A, code: "urban_wastewater_treated_m3", value: 600_000 },
        { provinceCode: B, code: "urban_water_supplied_m3", value: 100_000 },
        { provinceCode: B, code: "urban_wastewater_treated_m3", value: 10_000 },
      ],
    );
    const supplied = baseline.figures.find((f) => f.code === "urban_water_supplied_m3")!;
    expect(supplied).toMatchObject({
      merged: 1_100_000,
      way: "sum",
      byProvince: { [A]: 1_000_000, [B]: 100_000 },
    });
    const treated = baseline.indicators.find((i) => i.code === "01")!;
    // Each former province: 75 % and 12,5 %. Their average (43,75 %) would be wrong.
    expect(treated.byProvince[A]).toBeCloseTo(75, 10);
    expect(treated.byProvince[B]).toBeCloseTo(12.5, 10);
    expect(treated.way).toBe("computed");
    expect(treated.merged).toBeCloseTo((610_000 / (1_100_000 * 0.8)) * 100, 10);
  });

  it("sums nothing while a former province lacks the figure, and names it", () => {
    const baseline = mergeBaseline(
      pepi,
      "2021",
      merged,
      [A, B],
      [{ provinceCode: A, code: "population_total", value: 1_300_000 }],
    );
    expect(baseline.figures.find((f) => f.code === "population_total")).toMatchObject({
      merged: null,
      way: "incomplete",
      missing: [B],
    });
  });

  it("takes a score only as the merged province's own value, never a sum", () => {
    expect(isAdditive({ kind: "number", unit: "1" })).toBe(false);
    expect(isAdditive({ kind: "number", unit: "%" })).toBe(false);
    expect(isAdditive({ kind: "number", unit: "m3" })).toBe(true);
    // A unit not known to be an amount is never summed: a concentration, a rate per person.
    expect(isAdditive({ kind: "number", unit: "mg/l" })).toBe(false);
    expect(isAdditive({ kind: "number", unit: "kg/người/ngày" })).toBe(false);
    const figures = [
      { provinceCode: A, code: "satisfaction_points", value: 0.8 },
      { provinceCode: B, code: "satisfaction_points", value: 0.6 },
    ];
    const without = mergeBaseline(pepi, "2021", merged, [A, B], figures);
    expect(without.figures.find((f) => f.code === "satisfaction_points")).toMatchObject({
      merged: null,
      way: "not_additive",
    });
    const given = mergeBaseline(
      pepi,
      "2021",
      merged,
      [A, B],
      [...figures, { provinceCode: merged, code: "satisfaction_points", value: 0.71 }],
    );
    expect(given.figures.find((f) => f.code === "satisfaction_points")).toMatchObject({
      merged: 0.71,
      way: "given",
    });
  });
});
