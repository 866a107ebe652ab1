// The province's PEPI over the years as one chart definition (an ECharts option), drawn by the
// browser on the home page and by the server into documents, so both show the same thing.
// Years scored under different decisions (QĐ 2782, QĐ 383), and years ranked among 63 or among
// 34 provinces, are separate lines on their own shaded bands: they are not one scale and the
// chart never joins them. A point is filled only for an approved result under official rules.
import type { TrendYear } from "../../contracts/standing.js";
import { eraOfYear } from "../org/provinces.js";
import { formatPointsVi } from "../text/format-vi.js";
import { type ChartOption, chartFont, pointsAxis, yearAxis } from "./chart-style.js";

const bandFills = ["rgba(31, 59, 87, 0.07)", "rgba(176, 96, 0, 0.09)", "rgba(46, 125, 50, 0.08)"];
/** Own and published lines of each period: distinct, and at least 4,5:1 on white. */
const ownColours = ["#1f3b57", "#2e6b30", "#5b2c83"];
const publishedColours = ["#a04a00", "#8a1c4a", "#00607a"];

/** "QĐ 2782/QĐ-BTNMT" → "QĐ 2782", where width is short. */
const shortMethod = (method: string) => method.replace(/\/.*$/, "");

/** Years with a point on the chart: a complete own result or a published total. */
export const plottedYears = (trend: TrendYear[]) =>
  trend.filter((y) => y.own?.complete || y.published?.total != null).length;

export interface TrendPeriod {
  method: string;
  /** 63 provinces before the 2025 merger, 34 after: ranks of the two are not comparable. */
  era: "63" | "34";
  from: number;
  to: number;
}

/** Consecutive years under one method and one count of provinces. */
export function methodPeriods(trend: TrendYear[]): TrendPeriod[] {
  const periods: TrendPeriod[] = [];
  for (const year of trend) {
    const method = year.method ?? "Chưa rõ phương pháp";
    const era = eraOfYear(year.year);
    const last = periods.at(-1);
    if (last && last.method === method && last.era === era) last.to = year.year;
    else periods.push({ method, era, from: year.year, to: year.year });
  }
  return periods;
}

/**
 * Two kinds of line per period: PEPI Hub's own complete totals, and the totals the Ministry
 * published (with the rank among the provinces of that year). An incomplete own result (a
 * group awaited) is not on the 100-point scale and is left to the table beside the chart.
 */
export function trendChartOption(
  trend: TrendYear[],
  /** `compact` for a phone: no point labels (the table has them), short method names. */
  options: { font?: string; compact?: boolean } = {},
): ChartOption {
  const compact = options.compact === true;
  const periods = methodPeriods(trend);
  const eras = new Set(periods.map((p) => p.era)).size > 1;
  // In the legend: "QĐ 383/QĐ-BTNMT, 34 tỉnh"; on a band, which may be one year wide: two short lines.
  const label = (period: TrendPeriod) =>
    `${compact ? shortMethod(period.method) : period.method}${eras ? `, ${period.era} tỉnh` : ""}`;
  const bandLabel = (period: TrendPeriod) =>
    `${shortMethod(period.method)}${eras ? `\n${period.era} tỉnh` : ""}`;
  const series = periods.flatMap((period, i) => {
    const years = trend.filter((y) => y.year >= period.from && y.year <= period.to);
    const suffix = periods.length > 1 ? ` (${label(period)})` : "";
    const own = years
      .filter((y) => y.own?.complete)
      .map((y) => ({
        value: [y.year, y.own!.points],
        // Filled: approved under official rules; hollow: live, or scored by provisional rules.
        symbol: y.own!.approved && !y.own!.provisional ? "circle" : "emptyCircle",
      }));
    const published = years
      .filter((y) => y.published?.total != null)
      .map((y) => ({
        value: [y.year, y.published!.total as number] as [number, number],
        rank: y.published!.rank,
        count: y.published!.provinceCount,
        // Where our own point sits on the same year, only ours is labelled: no overlap.
        labelled: !y.own?.complete,
      }));
    const ownColour = ownColours[i % ownColours.length]!;
    const publishedColour = publishedColours[i % publishedColours.length]!;
    const lines: Record<string, unknown>[] = [
      {
        type: "line",
        name: `PEPI Hub tính${suffix}`,
        data: own,
        symbolSize: 9,
        lineStyle: { color: ownColour, width: 2 },
        itemStyle: { color: ownColour },
        label: {
          show: !compact,
          position: "bottom",
          fontSize: 11,
          formatter: (p: { value: [number, number] }) => formatPointsVi(p.value[1]),
        },
        // The period's band, half a year either side of its first and last year.
        markArea: {
          silent: true,
          // On a phone a band may be narrower than its name: the legend names it there.
          label: { show: !compact, position: "insideTop", fontSize: 11, lineHeight: 14, color: "#4a4a4a" },
          itemStyle: { color: bandFills[i % bandFills.length] },
          data: [[{ name: bandLabel(period), xAxis: period.from - 0.5 }, { xAxis: period.to + 0.5 }]],
        },
      },
    ];
    if (published.length)
      lines.push({
        type: "line",
        name: `Bộ công bố${suffix}`,
        data: published,
        symbol: "diamond",
        symbolSize: 9,
        lineStyle: { color: publishedColour, width: 2, type: "dashed" },
        itemStyle: { color: publishedColour },
        label: {
          show: !compact,
          position: "top",
          fontSize: 11,
          formatter: (p: { data: (typeof published)[number] }) =>
            p.data.labelled
              ? `${formatPointsVi(p.data.value[1])}${p.data.rank ? ` (hạng ${p.data.rank}/${p.data.count})` : ""}`
              : "",
        },
      });
    return lines;
  });
  return {
    animation: false,
    textStyle: { fontFamily: options.font ?? chartFont },
    // A phone stacks the legend, one line per series, under the plot.
    grid: {
      left: 44,
      right: 16,
      top: 48,
      bottom: compact ? 28 + 20 * series.length : series.length > 2 ? 80 : 56,
    },
    legend: {
      bottom: 0,
      itemWidth: 18,
      textStyle: { fontSize: 12 },
      orient: compact ? "vertical" : "horizontal",
    },
    tooltip: { trigger: "axis", valueFormatter: (v: number | null) => (v == null ? "—" : formatPointsVi(v)) },
    xAxis: yearAxis(trend.map((y) => y.year)),
    yAxis: pointsAxis(100, 20),
    series,
  };
}
