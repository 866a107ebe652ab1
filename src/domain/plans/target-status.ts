// How a plan's target stands in a year, by a rule the coordinator reads and sets on the plan:
// a figure that is final (an approved year, a past year entered as history, a published result) either
// reaches the year's value or misses it; a live figure (a year still being collected) is on
// track while it is short of the value by no more than the plan's margin, at risk beyond it.
// No figure is "not reported", never "missed": not knowing is not the same as not doing.
export type TargetDirection = "up" | "down";
export type TargetStatus = "met" | "on_track" | "at_risk" | "missed" | "not_reported";

export interface TargetYearFacts {
  direction: TargetDirection;
  /** The year's value in the plan. */
  target: number;
  actual: number | null;
  final: boolean;
  /** The plan's rule: at risk below this share (%) of the year's value. */
  atRiskBelowPercent: number;
}

export function targetStatus(facts: TargetYearFacts): TargetStatus {
  const { direction, target, actual, final, atRiskBelowPercent } = facts;
  if (actual === null) return "not_reported";
  const reached = direction === "up" ? actual >= target : actual <= target;
  if (reached) return final ? "met" : "on_track";
  if (final) return "missed";
  // Short by at most (100 − p)% of the year's value: 90% of 45% is 40,5%; for a rank of 15, 16,5.
  const margin = (Math.abs(target) * (100 - atRiskBelowPercent)) / 100;
  const short = direction === "up" ? target - actual : actual - target;
  return short <= margin + 1e-9 ? "on_track" : "at_risk";
}
