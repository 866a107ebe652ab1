import { describe, expect, it } from "vitest";
import type { TrendYear } from "../../contracts/standing.js";
import { methodPeriods, plottedYears, trendChartOption } from "./trend-chart.js";

const year = (
  y: number,
  method: string | null,
  own: [number, boolean] | null,
  published: number | null,
): TrendYear => ({
  year: y,
  method,
  own: own && { points: own[0], maxPoints: 100, complete: own[1], provisional: false, source: "cycle" },
  published: published === null ? null : { total: published, rank: 10, band: null, provinceCount: 63 },
});

const trend = [
  year(2021, "QĐ 2782/QĐ-BTNMT", null, 60),
  year(2022, "QĐ 2782/QĐ-BTNMT", [66, true], 65),
  year(2023, "QĐ 2782/QĐ-BTNMT", [51, false], null),
  year(2024, "QĐ 383/QĐ-BTNMT", [70, true], null),
];

type Series = { name: string; data: (number | null)[]; markArea?: { data: [{ name: string }, unknown][] } };

describe("the trend chart", () => {
  it("splits the years into the periods of each method", () => {
    expect(methodPeriods(trend)).toEqual([
      { method: "QĐ 2782/QĐ-BTNMT", from: 2021, to: 2023 },
      { method: "QĐ 383/QĐ-BTNMT", from: 2024, to: 2024 },
    ]);
    expect(plottedYears(trend)).toBe(3);
  });

  it("never joins two methods in one line, and leaves an incomplete result off the 100-point scale", () => {
    const series = trendChartOption(trend).series as Series[];
    expect(series.map((s) => s.name)).toEqual([
      "PEPI Hub tính (QĐ 2782)",
      "Bộ công bố (QĐ 2782)",
      "PEPI Hub tính (QĐ 383)",
    ]);
    expect(series[0]?.data).toEqual([null, 66, null, null]);
    expect(series[1]?.data).toEqual([60, 65, null, null]);
    expect(series[2]?.data).toEqual([null, null, null, 70]);
    expect(series[2]?.markArea?.data[0]?.[0].name).toBe("QĐ 383/QĐ-BTNMT");
  });

  it("shortens the method names and drops point labels on a phone", () => {
    const series = trendChartOption(trend, { compact: true }).series as (Series & {
      label: { show: boolean };
    })[];
    expect(series[0]?.markArea?.data[0]?.[0].name).toBe("QĐ 2782");
    expect(series.every((s) => s.label.show === false)).toBe(true);
  });
});
