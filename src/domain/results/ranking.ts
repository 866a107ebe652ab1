// Where a computed total would rank among the published totals of a year. Published tables are
// often partial (only some scores and ranks are known), so the estimate interpolates between
// the known scores that bracket the total and says on how many it rests.
export interface PublishedScore {
  province: string;
  total: number | null;
  rank: number | null;
}

export interface RankEstimate {
  rank: number;
  /** The rank cannot be better than `best` nor worse than `worst` given what is known. */
  best: number;
  worst: number;
  /** True when every province's score is known, so the rank is certain. */
  exact: boolean;
  basedOn: number;
  provinceCount: number;
}

export function estimateRank(
  published: PublishedScore[],
  total: number,
  provinceCount: number,
  excludeProvince?: string,
): RankEstimate | null {
  const others = published.filter((p) => p.province !== excludeProvince && p.total !== null);
  if (others.length === 0) return null;
  // The province itself is one of provinceCount: knowing all the others makes the rank certain.
  if (others.length >= provinceCount - 1) {
    const rank = 1 + others.filter((p) => (p.total as number) > total).length;
    return { rank, best: rank, worst: rank, exact: true, basedOn: others.length, provinceCount };
  }
  const known = others
    .filter((p): p is PublishedScore & { total: number; rank: number } => p.rank !== null)
    .sort((a, b) => b.total - a.total);
  const above = [...known].reverse().find((p) => p.total > total);
  const below = known.find((p) => p.total <= total);
  const worst = below ? below.rank : provinceCount;
  // Below the last known score the province can still be no worse than last.
  const best = Math.min(above ? above.rank + 1 : 1, worst);
  // Interpolate between the bracketing known scores; beyond the lowest, towards (0, last place).
  const hi = above ?? { total: Math.max(total, 100), rank: 0 };
  const lo = below ?? { total: 0, rank: provinceCount };
  const span = hi.total - lo.total;
  const interpolated = span <= 0 ? lo.rank : hi.rank + ((hi.total - total) / span) * (lo.rank - hi.rank);
  const rank = Math.min(worst, Math.max(best, Math.round(interpolated)));
  return { rank, best, worst, exact: false, basedOn: known.length, provinceCount };
}

export interface IndicatorPoints {
  code: string;
  /** Points now and at most, in hundredths. */
  hundredths: number;
  maxHundredths: number;
}

export interface WhatIfRow {
  code: string;
  gainHundredths: number;
  totalHundredths: number;
  rank: RankEstimate | null;
  rankGain: number | null;
}

/** For each indicator: the points and rank places gained if it alone reached full points. */
export function whatIf(
  indicators: IndicatorPoints[],
  totalHundredths: number,
  published: PublishedScore[],
  provinceCount: number,
  province?: string,
): WhatIfRow[] {
  const now = estimateRank(published, totalHundredths / 100, provinceCount, province);
  return indicators
    .map((i) => {
      const gainHundredths = Math.max(0, i.maxHundredths - i.hundredths);
      const newTotal = totalHundredths + gainHundredths;
      const rank = estimateRank(published, newTotal / 100, provinceCount, province);
      return {
        code: i.code,
        gainHundredths,
        totalHundredths: newTotal,
        rank,
        rankGain: rank && now ? now.rank - rank.rank : null,
      };
    })
    .filter((row) => row.gainHundredths > 0)
    .sort((a, b) => b.gainHundredths - a.gainHundredths || a.code.localeCompare(b.code));
}
