// What-if for a result not stored: computed in the browser from the breakdown and the
// published scores of the year, with the same rule the server uses.
import type { EditionResultView } from "../../../contracts/frameworks.js";
import { estimateRank, whatIf } from "../../../domain/results/ranking.js";
import type { PublishedResult } from "../published/published.api.js";
import type { WhatIfView } from "./computations.api.js";

const hundredths = (points: number) => Math.round(points * 100);

export function whatIfFromResult(
  result: EditionResultView,
  published: PublishedResult[],
  provinceCount: number,
  year: number,
  province?: string,
): WhatIfView {
  const names = new Map(result.indicators.map((i) => [i.code, i]));
  const scores = published.map((p) => ({ province: p.province, total: p.total, rank: p.rank }));
  const withYear = (rank: ReturnType<typeof estimateRank>) => (rank ? { ...rank, year } : null);
  const rows = whatIf(
    result.indicators
      .filter((i) => i.status !== "not_assessed")
      .map((i) => ({
        code: i.code,
        hundredths: hundredths(i.points),
        maxHundredths: hundredths(i.maxPoints),
      })),
    hundredths(result.total),
    scores,
    provinceCount,
    province,
  );
  return {
    total: result.total,
    rank: withYear(estimateRank(scores, result.total, provinceCount, province)),
    rows: rows.map((row) => {
      const line = names.get(row.code)!;
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
