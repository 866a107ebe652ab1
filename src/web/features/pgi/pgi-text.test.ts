import { describe, expect, it } from "vitest";
import type { PgiOverview, PgiRank, PgiTarget } from "../../../contracts/pgi.js";
import type { Translate } from "../../i18n/index.js";
import { vi } from "../../i18n/vi.js";
import { gapText, placeChangeText, rankText, scoreChangeText, scoreNeededText } from "./pgi-text.js";
import { defaultView, pgiViews } from "./pgi-views.js";

// The dictionary itself: the interface's translate() also sets up the page (a browser's document).
const t: Translate = (key, params) =>
  vi[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole));

const rank = (value: number, extra: Partial<PgiRank> = {}): PgiRank => ({
  value,
  basis: "published",
  best: value,
  worst: value,
  exact: true,
  of: 63,
  ...extra,
});

const target = (extra: Partial<PgiTarget>): PgiTarget => ({
  source: "page",
  planId: null,
  planTitle: null,
  part: "PGI1",
  measure: "score",
  year: 2025,
  value: 3.95,
  current: { year: 2024, value: 3.45, basis: "published" },
  gap: 0.5,
  scoreNeeded: null,
  note: null,
  ...extra,
});

describe("the PGI page's wording", () => {
  it("writes a place as VCCI published it, computed (a range when not exact) or not published", () => {
    expect(rankText(t, rank(8))).toBe("hạng 8/63");
    expect(rankText(t, rank(31, { basis: "computed" }))).toBe("hạng 31/63 (tính từ điểm công bố)");
    expect(rankText(t, rank(31, { basis: "computed", exact: false, best: 30, worst: 35 }))).toBe(
      "khoảng hạng 31 (30–35) trong 63 tỉnh (tính từ điểm công bố)",
    );
    expect(rankText(t, null)).toBe("Chưa có thứ hạng");
  });

  it("compares with the year before only on one scale", () => {
    expect(scoreChangeText(t, 23.47, 15.42)).toBe("+8,05");
    expect(scoreChangeText(t, 4.4, 4.9)).toBe("−0,50");
    expect(scoreChangeText(t, 4.4, 4.4)).toBe("điểm không đổi");
    expect(placeChangeText(t, rank(8), rank(19))).toBe("tăng 11 bậc");
    expect(placeChangeText(t, rank(12), rank(10))).toBe("giảm 2 bậc");
    expect(placeChangeText(t, rank(10, { basis: "computed" }), rank(12))).toBe(
      "tăng 2 bậc (theo thứ hạng tính từ điểm công bố)",
    );
    // Bình Dương 2023 → 2024: somewhere 16th–25th, then 5th.
    const range = rank(24, { basis: "computed", exact: false, best: 16, worst: 25 });
    expect(placeChangeText(t, rank(5), range)).toBe("tăng 11–20 bậc (thứ hạng tính từ điểm công bố)");
    expect(placeChangeText(t, range, rank(5))).toBe("giảm 11–20 bậc (thứ hạng tính từ điểm công bố)");
    expect(
      placeChangeText(
        t,
        rank(35, { basis: "computed", exact: false, best: 2, worst: 61 }),
        rank(18, { basis: "computed", exact: false, best: 17, worst: 62 }),
      ),
    ).toBe("chưa rõ tăng hay giảm bậc (thứ hạng chỉ ước tính được trong một khoảng)");
    expect(placeChangeText(t, rank(5, { of: 34 }), rank(8))).toBe(
      "thứ hạng không so sánh được (trong 63 tỉnh và trong 34 tỉnh)",
    );
    expect(placeChangeText(t, rank(5), null)).toBeNull();
  });

  it("says how far a target is and the score a place would have needed", () => {
    expect(gapText(t, target({}))).toBe("Còn thiếu 0,50 điểm");
    expect(gapText(t, target({ measure: "rank", value: 15, gap: 17 }))).toBe("Cần tăng 17 bậc");
    expect(gapText(t, target({ gap: -0.2 }))).toBe("Đã đạt");
    expect(gapText(t, target({ current: null, gap: null }))).toBe("Chưa có kết quả để so sánh");
    const needed = target({
      measure: "rank",
      value: 15,
      gap: 17,
      scoreNeeded: { year: 2024, rank: 15, likely: 3.9, sure: 4.1, basedOn: 49, provinceCount: 63 },
    });
    expect(scoreNeededText(t, needed)).toBe(
      "Để đạt hạng 15 cần khoảng 3,90 điểm theo kết quả năm 2024 (chắc chắn từ 4,10 điểm; dựa trên điểm của 49/63 tỉnh có công bố).",
    );
    expect(scoreNeededText(t, target({}))).toBeNull();
    // A place among the 34 read on the 63 of 2024 says the place it corresponds to.
    const converted = target({
      measure: "rank",
      year: 2026,
      value: 10,
      scoreNeeded: { year: 2024, rank: 19, likely: 26.06, sure: 26.34, basedOn: 16, provinceCount: 63 },
    });
    expect(scoreNeededText(t, converted)).toBe(
      "Để đạt hạng 10/34 (tương ứng hạng 19/63 năm 2024) cần khoảng 26,06 điểm theo kết quả năm 2024 (chắc chắn từ 26,34 điểm; dựa trên điểm của 16/63 tỉnh có công bố).",
    );
  });
});

describe("whose results the summary shows", () => {
  const row = (unitCode: string, year: number) =>
    ({ unitCode, year }) as unknown as PgiOverview["rows"][number];
  const merged = {
    province: { code: "N", name: "Bắc Ninh", era: "34" },
    units: [
      { code: "G", name: "Bắc Giang", era: "63", former: true },
      { code: "B", name: "Bắc Ninh", era: "63", former: true },
      { code: "N", name: "Bắc Ninh", era: "34", former: false },
    ],
    merger: { date: "2025-07-01", formers: ["Bắc Giang", "Bắc Ninh"] },
    rows: [row("G", 2024), row("B", 2023), row("B", 2024), row("G", 2022)],
  } as unknown as PgiOverview;

  it("gives a merged province one view per province of the registry, never one series", () => {
    const views = pgiViews(t, merged);
    expect(views.map((v) => v.label)).toEqual(["Bắc Giang (cũ)", "Bắc Ninh (cũ)", "Bắc Ninh (mới)"]);
    expect(views[0]!.rows.map((r) => r.year)).toEqual([2022, 2024]);
    // Both former provinces end in 2024: the one the new province is named after comes first.
    expect(defaultView(views, merged)?.key).toBe("B");
    // Once the merged province has its own year, it is shown.
    const later = { ...merged, rows: [...merged.rows, row("N", 2025)] };
    expect(defaultView(pgiViews(t, later), later)?.key).toBe("N");
  });

  it("reads a province that was not merged as one series", () => {
    const single = {
      ...merged,
      units: [{ code: "V", name: "Bà Rịa - Vũng Tàu", era: "63", former: false }],
      province: { code: "V", name: "Bà Rịa - Vũng Tàu", era: "63" },
      merger: null,
      rows: [row("V", 2023), row("V", 2022)],
    } as unknown as PgiOverview;
    const views = pgiViews(t, single);
    expect(views).toHaveLength(1);
    expect(views[0]!.rows.map((r) => r.year)).toEqual([2022, 2023]);
  });
});
