// The what-if table of a computed breakdown, as both the server (stored results) and the
// browser (trial computations) show it: one rule, one place.
import { estimateRank, type PublishedScore, type RankEstimate, whatIf } from "./ranking.js";

export interface ScoredLine<Name> {
  code: string;
  name: Name;
  status: string;
  points: number;
  maxPoints: number;
}

type RankOfYear = RankEstimate & { year: number };

export interface WhatIfTable<Name> {
  total: number;
  rank: RankOfYear | null;
  rows: {
    code: string;
    name: Name;
    points: number;
    maxPoints: number;
    gain: number;
    newTotal: number;
    rank: RankOfYear | null;
    rankGain: number | null;
  }[];
}

const hundredths = (points: number) => Math.round(points * 100);

export function whatIfTable<Name>(
  result: { total: number; indicators: ScoredLine<Name>[] },
  published: PublishedScore[],
  provinceCount: number,
  year: number | null,
  province?: string,
): WhatIfTable<Name> {
  const withYear = (rank: RankEstimate | null) => (rank && year !== null ? { ...rank, year } : null);
  const lines = new Map(result.indicators.map((i) => [i.code, i]));
  const rows = whatIf(
    result.indicators
      .filter((i) => i.status !== "not_assessed")
      .map((i) => ({
        code: i.code,
        hundredths: hundredths(i.points),
        maxHundredths: hundredths(i.maxPoints),
      })),
    hundredths(result.total),
    published,
    provinceCount,
    province,
  );
  return {
    total: result.total,
    rank: withYear(estimateRank(published, result.total, provinceCount, province)),
    rows: rows.map((row) => {
      const line = lines.get(row.code)!;
      return {
        code: row.code,
        name: line.name,
        points: line.points,
        maxPoints: line.maxPoints,
        gain: row.gainHundredths / 100,
        newTotal: row.totalHundredths / 100,
        rank: withYear(row.rank),
        rankGain: row.rankGain,
      };
    }),
  };
}
