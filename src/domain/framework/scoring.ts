// Value → points for one indicator, by the rule its edition gives. Points are kept in
// hundredths (integers) so that group totals and the total add up exactly to their parts.
import type { ScoringRule } from "./schema.js";

export type Direction = "higher_is_better" | "lower_is_better";

export interface ScoreInput {
  rule: ScoringRule;
  /** The indicator's maximum points in this edition, after any redistribution. */
  maxPoints: number;
  direction: Direction;
  value: number;
  /** Last year's value, needed only by the improvement rule. */
  lastYearValue?: number | null;
}

export type ScoreResult = { ok: true; hundredths: number; share: number } | { ok: false; reason: string };

export const toHundredths = (points: number) => Math.round(points * 100);
export const fromHundredths = (hundredths: number) => hundredths / 100;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Share of full points between `worst` (0) and `best` (1), either direction. */
function linearShare(value: number, worst: number, best: number): number {
  if (best === worst) return value === best ? 1 : 0;
  return clamp01((value - worst) / (best - worst));
}

function shareOf(input: ScoreInput): number | string {
  const { rule, value, direction } = input;
  const higher = direction === "higher_is_better";
  switch (rule.type) {
    case "linear":
      return linearShare(value, rule.floor, rule.target);
    case "lower_is_better":
      return linearShare(value, rule.worst, rule.best);
    case "pass_fail":
      return (higher ? value >= rule.threshold : value <= rule.threshold) ? 1 : 0;
    case "bands": {
      const band =
        rule.bands.find((b) => value >= b.from && value < b.to) ?? lastClosedBand(rule.bands, value);
      return band ? band.share : `Giá trị ${value} không thuộc khoảng nào trong bảng điểm`;
    }
    case "improvement": {
      if (input.lastYearValue === null || input.lastYearValue === undefined) {
        return "Thiếu giá trị năm trước để so sánh";
      }
      const gain = higher ? value - input.lastYearValue : input.lastYearValue - value;
      if (gain <= 0) return gain === 0 ? rule.unchangedShare : 0;
      return rule.unchangedShare + (1 - rule.unchangedShare) * clamp01(gain / rule.fullAt);
    }
    case "external":
      // The value is the points themselves (e.g. the satisfaction survey's score out of 30).
      return input.maxPoints === 0 ? 0 : clamp01(value / input.maxPoints);
  }
}

/** The top band is closed on the right, so a value equal to its upper bound (e.g. 100 %) counts. */
function lastClosedBand(bands: { from: number; to: number; share: number }[], value: number) {
  const top = bands.reduce((a, b) => (b.to > a.to ? b : a));
  return value === top.to ? top : undefined;
}

export function scoreIndicator(input: ScoreInput): ScoreResult {
  if (!Number.isFinite(input.value)) return { ok: false, reason: "Giá trị không phải là số" };
  const share = shareOf(input);
  if (typeof share === "string") return { ok: false, reason: share };
  return { ok: true, share, hundredths: toHundredths(share * input.maxPoints) };
}
