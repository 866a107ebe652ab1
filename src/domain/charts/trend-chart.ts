// The province's PEPI over the years as one chart definition (an ECharts option), drawn by the
// browser on the home page and by the server into documents, so both show the same thing.
// Years scored under different decisions (QĐ 2782, QĐ 383) are separate lines on shaded
// bands: the two methods are not one scale and the chart must not join them.
import type { TrendYear } from "../../contracts/standing.js";
import { formatPointsVi } from "../text/format-vi.js";
import { type ChartOption, chartColors, chartFont } from "./chart-style.js";

const bandFills = ["rgba(31, 59, 87, 0.06)", "rgba(176, 96, 0, 0.08)"];

/** Years with a point on the chart: a complete own result or a published total. */
export const plottedYears = (trend: TrendYear[]) =>
  trend.filter((y) => y.own?.complete || y.published?.total != null).length;

/** Consecutive years under one method: [method, first year, last year]. */
export function methodPeriods(trend: TrendYear[]): { method: string; from: number; to: number }[] {
  const periods: { method: string; from: number; to: number }[] = [];
  for (const year of trend) {
    const method = year.method ?? "Chưa rõ phương pháp";
    const last = periods.at(-1);
    if (last && last.method === method) last.to = year.year;
    else periods.push({ method, from: year.year, to: year.year });
  }
  return periods;
}

/**
 * Two kinds of line per method: PEPI Hub's own complete totals, and the totals the Ministry
 * published (with the rank in the label). An incomplete own result (group II awaited) is not on
 * the 100-point scale and is left to the table beside the chart.
 */
/** "QĐ 2782/QĐ-BTNMT" → "QĐ 2782", where width is short. */
const shortMethod = (method: string) => method.replace(/\/.*$/, "");

export function trendChartOption(
  trend: TrendYear[],
  /** `compact` for a phone: no point labels (the table has them), short method names. */
  options: { font?: string; compact?: boolean } = {},
): ChartOption {
  const compact = options.compact === true;
  const years = trend.map((y) => String(y.year));
  const periods = methodPeriods(trend);
  const inPeriod = (year: number, p: { from: number; to: number }) => year >= p.from && year <= p.to;
  const line = (name: string, data: (number | null)[], color: string, published: boolean) => ({
    type: "line",
    name,
    data,
    connectNulls: false,
    symbolSize: 8,
    lineStyle: { color, width: 2, type: published ? "dashed" : "solid" },
    itemStyle: { color },
    label: {
      show: !compact,
      position: published ? "top" : "bottom",
      fontSize: 11,
      formatter: (p: { dataIndex: number; value: number }) => {
        const rank = published ? trend[p.dataIndex]?.published?.rank : null;
        return rank ? `${formatPointsVi(p.value)} (hạng ${rank})` : formatPointsVi(p.value);
      },
    },
  });
  const series = periods.flatMap((period, i) => {
    const suffix = periods.length > 1 ? ` (${shortMethod(period.method)})` : "";
    const own = trend.map((y) => (inPeriod(y.year, period) && y.own?.complete ? y.own.points : null));
    const published = trend.map((y) =>
      inPeriod(y.year, period) && y.published?.total != null ? y.published.total : null,
    );
    // The own line carries its period's shaded band, drawn whether or not it has points.
    const band = {
      silent: true,
      label: { show: true, position: "insideTop", fontSize: 11, color: chartColors.muted },
      itemStyle: { color: bandFills[i % bandFills.length] },
      data: [
        [
          { name: compact ? shortMethod(period.method) : period.method, xAxis: String(period.from) },
          { xAxis: String(period.to) },
        ],
      ],
    };
    const lines: Record<string, unknown>[] = [
      { ...line(`PEPI Hub tính${suffix}`, own, chartColors.ink, false), markArea: band },
    ];
    if (published.some((v) => v !== null))
      lines.push(line(`Bộ công bố${suffix}`, published, chartColors.accent, true));
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
    xAxis: { type: "category", data: years, axisTick: { alignWithLabel: true } },
    yAxis: {
      type: "value",
      min: 0,
      max: 100,
      interval: 20,
      name: "điểm",
      nameTextStyle: { align: "right" },
      axisLabel: { formatter: (v: number) => formatPointsVi(v) },
    },
    series,
  };
}
