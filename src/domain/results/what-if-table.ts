// The what-if table of a computed breakdown, as both the server (stored results, documents) and
// the browser (trial computations) show it: one rule, one place. Each indicator an agency can act
// on, brought alone to full points, with the total and the place it would give (a range where
// the published data leaves one); indicators scored outside the province (the citizens' survey)
// are listed apart, since no agency can act on them.
import { estimateRank, type PublishedScore, type RankEstimate } from "./ranking.js";

export interface ScoredLine<Name> {
  code: string;
  name: Name;
  status: string;
  points: number;
  maxPoints: number;
  /** Scored by another body (a survey): not something an agency of the province can improve. */
  external?: boolean;
  /** The agencies that report what the indicator is computed from. */
  agencies?: string[];
}

type RankOfYear = RankEstimate & { year: number };

export interface WhatIfRow<Name> {
  code: string;
  name: Name;
  points: number;
  maxPoints: number;
  gain: number;
  newTotal: number;
  agencies: string[];
  rank: RankOfYear | null;
  /** Places gained at the most likely place; the range of the new place is in `rank`. */
  rankGain: number | null;
}

export interface WhatIfTable<Name> {
  total: number;
  rank: RankOfYear | null;
  rows: WhatIfRow<Name>[];
  external: WhatIfRow<Name>[];
}

const hundredths = (points: number) => Math.round(points * 100);

export function whatIfTable<Name>(
  /** An incomplete result (group II awaited) is never placed against other provinces' totals. */
  result: { total: number; complete?: boolean; indicators: ScoredLine<Name>[] },
  published: PublishedScore[],
  provinceCount: number,
  year: number | null,
  province?: string,
): WhatIfTable<Name> {
  const rankAt = (total: number): RankOfYear | null => {
    if (year === null || result.complete === false) return null;
    const estimate = estimateRank(published, total, provinceCount, province);
    return estimate ? { ...estimate, year } : null;
  };
  const now = rankAt(result.total);
  const rows = result.indicators
    .filter((i) => i.status !== "not_assessed")
    .map((i) => {
      const gainHundredths = Math.max(0, hundredths(i.maxPoints) - hundredths(i.points));
      const newTotal = (hundredths(result.total) + gainHundredths) / 100;
      const rank = rankAt(newTotal);
      return {
        code: i.code,
        name: i.name,
        points: i.points,
        maxPoints: i.maxPoints,
        gain: gainHundredths / 100,
        newTotal,
        agencies: i.agencies ?? [],
        rank,
        rankGain: rank && now ? now.rank - rank.rank : null,
        external: i.external === true,
      };
    })
    .filter((row) => row.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.code.localeCompare(b.code));
  const strip = ({ external: _, ...row }: (typeof rows)[number]): WhatIfRow<Name> => row;
  return {
    total: result.total,
    rank: now,
    rows: rows.filter((r) => !r.external).map(strip),
    external: rows.filter((r) => r.external).map(strip),
  };
}
