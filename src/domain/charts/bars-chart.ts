// Bars measured against their own maximum (a 3-point indicator and a 30-point one read alike):
// a light track is the maximum, the dark fill the share reached. One definition for the screen
// and the documents.

import { clippedAtWordVi } from "../text/format-vi.js";
import { type ChartOption, chartColors, chartFont } from "./chart-style.js";

export interface Bar {
  label: string;
  value: number;
  /** The full length this bar is measured against (a maximum of points, 100 %). */
  max: number;
  /** Text written after the bar, e.g. "2,5/3,2". */
  note?: string;
  /** No figure to draw: neither the track nor a fill, only the note where the bar would start. */
  missing?: boolean;
}

/** Share of the maximum in percent, kept within 0–100 (a value above its maximum is full). */
export const sharePct = (bar: Bar) =>
  bar.max > 0 ? Math.min(100, Math.max(0, (100 * bar.value) / bar.max)) : 0;

/** Cuts a label that would not fit, at about half an em per character, at a word. */
export function fitLabel(text: string, widthPx: number, fontPx: number): string {
  const room = Math.floor(widthPx / (fontPx * 0.5));
  return clippedAtWordVi(text, Math.max(2, room));
}

const track = (bars: readonly Bar[]) => ({
  type: "bar",
  data: bars.map((b) => (b.missing ? 0 : 100)),
  itemStyle: { color: chartColors.track },
  barGap: "-100%",
  silent: true,
});

/** One row per item: its label on the left, the track of its maximum, its note on the right. */
export function horizontalBarsOption(
  bars: Bar[],
  options: { labelWidth?: number; font?: string; fontSize?: number } = {},
): ChartOption {
  const labelWidth = options.labelWidth ?? 260;
  const fontSize = options.fontSize ?? 14;
  // Top to bottom in the given order: a category axis counts from the bottom.
  const rows = [...bars].reverse();
  return {
    animation: false,
    textStyle: { fontFamily: options.font ?? chartFont, fontSize },
    grid: { left: labelWidth, right: 78, top: 4, bottom: 4 },
    xAxis: { type: "value", min: 0, max: 100, show: false },
    yAxis: {
      type: "category",
      data: rows.map((b) => fitLabel(b.label, labelWidth - 8, fontSize)),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { color: "#000000", fontSize, margin: 8 },
    },
    series: [
      {
        ...track(rows),
        barWidth: "70%",
        // The note is written after the track, whatever the fill's length (at its start when missing).
        label: {
          show: true,
          position: "right",
          formatter: (p: { dataIndex: number }) => rows[p.dataIndex]?.note ?? "",
          color: "#000000",
          fontSize,
        },
      },
      {
        type: "bar",
        barWidth: "70%",
        data: rows.map((b) => (b.missing ? 0 : sharePct(b))),
        itemStyle: { color: chartColors.ink },
      },
    ],
  };
}

/** One column per item, each against its own maximum, the item's label under it. */
export function columnBarsOption(
  bars: Bar[],
  options: { font?: string; fontSize?: number } = {},
): ChartOption {
  const fontSize = options.fontSize ?? 13;
  return {
    animation: false,
    textStyle: { fontFamily: options.font ?? chartFont, fontSize },
    grid: { left: 8, right: 8, top: 6, bottom: 24 },
    xAxis: {
      type: "category",
      data: bars.map((b) => b.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: "#9aa5b1" } },
      axisLabel: { color: "#000000", fontSize, interval: 0 },
    },
    yAxis: { type: "value", min: 0, max: 100, show: false },
    series: [
      { ...track(bars), barMaxWidth: 28, barWidth: "60%" },
      {
        type: "bar",
        barMaxWidth: 28,
        barWidth: "60%",
        data: bars.map(sharePct),
        itemStyle: { color: chartColors.ink },
      },
    ],
  };
}
