import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { matchProvince, provincesOf } from "../org/provinces.js";
import { parsePublishedCsv, pepiLayout } from "./published-csv.js";
import { estimateRank, estimateRankWithin, type PublishedScore } from "./ranking.js";

const full: PublishedScore[] = [90, 80, 70, 60, 50].map((total, i) => ({
  province: `P${i + 1}`,
  total,
  rank: i + 1,
}));

/** The Ministry's published PEPI rows of a year, shipped with PEPI Hub, keyed by registry code. */
function shipped(year: number): PublishedScore[] {
  const { rows } = parsePublishedCsv(
    fs.readFileSync("frameworks/published/pepi_results.csv", "utf8"),
    pepiLayout,
  );
  return rows
    .filter((r) => r.year === year)
    .map((r) => ({ province: matchProvince(r.province, "63")!.code, total: r.total, rank: r.rank }));
}
const code = (name: string) => matchProvince(name, "63")!.code;

describe("estimateRank", () => {
  it("is exact when every other province's score is known", () => {
    expect(estimateRank(full, 75, 6)).toMatchObject({ rank: 3, best: 3, worst: 3, exact: true });
    expect(estimateRank(full, 95, 6)?.rank).toBe(1);
    expect(estimateRank(full, 10, 6)?.rank).toBe(6);
  });

  it("puts the province's new score in place of its own published row", () => {
    expect(estimateRank(full, 85, 5, "P1")).toMatchObject({ rank: 1, exact: true });
    // P3 moving from 70 to 55 passes below P4 (60): fourth of five, not one place off.
    expect(estimateRank(full, 55, 5, "P3")).toMatchObject({ rank: 4, exact: true });
  });

  it("gives level scores the same place", () => {
    expect(estimateRank(full, 70, 6)).toMatchObject({ rank: 3, level: 1, exact: true });
  });

  it("answers a partial table with the range it allows, the likely place inside it", () => {
    const partial: PublishedScore[] = [
      { province: "A", total: 79.82, rank: 1 },
      { province: "B", total: 65.0, rank: 11 },
      { province: "C", total: 51.3, rank: 63 },
      { province: "D", total: null, rank: 35 },
    ];
    const estimate = estimateRank(partial, 72.41, 63)!;
    expect(estimate).toMatchObject({ best: 2, worst: 11, exact: false, basedOn: 3, above: 1, below: 2 });
    expect(estimate.rank).toBeGreaterThanOrEqual(5);
    expect(estimate.rank).toBeLessThanOrEqual(8);
    expect(estimateRank(partial, 80, 63)).toMatchObject({ rank: 1, exact: true });
    // Below the known last place of a year: last, whatever the unknown scores.
    expect(estimateRank(partial, 40, 63)).toMatchObject({ rank: 63, best: 63, worst: 63 });
  });

  it("says when the score is below every published one instead of naming a place", () => {
    const top = full.slice(0, 3);
    const estimate = estimateRank(top, 65, 63)!;
    expect(estimate).toMatchObject({ above: 3, below: 0, best: 4, worst: 63, exact: false });
  });

  it("counts provinces known by their score alone, like the unranked bottom of 2021", () => {
    const year2021 = shipped(2021);
    // Between Bình Phước (54,86) and Bình Thuận (55,14): the unranked bottom five are counted.
    const estimate = estimateRank(year2021, 55, 63, code("Lào Cai"))!;
    expect(estimate.below).toBe(3); // Đắk Nông 51,3, Phú Yên 54,64, Bình Phước 54,86
    expect(estimate.worst).toBe(60);
  });

  it("returns nothing when no other province has a score", () => {
    expect(estimateRank([{ province: "A", total: null, rank: 3 }], 60, 63)).toBeNull();
  });

  for (const year of [2021, 2022]) {
    it(`contains the published rank of every province of ${year} given its published score`, () => {
      const table = shipped(year);
      for (const p of table.filter((r) => r.total !== null && r.rank !== null)) {
        const estimate = estimateRank(table, p.total!, 63, p.province)!;
        expect(estimate.best, p.province).toBeLessThanOrEqual(p.rank!);
        expect(estimate.worst, p.province).toBeGreaterThanOrEqual(p.rank!);
      }
      // And with its own row removed from the table altogether.
      for (const p of table.filter((r) => r.total !== null && r.rank !== null)) {
        const without = table.filter((r) => r.province !== p.province);
        const estimate = estimateRank(without, p.total!, 63)!;
        expect(estimate.best, p.province).toBeLessThanOrEqual(p.rank!);
        expect(estimate.worst, p.province).toBeGreaterThanOrEqual(p.rank!);
      }
    });
  }

  it("places Lào Cai's 2022 score where it was published (17th), within a range that says how sure", () => {
    const estimate = estimateRank(shipped(2022), 61.02, 63, code("Lào Cai"))!;
    expect(estimate.best).toBeLessThanOrEqual(17);
    expect(estimate.worst).toBeGreaterThanOrEqual(17);
    expect(estimate.above).toBe(7);
  });
});

describe("estimateRankWithin (a region)", () => {
  it("places Bà Rịa - Vũng Tàu second in the South-East with its 2021 score", () => {
    const members = provincesOf("63")
      .filter((p) => p.region === "DNB")
      .map((p) => p.code);
    const estimate = estimateRankWithin(shipped(2021), members, 78.79, 63, code("Bà Rịa - Vũng Tàu"))!;
    // Đà Nẵng (79,82) is not in the region: nobody known is above; Bình Phước (54,86) is below.
    expect(estimate).toMatchObject({ best: 1, above: 0, provinceCount: 6 });
    expect(estimate.below).toBeGreaterThanOrEqual(1);
  });
});

describe("published tables that contradict themselves", () => {
  it("says so instead of answering as if the data agreed", () => {
    // Two provinces ranked 2 and 3, but five of known score sit between them.
    const table: PublishedScore[] = [
      { province: "A", total: 80, rank: 2 },
      { province: "B", total: 60, rank: 3 },
      ...[75, 72, 70, 68, 65].map((total, i) => ({ province: `X${i}`, total, rank: null })),
    ];
    expect(estimateRank(table, 66, 63)?.inconsistent).toBe(true);
    expect(estimateRank(full, 75, 6)?.inconsistent).toBe(false);
  });
});
