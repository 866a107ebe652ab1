// The green index (PGI) in two chart definitions, for the screen and for documents alike: every
// province's score of one year as columns, best first, with the province (or the provinces it was
// made of) in the accent colour and named; and a province's total over the years, one line per
// province of the registry (a former province's years and the merged province's are never joined,
// since they are ranked among 63 and among 34). The figures are always in a table beside them.
import { formatPointsVi } from "../text/format-vi.js";
import { type ChartOption, chartColors, chartFont, pointsAxis, yearAxis } from "./chart-style.js";

export interface PgiColumn {
  name: string;
  score: number;
  /** The province shown, or one it was made of: drawn in the accent colour and named. */
  own: boolean;
}

/** Others' columns: light, so the province's own stands out (3:1 against white all the same). */
const otherColour = "#7d8fa3";

/** All provinces' scores, best first; `max` is 10 for a sub-index, 40 for the total. */
export function pgiColumnsOption(
  columns: PgiColumn[],
  options: { max: number; font?: string; compact?: boolean },
): ChartOption {
  const compact = options.compact === true;
  return {
    animation: false,
    textStyle: { fontFamily: options.font ?? chartFont },
    grid: { left: 36, right: 12, top: compact ? 48 : 40, bottom: 28 },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (v: number | null) => (v == null ? "—" : formatPointsVi(v)),
    },
    xAxis: {
      type: "category",
      data: columns.map((c) => c.name),
      axisTick: { show: false },
      axisLabel: { show: false },
      name: "các tỉnh, từ điểm cao nhất",
      nameLocation: "middle",
      nameGap: 10,
      nameTextStyle: { color: chartColors.muted, fontSize: 12 },
    },
    yAxis: pointsAxis(options.max),
    series: [
      {
        type: "bar",
        name: "Điểm",
        barCategoryGap: "20%",
        data: columns.map((c) => ({
          value: c.score,
          itemStyle: { color: c.own ? chartColors.accent : otherColour },
          label: c.own
            ? {
                show: true,
                position: "top",
                color: "#000000",
                fontSize: compact ? 11 : 12,
                // A function, so that nothing in a name is read as a template.
                formatter: () => `${c.name}\n${formatPointsVi(c.score)}`,
              }
            : { show: false },
        })),
      },
    ],
  };
}

export interface PgiTrendLine {
  name: string;
  points: { year: number; score: number; rank: string | null }[];
}

const lineColours = [chartColors.ink, chartColors.accent, "#2e6b30", "#5b2c83", "#00607a"];

/** The total over the years, one line per province of the registry; years on a value axis. */
export function pgiTrendOption(
  lines: PgiTrendLine[],
  options: { max: number; font?: string; compact?: boolean },
): ChartOption {
  const compact = options.compact === true;
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
  return {
    animation: false,
    textStyle: { fontFamily: options.font ?? chartFont },
    // A legend only names several lines (a province and the one it became); one line is the card's.
    grid: {
      left: 40,
      right: 24,
      top: 36,
      bottom: lines.length < 2 ? 28 : compact ? 28 + 20 * lines.length : 56,
    },
    legend: {
      show: lines.length > 1,
      bottom: 0,
      itemWidth: 18,
      textStyle: { fontSize: 12 },
      orient: compact ? "vertical" : "horizontal",
    },
    tooltip: { trigger: "axis", valueFormatter: (v: number | null) => (v == null ? "—" : formatPointsVi(v)) },
    xAxis: yearAxis(years),
    yAxis: pointsAxis(options.max),
    series: lines.map((line, i) => {
      const colour = lineColours[i % lineColours.length]!;
      return {
        type: "line",
        name: line.name,
        data: line.points.map((p) => ({ value: [p.year, p.score], rank: p.rank })),
        symbolSize: 9,
        lineStyle: { color: colour, width: 2 },
        itemStyle: { color: colour },
        label: {
          show: !compact,
          position: "top",
          fontSize: 11,
          formatter: (p: { value: [number, number]; data: { rank: string | null } }) =>
            `${formatPointsVi(p.value[1])}${p.data.rank ? ` (${p.data.rank})` : ""}`,
        },
      };
    }),
  };
}
