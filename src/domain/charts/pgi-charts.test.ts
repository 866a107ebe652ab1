import { describe, expect, it } from "vitest";
import { pgiColumnsOption, pgiTrendOption } from "./pgi-charts.js";

type Bar = {
  value: number;
  itemStyle: { color: string };
  label: { show: boolean; formatter?: () => string };
};
type Series = { name: string; data: { value: [number, number] }[] };

describe("the green index's charts", () => {
  it("draws every province's score best first, the province's own in the accent colour and named", () => {
    const option = pgiColumnsOption(
      [
        { name: "Hải Dương", score: 7.65, own: false },
        { name: "Bắc Ninh (cũ)", score: 7.64, own: true },
        { name: "Long An", score: 7.5, own: false },
      ],
      { max: 10 },
    ) as { series: { data: Bar[] }[]; yAxis: { max: number } };
    const bars = option.series[0]!.data;
    expect(bars.map((b) => b.value)).toEqual([7.65, 7.64, 7.5]);
    expect(bars[1]!.itemStyle.color).not.toBe(bars[0]!.itemStyle.color);
    expect(bars[1]!.label.formatter?.()).toBe("Bắc Ninh (cũ)\n7,64");
    expect(bars.filter((b) => b.label.show)).toHaveLength(1);
    expect(option.yAxis.max).toBe(10);
  });

  it("keeps a former province's years and the merged province's on separate lines, the legend only then", () => {
    const two = pgiTrendOption(
      [
        { name: "Bắc Ninh (cũ)", points: [{ year: 2024, score: 27.78, rank: "hạng 4/63" }] },
        { name: "Bắc Ninh (mới)", points: [{ year: 2025, score: 25, rank: null }] },
      ],
      { max: 40 },
    ) as { series: Series[]; legend: { show: boolean } };
    expect(two.series.map((s) => s.name)).toEqual(["Bắc Ninh (cũ)", "Bắc Ninh (mới)"]);
    expect(two.series[0]!.data.map((d) => d.value[0])).toEqual([2024]);
    expect(two.legend.show).toBe(true);
    const one = pgiTrendOption([{ name: "Hà Nội", points: [{ year: 2024, score: 26.63, rank: null }] }], {
      max: 40,
    }) as { legend: { show: boolean } };
    expect(one.legend.show).toBe(false);
  });
});
