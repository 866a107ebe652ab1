// Simple charts for generated documents, drawn as SVG and turned into PNG (the one picture
// format both Word and pdfmake embed alike). Text is drawn with the Tinos font shipped with
// the application, never a system font, so Vietnamese labels look the same on every server.
import { createRequire } from "node:module";
import type { Block } from "./model.js";

export interface Bar {
  label: string;
  value: number;
  /** The full length this bar is measured against (a maximum of points, 100 %). */
  max: number;
  /** Text written after the bar, e.g. "2,5/3,2". */
  note?: string;
}

export type ImageBlock = Extract<Block, { type: "image" }>;

export interface Svg {
  svg: string;
  width: number;
  height: number;
}

const font = "Tinos";
const ink = "#1f3b57";
const track = "#d9dee4";
const grid = "#9aa5b1";

const escapeXml = (text: string) => text.normalize("NFC").replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Cuts a label that would not fit, at about half an em per character in Tinos. */
function fitLabel(text: string, widthPx: number, fontPx: number): string {
  const room = Math.floor(widthPx / (fontPx * 0.5));
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1)).trimEnd()}…`;
}

const share = (bar: Bar) => (bar.max > 0 ? Math.min(1, Math.max(0, bar.value / bar.max)) : 0);

/** One row per item: its label on the left, a track of its maximum, the value filled in. */
export function horizontalBars(bars: Bar[], options: { width?: number; labelWidth?: number } = {}): Svg {
  const width = options.width ?? 760;
  const labelWidth = options.labelWidth ?? 260;
  const noteWidth = 70;
  const row = 20;
  const fontPx = 14;
  const barWidth = width - labelWidth - noteWidth - 16;
  const height = bars.length * row + 8;
  const parts = bars.map((bar, i) => {
    const y = 4 + i * row;
    const filled = Math.round(barWidth * share(bar));
    const baseline = y + row / 2 + fontPx / 3;
    return [
      `<text x="${labelWidth - 8}" y="${baseline}" text-anchor="end" font-size="${fontPx}">${escapeXml(fitLabel(bar.label, labelWidth - 8, fontPx))}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="${row - 6}" fill="${track}"/>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${filled}" height="${row - 6}" fill="${ink}"/>`,
      `<text x="${labelWidth + barWidth + 8}" y="${baseline}" font-size="${fontPx}">${escapeXml(bar.note ?? "")}</text>`,
    ].join("");
  });
  return { svg: wrap(width, height, parts.join("")), width, height };
}

/**
 * One column per item, each drawn against its own maximum (so a 3-point indicator and a
 * 30-point one read alike): the track is the maximum, the fill the share reached.
 */
export function columnBars(bars: Bar[], options: { width?: number; height?: number } = {}): Svg {
  const width = options.width ?? 760;
  const height = options.height ?? 160;
  const axis = 24;
  const left = 8;
  const top = 6;
  const slot = (width - left * 2) / Math.max(1, bars.length);
  const column = Math.max(4, Math.min(28, slot * 0.6));
  const plot = height - axis - top;
  const parts = bars.map((bar, i) => {
    const x = Math.round(left + i * slot + (slot - column) / 2);
    const filled = Math.round(plot * share(bar));
    return [
      `<rect x="${x}" y="${top}" width="${Math.round(column)}" height="${plot}" fill="${track}"/>`,
      `<rect x="${x}" y="${top + plot - filled}" width="${Math.round(column)}" height="${filled}" fill="${ink}"/>`,
      `<text x="${Math.round(x + column / 2)}" y="${height - 6}" text-anchor="middle" font-size="13">${escapeXml(bar.label)}</text>`,
    ].join("");
  });
  const baseline = `<line x1="${left}" y1="${top + plot}" x2="${width - left}" y2="${top + plot}" stroke="${grid}"/>`;
  return { svg: wrap(width, height, parts.join("") + baseline), width, height };
}

function wrap(width: number, height: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/><g font-family="${font}" fill="#000000">${body}</g></svg>`
  );
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
