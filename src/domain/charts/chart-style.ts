// What every chart shares, on screen and in documents: colours that keep 4.5:1 against white
// where they carry text, the font, and the option type both renderers accept.
import type { EChartsCoreOption } from "echarts/core";
import { formatPointsVi } from "../text/format-vi.js";

export type ChartOption = EChartsCoreOption;

export const chartColors = {
  /** Own results, bars filled: the documents' ink. */
  ink: "#1f3b57",
  /** Published figures. */
  accent: "#a04a00",
  /** Axis and band labels. */
  muted: "#595959",
  /** The empty part of a bar (its maximum). */
  track: "#d9dee4",
};

/** The screen's font; documents pass Tinos, the font shipped for them. */
export const chartFont = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * Years as numbers, so that a band can start half a year before its first year; ticks and labels
 * on the years themselves, not on the band edges.
 */
export const yearAxis = (years: number[]) => ({
  type: "value",
  min: (years.length ? Math.min(...years) : 0) - 0.5,
  max: (years.length ? Math.max(...years) : 0) + 0.5,
  splitLine: { show: false },
  axisTick: { customValues: years },
  axisLabel: { customValues: years, formatter: (v: number) => String(v) },
});

/** Points from 0 to `max`, written the Vietnamese way. */
export const pointsAxis = (max: number, interval?: number) => ({
  type: "value",
  min: 0,
  max,
  ...(interval ? { interval } : {}),
  name: "điểm",
  nameTextStyle: { align: "right" },
  axisLabel: { formatter: (v: number) => formatPointsVi(v) },
});
