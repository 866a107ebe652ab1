import { describe, expect, it } from "vitest";
import { emissionsBySectorOption, tonnesAxisLabel } from "./ghg-charts.js";

describe("the emissions chart", () => {
  it("stacks one series per sector over the years, an empty year left empty", () => {
    const option = emissionsBySectorOption(
      [2023, 2024],
      [
        { label: "Năng lượng", values: [12_500.5, 13_000] },
        { label: "Chất thải", values: [null, 4_200] },
      ],
    ) as { xAxis: { data: string[] }; series: { name: string; stack: string; data: (number | null)[] }[] };
    expect(option.xAxis.data).toEqual(["2023", "2024"]);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ["Năng lượng", "total", [12_500.5, 13_000]],
      ["Chất thải", "total", [null, 4_200]],
    ]);
  });

  it("writes the axis the Vietnamese way, millions in words", () => {
    expect(tonnesAxisLabel(12_500)).toBe("12.500");
    expect(tonnesAxisLabel(1_250_000)).toBe("1,3 triệu");
  });
});
