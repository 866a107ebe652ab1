import { describe, expect, it } from "vitest";
import type { PgiOverview, PgiRank, PgiTarget, PgiYearRow } from "../../../contracts/pgi.js";
import type { Block, Cell, Inline } from "../../documents/model.js";
import { pgiDocumentSection, pgiSectionBlocks, rankLabel } from "./pgi-document.js";

const published = (value: number, of = 63): PgiRank => ({
  value,
  basis: "published",
  best: value,
  worst: value,
  exact: true,
  of,
});
const computed = (value: number, best = value, worst = value, of = 63): PgiRank => ({
  value,
  basis: "computed",
  best,
  worst,
  exact: best === worst,
  of,
});

function row(
  year: number,
  unitCode: string,
  total: number | null,
  rank: PgiRank | null,
  over: Partial<PgiYearRow> = {},
): PgiYearRow {
  return {
    year,
    unitCode,
    total: { score: total, rank },
    parts: ["PGI1", "PGI2", "PGI3", "PGI4"].map((part) => ({
      part: part as "PGI1",
      figure: part === "PGI3" ? { score: 4.4, rank: computed(12, 10, 14) } : { score: null, rank: null },
    })),
    sumGap: null,
    region: { name: "Đông Nam Bộ", rank: computed(2, 2, 2, 6) },
    components: [],
    sourceUrl: "https://pcivietnam.vn",
    notes: null,
    ...over,
  };
}

function overview(over: Partial<PgiOverview> = {}): PgiOverview {
  return {
    province: { code: "VN63-tinh-ba-ria-vung-tau", name: "Bà Rịa - Vũng Tàu", era: "63" },
    ownCode: null,
    units: [{ code: "VN63-tinh-ba-ria-vung-tau", name: "Bà Rịa - Vũng Tàu", era: "63", former: false }],
    merger: null,
    years: [2022, 2023, 2024],
    latestYear: 2024,
    editions: [
      { year: 2023, rankedCount: null, note: "Lần chính thức đầu tiên.", source: null },
      { year: 2024, rankedCount: 30, note: "VCCI chỉ công bố thứ hạng của 30 tỉnh.", source: null },
    ],
    rows: [],
    totals: { year: null, provinces: [] },
    subIndices: ["PGI1", "PGI2", "PGI3", "PGI4"].map((part, i) => ({
      part: part as "PGI1",
      name: `Chỉ số ${i + 1}`,
      year: null,
      provinces: [],
      tasks: [],
      agencies: [],
      indicators: [],
    })),
    targets: [],
    pageTargets: [],
    canEditTargets: false,
    ...over,
  };
}

const runText = (runs: Inline[]) => runs.map((r) => (typeof r === "string" ? r : r.text)).join("");
const cellText = (c: Cell) => (typeof c === "string" ? c : runText(c.runs));
/** Every paragraph's text and every table row's cells joined by " | ". */
const textOf = (blocks: Block[]) =>
  blocks
    .flatMap((b) =>
      b.type === "paragraph"
        ? [runText(b.runs)]
        : b.type === "table"
          ? [b.columns.map((c) => c.header).join(" | "), ...b.rows.map((r) => r.map(cellText).join(" | "))]
          : [],
    )
    .join("\n");

const brief = { size: 11, tableFont: 9 };

