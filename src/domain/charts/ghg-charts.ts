// The province's greenhouse-gas emissions by sector and year: one stacked bar per year, one
// colour per sector, tCO2e written the Vietnamese way. One definition for the screen and documents.
import { formatNumberVi } from "../text/format-vi.js";
import { type ChartOption, chartColors, chartFont } from "./chart-style.js";

export interface SectorSeries {
  label: string;
  /** tCO2e per year of `years`; null where the sector has no figure that year. */
  values: (number | null)[];
}

/** Six sectors, each at least 3:1 against white so the bars read apart from the background. */
export const sectorColors = ["#1f3b57", "#a04a00", "#2e7d32", "#6a1b9a", "#00695c", "#8d6e00"];

/** 12.500 and 1,2 triệu: the axis of a province's emissions stays short. */
export function tonnesAxisLabel(value: number): string {
  if (Math.abs(value) >= 1_000_000) return `${formatNumberVi(value / 1_000_000, 1)} triệu`;
  return formatNumberVi(value, 0);
}

export function emissionsBySectorOption(
  years: readonly number[],
  sectors: readonly SectorSeries[],
  options: { font?: string; compact?: boolean } = {},
): ChartOption {
  return {
    animation: false,
    textStyle: { fontFamily: options.font ?? chartFont, fontSize: 13 },
    color: sectorColors,
    legend: { bottom: 0, type: options.compact ? "scroll" : "plain", textStyle: { color: "#000000" } },
    tooltip: {
      trigger: "axis",
      valueFormatter: (v: number | null) => (v === null ? "—" : `${formatNumberVi(v, 2)} tCO₂tđ`),
    },
    grid: { left: 8, right: 16, top: 28, bottom: options.compact ? 56 : 40, containLabel: true },
    xAxis: { type: "category", data: years.map(String), axisLabel: { color: "#000000" } },
    yAxis: {
      type: "value",
      name: "tCO₂tđ",
      nameTextStyle: { align: "left", color: chartColors.muted },
      axisLabel: { color: chartColors.muted, formatter: tonnesAxisLabel },
    },
    series: sectors.map((s) => ({
      type: "bar",
      stack: "total",
      name: s.label,
      data: s.values,
      barMaxWidth: 48,
    })),
  };
}
