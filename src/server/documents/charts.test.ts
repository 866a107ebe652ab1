import { describe, expect, it } from "vitest";
import { chartBlock, columnBars, horizontalBars, svgToPng } from "./charts.js";

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
    expect(chart.svg).toContain("Sở Nông nghiệp và Môi trường");
    expect(chart.svg).not.toContain("& vùng");
    expect(chart.svg).toContain("…");
    expect(chart.svg).toMatch(/^<svg [^>]*width="760" height="68"/);
    expect(horizontalBars([{ label: "Điện & nước <tỉnh>", value: 1, max: 2 }]).svg).toContain(
      "Điện &#38; nước &#60;tỉnh&#62;",
    );
  });

  it("draws each column against its own maximum, never beyond it", () => {
    const chart = columnBars([
      { label: "01", value: 3.18, max: 3.18 },
      { label: "27", value: 40, max: 30 },
      { label: "02", value: 0, max: 3.18 },
    ]);
    const heights = [
      ...chart.svg.matchAll(/<rect x="\d+" y="\d+" width="\d+" height="(\d+)" fill="#1f3b57"/g),
    ].map((m) => Number(m[1]));
    expect(heights[0]).toBe(heights[1]);
    expect(heights[2]).toBe(0);
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
