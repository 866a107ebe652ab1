// Framework values put into words for the reader: localised names, units, scoring rules.
import { useCallback } from "react";
import type { ScoringRuleView } from "../../../contracts/frameworks.js";
import { vietnameseUnits } from "../../../domain/text/unit-labels.js";
import { type Translate, useLocale } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";

export interface LocalText {
  vi: string;
  en?: string | undefined;
}

/** The English name when the interface is in English and the framework has one. */
export function useLocalText(): (text: LocalText | null | undefined) => string {
  const { locale } = useLocale();
  return useCallback((text) => (text ? (locale === "en" && text.en ? text.en : text.vi) : ""), [locale]);
}

/**
 * The unit as written in documents: the label when there is one, else the unit code in the
 * reader's language ("person" → "người"); nothing for a plain number ("1").
 */
export function useUnitText(): (unit: string | null, unitLabel?: string | null) => string {
  const { locale } = useLocale();
  return useCallback(
    (unit, unitLabel = null) => {
      if (unitLabel) return unitLabel;
      if (!unit || unit === "1") return "";
      if (unit === "m3") return "m³";
      return locale === "vi" ? (vietnameseUnits[unit] ?? unit) : unit;
    },
    [locale],
  );
}

const n = (value: number) => formatDecimal(value, 6);

/** "Tuyến tính: 0 → 100", "Đạt/không đạt ≥ 80", … */
export function describeScoring(rule: ScoringRuleView, t: Translate): string {
  switch (rule.type) {
    case "linear":
      return t("scoring.linear.text", { floor: n(rule.floor), target: n(rule.target) });
    case "lower_is_better":
      return t("scoring.lower_is_better.text", { best: n(rule.best), worst: n(rule.worst) });
    case "bands":
      return t("scoring.bands.text", { count: rule.bands.length });
    case "pass_fail":
      return t("scoring.pass_fail.text", { threshold: n(rule.threshold) });
    case "improvement":
      return t("scoring.improvement.text", {
        fullAt: n(rule.fullAt),
        unchanged: formatDecimal(rule.unchangedShare * 100, 1),
      });
    case "external":
      return t("scoring.external.text");
  }
}

/** One line per band of a "bands" rule: "0 – 0,5: 25% số điểm". */
export function describeBands(rule: ScoringRuleView, t: Translate): string[] {
  if (rule.type !== "bands") return [];
  return rule.bands.map((band) =>
    t("scoring.bands.line", {
      from: n(band.from),
      to: n(band.to),
      share: formatDecimal(band.share * 100, 1),
    }),
  );
}

/** What happens to the points of indicators an edition no longer assesses. */
export function describeNotAssessedRule(rule: string, t: Translate): string {
  if (rule === "drop" || rule === "redistribute_proportional" || rule === "redistribute_within_group")
    return t(`notAssessed.rule.${rule}`);
  return rule;
}
