// Charts for generated documents: the same ECharts definitions the web pages draw
// (src/domain/charts), rendered to SVG on the server and turned into PNG (the one picture format
// both Word and pdfmake embed alike). Text is drawn with the Tinos font shipped with the
// application, never a system font, so Vietnamese labels look the same on every server.
import { createRequire } from "node:module";
import { init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { TrendYear } from "../../contracts/standing.js";
import { type Bar, columnBarsOption, horizontalBarsOption } from "../../domain/charts/bars-chart.js";
import type { ChartOption } from "../../domain/charts/chart-style.js";
import { chartParts } from "../../domain/charts/echarts-parts.js";
import { trendChartOption } from "../../domain/charts/trend-chart.js";
import type { Block } from "./model.js";

export type { Bar } from "../../domain/charts/bars-chart.js";

export type ImageBlock = Extract<Block, { type: "image" }>;

export interface Svg {
  svg: string;
  width: number;
  height: number;
}

const font = "Tinos";

use([...chartParts, SVGRenderer]);

/**
 * A chart definition drawn as SVG on the server, exactly as the browser draws it, in the
 * documents' font on a white page.
 */
export function renderChart(option: ChartOption, width: number, height: number): Svg {
  const chart = init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ ...option, backgroundColor: "#ffffff" });
    return { svg: chart.renderToSVGString(), width, height };
  } finally {
    chart.dispose();
  }
}

/** One row per item: its label on the left, a track of its maximum, the value filled in. */
export function horizontalBars(bars: Bar[], options: { width?: number; labelWidth?: number } = {}): Svg {
  const height = bars.length * 20 + 8;
  return renderChart(
    horizontalBarsOption(bars, { labelWidth: options.labelWidth, font }),
    options.width ?? 760,
    height,
  );
}

/** One column per item, each drawn against its own maximum. */
export function columnBars(bars: Bar[], options: { width?: number; height?: number } = {}): Svg {
  return renderChart(columnBarsOption(bars, { font }), options.width ?? 760, options.height ?? 160);
}

/** The province's PEPI over the years, as the home page draws it. */
export function trendChart(trend: TrendYear[], options: { width?: number; height?: number } = {}): Svg {
  return renderChart(trendChartOption(trend, { font }), options.width ?? 760, options.height ?? 300);
}

const require = createRequire(import.meta.url);
const fontFiles = () => [
  require.resolve("@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf"),
  require.resolve("@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf"),
];

/** PNG of an SVG at `scale` times its size, sharp enough for print at the widths used. */
export async function svgToPng(
  chart: Svg,
  scale = 2,
): Promise<{ png: Buffer; pixelWidth: number; pixelHeight: number }> {
  // resvg is a native module: loaded when the first chart is drawn, not at server start.
  const { Resvg } = await import("@resvg/resvg-js");
  const rendered = new Resvg(chart.svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: font },
  }).render();
  return { png: Buffer.from(rendered.asPng()), pixelWidth: rendered.width, pixelHeight: rendered.height };
}

/** A chart as an image block `widthMm` wide. */
export async function chartBlock(chart: Svg, widthMm: number, caption?: string): Promise<ImageBlock> {
  return { type: "image", ...(await svgToPng(chart)), width: widthMm, ...(caption ? { caption } : {}) };
}
