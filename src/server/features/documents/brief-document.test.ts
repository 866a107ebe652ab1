import { describe, expect, it } from "vitest";
import type { ImageBlock } from "../../documents/charts.js";
import type { Block, Cell, Inline } from "../../documents/model.js";
import { type BriefAgency, type BriefData, briefBars, buildBriefDocument } from "./brief-document.js";

const agency = (name: string, over: Partial<BriefAgency> = {}): BriefAgency => ({
  name,
  shortName: null,
  completenessPct: 100,
  timeliness: "on_time",
  daysOverdue: null,
  returned: false,
  ...over,
});

function sample(over: Partial<BriefData> = {}): BriefData {
  return {
    year: 2024,
    provinceName: "Tỉnh Lào Cai",
    approved: false,
    asOf: "2025-03-05",
    standing: {
      points: 65.5,
      complete: true,
      headline: "65,5/100 điểm, xếp loại Khá",
      lastYear: { year: 2023, points: 66, source: "cycle" },
      rank: {
        ...{ rank: 12, best: 12, worst: 12, exact: true, basedOn: 62, provinceCount: 63, year: 2023 },
        ...{ above: 11, level: 0, below: 51, inconsistent: false },
      },
      rankBasis: "total",
      rankProvisional: false,
      region: {
        ...{ rank: 2, best: 2, worst: 3, exact: false, basedOn: 3, provinceCount: 14, year: 2023 },
        ...{ above: 1, level: 0, below: 2, inconsistent: false, name: "Trung du và miền núi phía Bắc" },
      },
    },
    progress: { agencies: 9, submitted: 7, accepted: 5, completenessPct: 91.25 },
    trend: [],
    indicators: [
      { code: "01", points: 3, maxPoints: 3.18 },
      { code: "27", points: 20, maxPoints: 30 },
    ],
    gains: [
      {
        code: "27",
        name: "Tỷ lệ hài lòng của người dân",
        points: 20,
        maxPoints: 30,
        gain: 10,
        computed: true,
        rank: 3,
      },
      {
        code: "01",
        name: "x".repeat(200),
        points: 0,
        maxPoints: 3.18,
        gain: 3.18,
        computed: false,
        rank: null,
      },
    ],
    agencies: [
      agency("Sở Y tế", { completenessPct: 40, timeliness: "overdue", daysOverdue: 12 }),
      agency("Sở Tài chính", {
        shortName: "STC",
        completenessPct: 0,
        timeliness: "overdue",
        daysOverdue: 12,
      }),
      agency("Sở Xây dựng", { timeliness: "late", daysOverdue: 3, returned: true }),
      agency("Sở Công Thương"),
    ],
    pgi: null,
    ...over,
  };
}

const picture: ImageBlock = {
  type: "image",
  png: Buffer.from("png"),
  pixelWidth: 2,
  pixelHeight: 1,
  width: 150,
};
const inlineText = (i: Inline) => (typeof i === "string" ? i : i.text);
const cellText = (c: Cell) => (typeof c === "string" ? c : c.runs.map(inlineText).join(""));
const text = (blocks: Block[]) =>
  blocks
    .map((b) =>
      b.type === "paragraph"
        ? b.runs.map(inlineText).join("")
        : b.type === "table"
          ? b.rows.map((r) => r.map(cellText).join(" | ")).join("\n")
          : b.type === "heading" || b.type === "title"
            ? b.text
            : "",
    )
    .join("\n");

describe("the leadership brief", () => {
  it("states the total, the change, the rank and the progress", () => {
    const doc = buildBriefDocument(sample(), { indicators: picture, agencies: null });
    const all = text(doc.blocks);
    expect(all).toContain(
      "Tổng điểm: 65,5/100 điểm, xếp loại Khá; giảm 0,5 điểm so với năm 2023 (66 điểm, theo kỳ tự đánh giá năm trước).",
    );
    expect(all).toContain(
      "Thứ hạng: hạng 12/63 theo điểm công bố năm 2023 của 62 tỉnh, thành phố khác; thứ 2–3 trong 14 tỉnh, thành phố vùng Trung du và miền núi phía Bắc (theo điểm công bố năm 2023).",
    );
    expect(all).toContain("7/9 cơ quan đã gửi số liệu, 5 đã được chấp nhận; đã nhập 91,3% số liệu.");
    expect(all).toContain("Số liệu tính đến ngày 05/03/2025");
    expect(doc.draftMark).toBe(true);
  });

  it("draws the home page's trend chart first, captioned so that two methods are not read as one scale", () => {
    const trend = { ...picture, pixelWidth: 3 };
    const images = (doc: ReturnType<typeof buildBriefDocument>) =>
      doc.blocks.filter((b): b is ImageBlock => b.type === "image");
    const withTrend = images(buildBriefDocument(sample(), { indicators: picture, agencies: null, trend }));
    expect(withTrend.map((b) => b.pixelWidth)).toEqual([3, 2]);
    expect(withTrend[0]?.caption).toMatch(/^Điểm PEPI qua các năm.*không so sánh như cùng một thang điểm$/);
    expect(images(buildBriefDocument(sample(), { indicators: picture, agencies: null }))).toHaveLength(1);
  });

  it("lists the largest gains with the rank they would give, names shortened", () => {
    const doc = buildBriefDocument(sample(), { indicators: picture, agencies: null });
    const table = doc.blocks.find((b) => b.type === "table") as Extract<Block, { type: "table" }>;
    const rows = table.rows.map((r) => r.map(cellText));
    expect(rows[0]).toEqual(["27", "Tỷ lệ hài lòng của người dân", "20/30", "+10", "3"]);
    expect(rows[1]![1]).toHaveLength(75);
    expect(rows[1]![1]!.endsWith("…")).toBe(true);
    expect(rows[1]![2]).toBe("chưa tính được");
    expect(rows[1]![4]).toBe("—");
  });

  it("names the agencies overdue, late and returned", () => {
    const all = text(buildBriefDocument(sample(), { indicators: picture, agencies: null }).blocks);
    expect(all).toContain("Quá hạn, chưa gửi: Sở Y tế (12 ngày), Sở Tài chính (12 ngày).");
    expect(all).toContain("Gửi muộn: Sở Xây dựng (3 ngày).");
    expect(all).toContain("Bị trả lại, đang bổ sung: Sở Xây dựng.");
    const many = Array.from({ length: 8 }, (_, i) => agency(`Cơ quan ${i + 1}`, { timeliness: "overdue" }));
    expect(
      text(buildBriefDocument(sample({ agencies: many }), { indicators: picture, agencies: null }).blocks),
    ).toContain("Cơ quan 5 và 3 cơ quan khác.");
    const calm = text(
      buildBriefDocument(sample({ agencies: [agency("A")] }), { indicators: picture, agencies: null }).blocks,
    );
    expect(calm).toContain("Không có cơ quan nào chậm hạn hoặc bị trả lại số liệu.");
  });

  it("charts every indicator, and only the agencies not yet complete, least complete first", () => {
    const bars = briefBars(sample());
    expect(bars.indicators.map((b) => [b.label, b.value, b.max])).toEqual([
      ["01", 3, 3.18],
      ["27", 20, 30],
    ]);
    expect(bars.agencies.map((b) => [b.label, b.note])).toEqual([
      ["STC", "0%"],
      ["Sở Y tế", "40%"],
    ]);
    const doc = buildBriefDocument(sample({ approved: true }), { indicators: picture, agencies: picture });
    expect(doc.blocks.filter((b) => b.type === "image")).toHaveLength(2);
    expect(doc.draftMark).toBe(false);
  });
});
