// What every chart shares, on screen and in documents: colours that keep 4.5:1 against white
// where they carry text, the font, and the option type both renderers accept.
import type { EChartsCoreOption } from "echarts/core";

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
