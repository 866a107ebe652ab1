import { describe, expect, it } from "vitest";
import type { TrendYear } from "../../contracts/standing.js";
import { methodPeriods, plottedYears, trendChartOption } from "./trend-chart.js";

const year = (
  y: number,
  method: string | null,
  own: [points: number, complete: boolean, approved?: boolean] | null,
  published: number | null,
): TrendYear => ({
  year: y,
  method,
  own: own && {
    points: own[0],
    maxPoints: 100,
    complete: own[1],
    provisional: false,
    approved: own[2] ?? true,
    source: "cycle",
  },
  published:
    published === null
      ? null
      : { total: published, rank: 10, band: null, provinceCount: y <= 2024 ? 63 : 34 },
});

const trend = [
  year(2021, "QĐ 2782/QĐ-BTNMT", null, 60),
  year(2022, "QĐ 2782/QĐ-BTNMT", [66, true], 65),
  year(2023, "QĐ 2782/QĐ-BTNMT", [51, false], null),
  year(2024, "QĐ 383/QĐ-BTNMT", [70, true, false], 57),
  year(2025, "QĐ 383/QĐ-BTNMT", null, 55),
];

type Point = { value: [number, number]; symbol?: string; labelled?: boolean };
type Series = {
  name: string;
  data: Point[];
  label: { show: boolean };
  markArea?: { data: [{ name: string; xAxis: number }, { xAxis: number }][] };
};

describe("the trend chart", () => {
  it("splits the years by method and by the count of provinces ranked", () => {
    expect(methodPeriods(trend)).toEqual([
      { method: "QĐ 2782/QĐ-BTNMT", era: "63", from: 2021, to: 2023 },
      { method: "QĐ 383/QĐ-BTNMT", era: "63", from: 2024, to: 2024 },
      { method: "QĐ 383/QĐ-BTNMT", era: "34", from: 2025, to: 2025 },
    ]);
    expect(plottedYears(trend)).toBe(4);
  });

  it("never joins two periods in one line, and leaves an incomplete result off the 100-point scale", () => {
    const series = trendChartOption(trend).series as Series[];
    expect(series.map((s) => s.name)).toEqual([
      "PEPI Hub tính (QĐ 2782/QĐ-BTNMT, 63 tỉnh)",
      "Bộ công bố (QĐ 2782/QĐ-BTNMT, 63 tỉnh)",
      "PEPI Hub tính (QĐ 383/QĐ-BTNMT, 63 tỉnh)",
      "Bộ công bố (QĐ 383/QĐ-BTNMT, 63 tỉnh)",
      "PEPI Hub tính (QĐ 383/QĐ-BTNMT, 34 tỉnh)",
      "Bộ công bố (QĐ 383/QĐ-BTNMT, 34 tỉnh)",
    ]);
    expect(series[0]?.data.map((p) => p.value)).toEqual([[2022, 66]]);
    expect(series[1]?.data.map((p) => p.value)).toEqual([
      [2021, 60],
      [2022, 65],
    ]);
    // A band of one year is a year wide, not a line.
    const band = series[2]?.markArea?.data[0];
    expect([band?.[0].xAxis, band?.[1].xAxis]).toEqual([2023.5, 2024.5]);
  });

  it("fills only approved points, and labels a published point only where ours is not drawn", () => {
    const series = trendChartOption(trend).series as Series[];
    expect(series[0]?.data[0]?.symbol).toBe("circle");
    expect(series[2]?.data[0]?.symbol).toBe("emptyCircle");
    expect(series[1]?.data.map((p) => p.labelled)).toEqual([true, false]);
  });

  it("shortens the method names and drops point labels on a phone", () => {
    const series = trendChartOption(trend, { compact: true }).series as Series[];
    expect(series[0]?.markArea?.data[0]?.[0].name).toBe("QĐ 2782\n63 tỉnh");
    expect(series[0]?.name).toBe("PEPI Hub tính (QĐ 2782, 63 tỉnh)");
    expect(series.every((s) => s.label.show === false)).toBe(true);
  });
});
