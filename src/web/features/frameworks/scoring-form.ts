// The scoring rule as edited in a form (numbers as typed text, shares in per cent) and back.
import { type ScoringRuleView, scoringRuleSchema } from "../../../contracts/frameworks.js";
import { decimalText, readDecimal } from "../../lib/decimal.js";

export type ScoringType = ScoringRuleView["type"];
export const scoringTypes: ScoringType[] = [
  "linear",
  "lower_is_better",
  "bands",
  "pass_fail",
  "improvement",
  "external",
];

export interface ScoringFields {
  scoringType: ScoringType;
  floor?: string;
  target?: string;
  best?: string;
  worst?: string;
  threshold?: string;
  fullAt?: string;
  unchangedPercent?: string;
  bands?: { from?: string; to?: string; sharePercent?: string }[];
}

const percentText = (share: number) => decimalText(Math.round(share * 10000) / 100);

export function scoringToFields(rule: ScoringRuleView): ScoringFields {
  switch (rule.type) {
    case "linear":
      return { scoringType: rule.type, floor: decimalText(rule.floor), target: decimalText(rule.target) };
    case "lower_is_better":
      return { scoringType: rule.type, best: decimalText(rule.best), worst: decimalText(rule.worst) };
    case "bands":
      return {
        scoringType: rule.type,
        bands: rule.bands.map((b) => ({
          from: decimalText(b.from),
          to: decimalText(b.to),
          sharePercent: percentText(b.share),
        })),
      };
    case "pass_fail":
      return { scoringType: rule.type, threshold: decimalText(rule.threshold) };
    case "improvement":
      return {
        scoringType: rule.type,
        fullAt: decimalText(rule.fullAt),
        unchangedPercent: percentText(rule.unchangedShare),
      };
    case "external":
      return { scoringType: rule.type };
  }
}

const num = (text: string | undefined) => readDecimal(text) ?? Number.NaN;
const share = (text: string | undefined) => num(text) / 100;

/** The rule the form describes, or null when a parameter is missing or out of range. */
export function fieldsToScoring(f: ScoringFields): ScoringRuleView | null {
  const candidate = (() => {
    switch (f.scoringType) {
      case "linear":
        return { type: f.scoringType, floor: num(f.floor), target: num(f.target) };
      case "lower_is_better":
        return { type: f.scoringType, best: num(f.best), worst: num(f.worst) };
      case "bands":
        return {
          type: f.scoringType,
          bands: (f.bands ?? []).map((b) => ({
            from: num(b.from),
            to: num(b.to),
            share: share(b.sharePercent),
          })),
        };
      case "pass_fail":
        return { type: f.scoringType, threshold: num(f.threshold) };
      case "improvement":
        return { type: f.scoringType, fullAt: num(f.fullAt), unchangedShare: share(f.unchangedPercent) };
      case "external":
        return { type: f.scoringType };
    }
  })();
  const parsed = scoringRuleSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** Same value whatever the order of object keys (to send only what was changed). */
export function sameValue(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, x]) => [k, canonical(x)]),
          )
        : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
