import { describe, expect, it } from "vitest";
import { estimateRank, type PublishedScore, whatIf } from "./ranking.js";

const full: PublishedScore[] = [90, 80, 70, 60, 50].map((total, i) => ({
  province: `P${i + 1}`,
  total,
  rank: i + 1,
}));

describe("estimateRank", () => {
  it("is exact when every province's score is known", () => {
    expect(estimateRank(full, 75, 6)).toMatchObject({ rank: 3, exact: true });
    expect(estimateRank(full, 95, 6)?.rank).toBe(1);
    expect(estimateRank(full, 10, 6)?.rank).toBe(6);
  });

  it("leaves the province itself out when asked", () => {
    expect(estimateRank(full, 85, 5, "P1")).toMatchObject({ rank: 1, exact: true });
  });

  it("interpolates between known scores when the table is partial, within the bounds they allow", () => {
    const partial: PublishedScore[] = [
      { province: "A", total: 79.82, rank: 1 },
      { province: "B", total: 65.0, rank: 11 },
      { province: "C", total: 51.3, rank: 63 },
      { province: "D", total: null, rank: 35 },
    ];
    const estimate = estimateRank(partial, 72.41, 63)!;
    expect(estimate.exact).toBe(false);
    expect(estimate.best).toBe(2);
    expect(estimate.worst).toBe(11);
    expect(estimate.rank).toBe(6);
    expect(estimateRank(partial, 80, 63)?.rank).toBe(1);
    expect(estimateRank(partial, 40, 63)).toMatchObject({ rank: 63, best: 63, worst: 63 });
  });

  it("returns nothing when no score is known", () => {
    expect(estimateRank([{ province: "A", total: null, rank: 3 }], 60, 63)).toBeNull();
  });
});

describe("whatIf", () => {
  it("sorts indicators by the points they would gain and tells the rank places", () => {
    const rows = whatIf(
      [
        { code: "01", hundredths: 100, maxHundredths: 300 },
        { code: "02", hundredths: 300, maxHundredths: 300 },
        { code: "03", hundredths: 0, maxHundredths: 1000 },
      ],
      6500,
      full,
      6,
    );
    expect(rows.map((r) => r.code)).toEqual(["03", "01"]);
    expect(rows[0]).toMatchObject({ gainHundredths: 1000, totalHundredths: 7500, rankGain: 1 });
    expect(rows[1]).toMatchObject({ gainHundredths: 200, rankGain: 0 });
  });
});
