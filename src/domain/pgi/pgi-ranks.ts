// Places in the green index as the page shows them. A rank VCCI published is shown as it is; a
// rank it did not publish is computed from the published scores (marked computed, a range when
// the data leaves more than one place) and never stored with the published ones. The place
// within a region, and the score that would have given a target place, are computed the same way.
import {
  estimateRank,
  estimateRankWithin,
  type PublishedScore,
  type RankEstimate,
} from "../results/ranking.js";

export interface PgiRankValue {
  value: number;
  basis: "published" | "computed";
  best: number;
  worst: number;
  exact: boolean;
  of: number;
}

/** The score limit of the total (40) or of a sub-index (10). */
export const pgiMaxScore = (part: string | null) => (part ? 10 : 40);

/** Two decimals, as VCCI publishes: rounding gaps of four sub-indices stay within 0,02. */
export const sumTolerance = 0.02;

const computed = (e: RankEstimate, of: number): PgiRankValue => ({
  value: e.rank,
  basis: "computed",
  best: e.best,
  worst: e.worst,
  exact: e.exact,
  of,
});

/** The published rank; else the place the published scores give the score; else none. */
export function rankOf(
  scores: PublishedScore[],
  own: string,
  score: number | null,
  published: number | null,
  provinceCount: number,
  maxScore: number,
): PgiRankValue | null {
  if (published !== null)
    return {
      value: published,
      basis: "published",
      best: published,
      worst: published,
      exact: true,
      of: provinceCount,
    };
  if (score === null) return null;
  const e = estimateRank(scores, score, provinceCount, own, maxScore);
  return e ? computed(e, provinceCount) : null;
}

/** The place among the members of a region by published score (always computed). */
export function regionRankOf(
  scores: PublishedScore[],
  members: readonly string[],
  own: string,
  score: number | null,
  provinceCount: number,
  maxScore: number,
): PgiRankValue | null {
  if (score === null) return null;
  const e = estimateRankWithin(scores, members, score, provinceCount, own, maxScore);
  return e ? computed(e, members.length) : null;
}

/**
 * The published total minus the sum of the published sub-indices, when all four are published
 * and they differ by more than rounding; otherwise null. The published total is never replaced.
 */
export function sumGap(total: number | null, parts: (number | null)[]): number | null {
  if (total === null || parts.length === 0 || parts.some((p) => p === null)) return null;
  const sum = (parts as number[]).reduce((a, b) => a + b, 0);
  const gap = Math.round((total - sum) * 100) / 100;
  return Math.abs(gap) > sumTolerance + 1e-9 ? gap : null;
}

export interface ScoreNeeded {
  /** The lowest score (to 0,01) whose most likely place is the target or better. */
  likely: number;
  /** The lowest score that would have made the place certain; null when none would. */
  sure: number | null;
  /** Other provinces with a published score the answer rests on. */
  basedOn: number;
}

/**
 * The score that would have given `target` place among the other provinces' published scores
 * of one year: "để đạt hạng 15 cần khoảng 3,9 điểm theo kết quả năm trước". Null when no score
 * would (the target is beyond the data) or nothing is published.
 */
export function scoreForRank(
  scores: PublishedScore[],
  own: string,
  target: number,
  provinceCount: number,
  maxScore: number,
): ScoreNeeded | null {
  const at = (hundredths: number) => estimateRank(scores, hundredths / 100, provinceCount, own, maxScore);
  const top = at(maxScore * 100);
  if (!top || top.rank > target) return null;
  // The place only improves as the score rises: the lowest score that reaches it, by halving.
  const lowest = (reached: (e: RankEstimate) => boolean): number | null => {
    if (!reached(at(maxScore * 100)!)) return null;
    let low = 0;
    let high = maxScore * 100;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (reached(at(middle)!)) high = middle;
      else low = middle + 1;
    }
    return low / 100;
  };
  const likely = lowest((e) => e.rank <= target);
  if (likely === null) return null;
  return { likely, sure: lowest((e) => e.worst <= target), basedOn: top.basedOn };
}
