import { describe, expect, it } from "vitest";
import type { PublishedScore } from "../results/ranking.js";
import { rankOf, regionRankOf, scoreForRank, sumGap } from "./pgi-ranks.js";

/** Ten provinces, all scored and ranked: 30, 29, … 21. */
const full: PublishedScore[] = Array.from({ length: 10 }, (_, i) => ({
  province: `P${i + 1}`,
  total: 30 - i,
  rank: i + 1,
}));

describe("a rank on the page", () => {
  it("is VCCI's when published, whatever the scores say", () => {
    expect(rankOf(full, "P3", 28, 3, 10, 40)).toEqual({
      value: 3,
      basis: "published",
      best: 3,
      worst: 3,
      exact: true,
      of: 10,
    });
  });

  it("is computed and marked so when VCCI did not publish it", () => {
    const scores = full.map((s) => (s.province === "P5" ? { ...s, rank: null } : s));
    expect(rankOf(scores, "P5", 26, null, 10, 40)).toMatchObject({
      value: 5,
      basis: "computed",
      exact: true,
    });
  });

  it("is a range when the published data leaves several places", () => {
    // Only the top three are ranked; five others are known by nothing.
    const partial = full.slice(0, 3).concat([{ province: "X", total: 22, rank: null }]);
    const rank = rankOf(partial, "X", 22, null, 10, 40)!;
    expect(rank.basis).toBe("computed");
    expect(rank.exact).toBe(false);
    expect(rank.best).toBeGreaterThanOrEqual(4);
    expect(rank.worst).toBeLessThanOrEqual(10);
  });

  it("is none without a score", () => {
    expect(rankOf(full, "P3", null, null, 10, 40)).toBeNull();
  });
});

describe("the place within a region", () => {
  it("counts the members above the score", () => {
    expect(regionRankOf(full, ["P2", "P4", "P6", "P8"], "P6", 25, 10, 40)).toMatchObject({
      value: 3,
      exact: true,
      of: 4,
      basis: "computed",
    });
  });
});

describe("a total against its sub-indices", () => {
  it("is flagged only beyond rounding, as published minus sum", () => {
    expect(sumGap(13.99, [3.12, 4.94, 4.09, 1.87])).toBe(-0.03);
    expect(sumGap(24.2, [7.49, 6.37, 5.92, 4.43])).toBeNull();
    expect(sumGap(26.34, [7.65, 7.58, 4.99, 6.11])).toBeNull();
  });

  it("is not compared when a sub-index or the total is missing", () => {
    expect(sumGap(null, [1, 2, 3, 4])).toBeNull();
    expect(sumGap(20, [1, null, 3, 4])).toBeNull();
  });
});

describe("the score a place would have needed", () => {
  it("is the score of the province that held it, when every place is known", () => {
    // Fourth place among ten of 30, 29, … : 27 ties the fourth and takes its place.
    expect(scoreForRank(full, "ME", 4, 11, 40)).toEqual({ likely: 27, sure: 27, basedOn: 10 });
  });

  it("leaves the certain score apart from the likely one when provinces are unknown", () => {
    const partial = full.slice(0, 3);
    const needed = scoreForRank(partial, "ME", 5, 10, 40)!;
    expect(needed.likely).toBeLessThan(28);
    expect(needed.sure === null || needed.sure >= needed.likely).toBe(true);
  });

  it("is none when nothing is published", () => {
    expect(scoreForRank([], "ME", 5, 10, 40)).toBeNull();
  });
});

describe("a plan's section about a sub-index", () => {
  it("is known by its title as plans write it", async () => {
    const { pgiPartOfSection } = await import("./section-part.js");
    expect(pgiPartOfSection("Chỉ số thành phần 3: Thúc đẩy thực hành xanh (Environmental Leadership)")).toBe(
      "PGI3",
    );
    expect(pgiPartOfSection("CHỈ SỐ THÀNH PHẦN SỐ 04: Chính sách hỗ trợ")).toBe("PGI4");
    expect(pgiPartOfSection("Nhiệm vụ chung")).toBeNull();
    expect(pgiPartOfSection("Chỉ số thành phần 5")).toBeNull();
  });
});
