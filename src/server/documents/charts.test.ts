import { describe, expect, it } from "vitest";
import type { TrendYear } from "../../contracts/standing.js";
import { chartBlock, columnBars, horizontalBars, svgToPng, trendChart } from "./charts.js";

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from the PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const agencies = [
  { label: "Sở Nông nghiệp và Môi trường", value: 80, max: 100, note: "80%" },
  { label: "Ban Quản lý các khu công nghiệp tỉnh Lào Cai & vùng phụ cận", value: 30, max: 100, note: "30%" },
  { label: "UBND Xã Bắc", value: 100, max: 100, note: "100%" },
];

describe("charts", () => {
  it("draws one row per bar, escaping and shortening labels that would not fit", () => {
    const chart = horizontalBars(agencies);
    expect(chart.height).toBe(3 * 20 + 8);
    expect(chart.svg).toMatch(/^<svg width="760" height="68"/);
    expect(chart.svg).toContain("Sở Nông nghiệp và Môi trường");
    expect(chart.svg).not.toContain("&amp; vùng");
    expect(chart.svg).toContain("…");
    expect(chart.svg).toContain("font-family:Tinos");
    expect(horizontalBars([{ label: "Điện & nước <tỉnh>", value: 1, max: 2 }]).svg).toContain(
      "Điện &amp; nước &lt;tỉnh&gt;",
    );
  });

  it("draws no bar for an item without a figure, only its note, and cuts a long label at a word", () => {
    const chart = horizontalBars(
      [
        {
          label: "1. Tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị",
          value: 0,
          max: 100,
          missing: true,
          note: "chưa có số liệu",
        },
        { label: "2. Tỷ lệ nước thải", value: 97.5, max: 100, note: "97,5%" },
      ],
      { labelWidth: 200, width: 620 },
    );
    // The widths of the drawn bars (track, then fill) as SVG paths "M x y l w 0 …".
    const widths = [
      ...chart.svg.matchAll(/<path d="M[\d.]+ [\d.]+l([\d.]+) 0[^"]*" fill="(#[0-9a-f]+)"/g),
    ].map((m) => [m[2], Number(m[1]) > 0]);
    // Drawn from the bottom row up: the second item's track and fill, the first's of no width.
    expect(widths).toEqual([
      ["#d9dee4", true],
      ["#d9dee4", false],
      ["#1f3b57", true],
      ["#1f3b57", false],
    ]);
    expect(chart.svg).toContain("chưa có số liệu");
    // 192 px at 14 px: 27 characters, the cut after a whole word.
    expect(chart.svg).toContain("1. Tỷ lệ thu gom và xử lý…");
  });

  it("draws each column against its own maximum, never beyond it", () => {
    const chart = columnBars([
      { label: "01", value: 3.18, max: 3.18 },
      { label: "27", value: 40, max: 30 },
      { label: "02", value: 0, max: 3.18 },
    ]);
    // The filled bars (series 1) as SVG paths "M x y l w 0 l 0 -h …": their heights.
    const heights = [
      ...chart.svg.matchAll(/<path d="M[\d.]+ [\d.]+l[\d.]+ 0l0 (-?[\d.]+)[^"]*" fill="#1f3b57"/g),
    ].map((m) => Math.abs(Number(m[1])));
    expect(heights).toHaveLength(3);
    expect(heights[0]).toBeGreaterThan(50);
    expect(heights[1]).toBe(heights[0]);
    expect(heights[2]).toBe(0);
  });

  it("draws the trend as the home page does: methods on their own bands, published ranks in labels", () => {
    const year = (
      y: number,
      method: string,
      own: number | null,
      published: number | null,
      rank: number | null,
    ) =>
      ({
        year: y,
        method,
        own:
          own === null
            ? null
            : {
                points: own,
                maxPoints: 100,
                complete: true,
                provisional: false,
                approved: true,
                source: "cycle",
              },
        published: published === null ? null : { total: published, rank, band: null, provinceCount: 63 },
      }) satisfies TrendYear;
    const chart = trendChart([
      year(2021, "QĐ 2782/QĐ-BTNMT", null, 68, 12),
      year(2022, "QĐ 2782/QĐ-BTNMT", 70.5, 71.25, 9),
      year(2023, "QĐ 2782/QĐ-BTNMT", 73, null, null),
      year(2024, "QĐ 383/QĐ-BTNMT", 64, null, null),
    ]);
    expect(chart.svg).toContain("QĐ 2782/QĐ-BTNMT");
    expect(chart.svg).toContain("QĐ 383/QĐ-BTNMT");
    expect(chart.svg).toContain("68 (hạng 12/63)");
    // The years are written under their points, not at the bands' half-year edges.
    for (const year of ["2021", "2022", "2023", "2024"]) expect(chart.svg).toContain(`>${year}</text>`);
    expect(chart.svg).not.toContain(">2020,5<");
    // Where our own point is drawn, only ours is labelled.
    expect(chart.svg).not.toContain("71,25 (hạng 9/63)");
    expect(chart.svg).toContain("70,5");
    expect(chart.svg).toContain("PEPI Hub tính (QĐ 383/QĐ-BTNMT)");
  });

  it("renders a PNG at twice the drawing's size, with the bundled font", async () => {
    const chart = horizontalBars(agencies);
    const { png, pixelWidth, pixelHeight } = await svgToPng(chart);
    expect(png.subarray(0, 8)).toEqual(pngSignature);
    expect(pngSize(png)).toEqual({ width: 2 * chart.width, height: 2 * chart.height });
    expect([pixelWidth, pixelHeight]).toEqual([1520, 136]);
    // Text was drawn: the picture of the labelled chart differs from the same bars without labels.
    const unlabelled = await svgToPng(horizontalBars(agencies.map((a) => ({ ...a, label: "", note: "" }))));
    expect(png.equals(unlabelled.png)).toBe(false);
  });

  it("makes an image block of the width asked for", async () => {
    const block = await chartBlock(columnBars([{ label: "07", value: 1, max: 2 }]), 150, "Điểm");
    expect(block).toMatchObject({
      type: "image",
      width: 150,
      caption: "Điểm",
      pixelWidth: 1520,
      pixelHeight: 320,
    });
  });
});