describe("the PGI section of a document", () => {
  it("shows the latest year up to the document's, against the year before, with computed ranks marked", () => {
    const o = overview({
      rows: [
        row(2022, "VN63-tinh-ba-ria-vung-tau", 15.42, published(19)),
        row(2023, "VN63-tinh-ba-ria-vung-tau", 23.47, published(8)),
        row(2024, "VN63-tinh-ba-ria-vung-tau", 25, null),
      ],
    });
    const section = pgiDocumentSection(o, 2023)!;
    expect(section.year).toBe(2023);
    expect(section.units[0]?.previous?.year).toBe(2022);
    const text = textOf(pgiSectionBlocks(section, brief));
    expect(text).toContain(
      "Năm 2023, Bà Rịa - Vũng Tàu đạt 23,47/40 điểm, xếp hạng 8/63, tăng 11 bậc và 8,05 điểm so với năm 2022, đứng thứ 2/6 tỉnh, thành phố vùng Đông Nam Bộ (PEPI Hub tính từ điểm công bố).",
    );
    expect(text).toContain(
      "Tổng điểm PGI (tối đa 40 điểm) | 23,47 – hạng 8/63 | 15,42 – hạng 19/63 | +8,05 điểm; tăng 11 bậc",
    );
    // A computed rank with several possible places is their range, marked.
    expect(text).toContain("3. Chỉ số 3 | 4,40 – hạng 10–14/63* | 4,40 – hạng 10–14/63* | 0,00 điểm");
    expect(text).toContain("Ghi chú: (*) Hạng do PEPI Hub tính");
    expect(text).toContain("Năm 2023: Lần chính thức đầu tiên.");
  });

  it("says a rank computed here in words, and a rise in places with a fall in score", () => {
    const o = overview({
      rows: [
        row(2022, "VN63-tinh-ba-ria-vung-tau", 16, computed(20, 20, 20)),
        row(2023, "VN63-tinh-ba-ria-vung-tau", 15.7, computed(15, 12, 18)),
      ],
    });
    const text = textOf(pgiSectionBlocks(pgiDocumentSection(o, 2023)!, brief));
    expect(text).toContain(
      "Năm 2023, Bà Rịa - Vũng Tàu đạt 15,70/40 điểm, trong khoảng hạng 12–18/63 (do PEPI Hub tính từ điểm công bố, chưa có hạng VCCI công bố), giảm 0,30 điểm so với năm 2022",
    );
    const exact = overview({
      rows: [
        row(2022, "VN63-tinh-ba-ria-vung-tau", 16, published(20)),
        row(2023, "VN63-tinh-ba-ria-vung-tau", 15.7, published(18)),
      ],
    });
    expect(textOf(pgiSectionBlocks(pgiDocumentSection(exact, 2023)!, brief))).toContain(
      "xếp hạng 18/63, tăng 2 bậc nhưng giảm 0,30 điểm so với năm 2022",
    );
  });

  it("says when VCCI published the sub-indices only, and flags a total that is not its sub-indices' sum", () => {
    const o = overview({
      rows: [row(2024, "VN63-tinh-ba-ria-vung-tau", null, null, { region: null })],
    });
    const text = textOf(pgiSectionBlocks(pgiDocumentSection(o, 2024)!, brief));
    expect(text).toContain(
      "Năm 2024, VCCI công bố điểm các chỉ số thành phần của Bà Rịa - Vũng Tàu, không công bố tổng điểm và thứ hạng (chỉ xếp hạng 30 tỉnh, thành phố đứng đầu).",
    );
    const gap = overview({
      rows: [row(2023, "VN63-tinh-ba-ria-vung-tau", 13.99, published(49), { sumGap: -0.03 })],
    });
    expect(textOf(pgiSectionBlocks(pgiDocumentSection(gap, 2023)!, brief))).toContain(
      "Tổng điểm năm 2023 của Bà Rịa - Vũng Tàu do VCCI công bố khác tổng bốn chỉ số thành phần (chênh −0,03 điểm); giữ nguyên số công bố.",
    );
  });

  it("sets a merged province's former provinces side by side, with one sentence on the merger, and its targets", () => {
    const target: PgiTarget = {
      source: "plan",
      planId: "00000000-0000-4000-8000-000000000001",
      planTitle: "Kế hoạch nâng hạng PGI",
      part: "total",
      measure: "rank",
      year: 2026,
      value: 10,
      current: null,
      gap: null,
      scoreNeeded: { year: 2024, rank: 19, likely: 25.1, sure: 25.6, basedOn: 49, provinceCount: 63 },
      note: "Tỉnh mới chưa có kết quả PGI riêng.",
    };
    const o = overview({
      province: { code: "VN34-thanh-pho-ho-chi-minh", name: "Hồ Chí Minh", era: "34" },
      units: [
        { code: "VN63-tinh-binh-duong", name: "Bình Dương", era: "63", former: true },
        { code: "VN63-tinh-ba-ria-vung-tau", name: "Bà Rịa - Vũng Tàu", era: "63", former: true },
        { code: "VN63-thanh-pho-ho-chi-minh", name: "Hồ Chí Minh", era: "63", former: true },
        { code: "VN34-thanh-pho-ho-chi-minh", name: "Hồ Chí Minh", era: "34", former: false },
      ],
      merger: { date: "2025-07-01", formers: ["Bình Dương", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"] },
      rows: [
        row(2023, "VN63-tinh-binh-duong", 22.44, computed(18, 16, 25)),
        row(2023, "VN63-thanh-pho-ho-chi-minh", 24.2, published(5)),
        row(2024, "VN63-thanh-pho-ho-chi-minh", 26.5, published(7)),
      ],
      targets: [
        target,
        { ...target, source: "page", planId: null, planTitle: null, measure: "score", value: 28 },
      ],
    });
    // Each former province's latest result, side by side; the year said where it is not the latest.
    const section = pgiDocumentSection(o, 2025, [target])!;
    expect(section.year).toBe(2024);
    expect(section.units.map((u) => [u.name, u.row.year, u.previous?.year ?? null])).toEqual([
      ["Bình Dương", 2023, null],
      ["Hồ Chí Minh (cũ)", 2024, 2023],
    ]);
    const blocks = pgiSectionBlocks(section, brief);
    const text = textOf(blocks);
    expect(text).toContain(
      "Từ ngày 01/07/2025, Thành phố Hồ Chí Minh được hình thành từ Bình Dương, Bà Rịa - Vũng Tàu và Hồ Chí Minh (cũ); kết quả PGI gần nhất của từng tỉnh, thành phố cũ (năm 2024; Bình Dương năm 2023) được nêu cạnh nhau, không cộng hay tính bình quân; VCCI chưa công bố kết quả của Bà Rịa - Vũng Tàu.",
    );
    const latest = blocks.find((b) => b.type === "table")!;
    expect(latest.type === "table" && latest.columns.map((c) => c.header)).toEqual([
      "Chỉ số",
      "Bình Dương (năm 2023)",
      "Hồ Chí Minh (cũ)",
    ]);
    expect(textOf([latest])).toContain(
      "Tổng điểm PGI (tối đa 40 điểm) | 22,44 – hạng 16–25/63* | 26,50 – hạng 7/63\nnăm 2023: 24,20 – hạng 5/63",
    );
    // A year both former provinces have.
    const both = pgiDocumentSection({ ...o, rows: o.rows.filter((r) => r.year === 2023) }, 2025, [target])!;
    expect(textOf(pgiSectionBlocks(both, brief))).toContain(
      "kết quả PGI năm 2023 của từng tỉnh, thành phố cũ được nêu cạnh nhau",
    );
    const table = pgiSectionBlocks(both, brief).find((b) => b.type === "table")!;
    expect(table.type === "table" && table.columns.map((c) => c.header)).toEqual([
      "Chỉ số",
      "Bình Dương",
      "Hồ Chí Minh (cũ)",
    ]);
    expect(textOf([table])).toContain(
      "Tổng điểm PGI (tối đa 40 điểm) | 22,44 – hạng 16–25/63* | 24,20 – hạng 5/63",
    );
    expect(textOf([table])).toContain("Thứ hạng trong vùng Đông Nam Bộ | 2/6* | 2/6*");
    // Former provinces of different regions: each place names its region.
    const apart = {
      ...both,
      units: both.units.map((u, i) =>
        i === 0 ? u : { ...u, row: { ...u.row, region: { name: "Tây Nguyên", rank: computed(3, 3, 3, 5) } } },
      ),
    };
    const split = pgiSectionBlocks(apart, brief).find((b) => b.type === "table")!;
    expect(textOf([split])).toContain("Thứ hạng trong vùng | 2/6* (Đông Nam Bộ) | 3/5* (Tây Nguyên)");
    // Only the targets asked for: the plan's, with the score the place needs.
    expect(text).toContain(
      "Tổng PGI: hạng 10 năm 2026\n(Kế hoạch nâng hạng PGI) | chưa có | — | khoảng 25,10 điểm; chắc chắn từ 25,60 (hạng 19/63 theo điểm năm 2024)",
    );
    expect(text).not.toContain("28,00 điểm");
    expect(text).toContain("Ghi chú: Tỉnh mới chưa có kết quả PGI riêng.");
  });

  it("is left out with neither a result up to the year nor a target, and says so with targets only", () => {
    const o = overview({ rows: [row(2024, "VN63-tinh-ba-ria-vung-tau", 25, published(3))] });
    expect(pgiDocumentSection(o, 2023)).toBeNull();
    const target: PgiTarget = {
      source: "page",
      planId: null,
      planTitle: null,
      part: "PGI3",
      measure: "score",
      year: 2025,
      value: 5.5,
      current: { year: 2024, value: 4.4, basis: "published" },
      gap: 1.1,
      scoreNeeded: null,
      note: null,
    };
    const text = textOf(
      pgiSectionBlocks(pgiDocumentSection(overview({ ...o, targets: [target] }), 2023)!, brief),
    );
    expect(text).toContain(
      "VCCI chưa công bố kết quả Chỉ số Xanh cấp tỉnh của Bà Rịa - Vũng Tàu đến năm 2023.",
    );
    expect(text).toContain(
      "Chỉ số thành phần 3: 5,50 điểm năm 2025\n(đặt tại trang PGI) | 4,40 điểm (năm 2024) | còn thiếu 1,10 điểm | —",
    );
  });

  it("labels a place as published, computed, or a computed range", () => {
    expect(rankLabel(published(8))).toBe("8/63");
    expect(rankLabel(computed(12))).toBe("12/63*");
    expect(rankLabel(computed(12, 10, 14, 34))).toBe("10–14/34*");
  });
});
