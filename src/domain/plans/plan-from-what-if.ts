// From a result's what-if to a draft plan (issue "improvement plans", item 5): the value an
// indicator must reach for its full points, the agencies answerable for it, the yearly values
// from where it stands to where the plan aims, and the task as a plan writes it. Pure rules; the
// service reads the result, the cycle's assignments and the agencies.

import { matchAgencies, type ProvinceAgency } from "../cycle/assignment-plan.js";
import { indicatorExplainer } from "../cycle/explainer.js";
import { provinceToday } from "../cycle/reminders.js";
import type { ScoringRule } from "../framework/schema.js";
import { withoutDraftMark } from "../text/draft-mark.js";
import { formatNumberVi, formatPointsVi } from "../text/format-vi.js";
import { nameInSentence } from "../text/official-names.js";
import { periodText } from "./plan-rules.js";

export type Direction = "higher_is_better" | "lower_is_better";

/**
 * The value that gives the indicator its full points by its edition's rule: the target of a
 * linear scale, the best of a lower-is-better one, the threshold of a pass/fail, the lowest value
 * of the band that scores in full, or, for a rule that scores the improvement on last year, the
 * present value improved by what scores in full. Null when nothing the province does sets it (a
 * survey's score) or it cannot be known (an improvement without a present value).
 */
export function fullPointsValue(
  rule: ScoringRule,
  direction: Direction,
  present: number | null,
): number | null {
  switch (rule.type) {
    case "linear":
      return rule.target;
    case "lower_is_better":
      return rule.best;
    case "pass_fail":
      return rule.threshold;
    case "bands": {
      const best = Math.max(...rule.bands.map((b) => b.share));
      const full = rule.bands.filter((b) => b.share === best);
      return direction === "lower_is_better"
        ? Math.max(...full.map((b) => b.from))
        : Math.min(...full.map((b) => b.from));
    }
    case "improvement":
      if (present === null) return null;
      return direction === "lower_is_better" ? present - rule.fullAt : present + rule.fullAt;
    case "external":
      return null;
  }
}

/** Whether `value` is better than `than` in the indicator's direction. */
export const isBetter = (direction: Direction, value: number, than: number) =>
  direction === "lower_is_better" ? value < than : value > than;

/** Whether `value` reaches `mark` (equal counts) in the indicator's direction. */
export const reaches = (direction: Direction, value: number, mark: number) =>
  direction === "lower_is_better" ? value <= mark : value >= mark;

const localKinds = new Set(["commune_committee", "district_committee"]);

export interface Responsible {
  lead: ProvinceAgency[];
  supporting: ProvinceAgency[];
  /** Where the lead comes from: the cycle's assignments, the framework's named agencies, or nobody. */
  leadFrom: "cycle" | "framework" | "none";
}

/**
 * Who answers for raising an indicator. The agency that explains its change in the cycle leads
 * (the first the framework names among those reporting its own figures, `domain/cycle/explainer`);
 * else every provincial agency reporting them leads its part. When only communes report it (or
 * there is no cycle), the first agency the framework names that the province has leads. The
 * other reporting agencies, communes among them, support.
 */
export function responsibleAgencies(input: {
  /** The indicator's agencies as the framework names them, in order. */
  named: readonly string[];
  /** The agencies assigned its own (not shared) figures in the cycle; none without a cycle. */
  reporting: readonly ProvinceAgency[];
  /** The province's active agencies. */
  province: readonly ProvinceAgency[];
  year: number;
}): Responsible {
  const { named, reporting, province, year } = input;
  const explainer = indicatorExplainer(named, reporting, year);
  let lead: ProvinceAgency[] = [];
  let leadFrom: Responsible["leadFrom"] = "none";
  if (explainer) {
    lead = reporting.filter((a) => a.id === explainer);
    leadFrom = "cycle";
  } else {
    lead = reporting.filter((a) => !localKinds.has(a.kind));
    if (lead.length > 0) leadFrom = "cycle";
    else {
      const provincial = province.filter((a) => !localKinds.has(a.kind));
      for (const name of named) {
        const matched = matchAgencies(name, provincial, year);
        if (matched.length > 0) {
          lead = matched;
          leadFrom = "framework";
          break;
        }
      }
    }
  }
  const leading = new Set(lead.map((a) => a.id));
  return { lead, supporting: reporting.filter((a) => !leading.has(a.id)), leadFrom };
}

/** Units of things counted one by one: a value aimed at in them is a whole number. */
const countedUnits = new Set(["person", "household", "vehicle", "station", "report", "incident", "facility"]);

/**
 * The decimals a value aimed at is written with, by the indicator's unit (its code, "%",
 * "vehicle/person"): a percentage to one decimal, a count whole; otherwise by the size of the
 * values (kWh whole, 306,4 người/triệu dân and 4,1 ha to one decimal, a small ratio to two).
 */
export function planDecimals(unit: string, values: readonly number[]): number {
  if (unit === "%") return 1;
  if (countedUnits.has(unit)) return 0;
  const largest = Math.max(0, ...values.map(Math.abs));
  return largest >= 1000 ? 0 : largest >= 10 ? 1 : 2;
}

const rounded = (value: number, decimals: number) => {
  const scale = 10 ** decimals;
  // The small nudge keeps a half written in binary as just below it (81,25) rounding up.
  return Math.round(value * scale + Math.sign(value) * 1e-9) / scale;
};

/**
 * The value aimed at in each year of the plan: evenly from the baseline to the target, rounded as
 * the indicator is written (`planDecimals`), the target itself in the plan's last year; without a
 * baseline, the target in every year.
 */
export function yearlySteps(
  baseline: { value: number | null; year: number },
  target: number,
  period: { periodFrom: number; periodTo: number },
  decimals = 2,
): { year: number; value: number }[] {
  const years = Array.from(
    { length: period.periodTo - period.periodFrom + 1 },
    (_, i) => period.periodFrom + i,
  );
  const span = period.periodTo - baseline.year;
  return years.map((year) => {
    if (baseline.value === null || span <= 0 || year === period.periodTo) return { year, value: target };
    const step = (target - baseline.value) * ((year - baseline.year) / span);
    return { year, value: rounded(baseline.value + step, decimals) };
  });
}

/** "62,5%", "5 xe/10.000 dân đô thị", "0,051": a value with its unit as a sentence writes it. */
export function valueWithUnit(value: number, unit: string): string {
  const figure = formatNumberVi(value);
  if (!unit) return figure;
  return unit === "%" ? `${figure}%` : `${figure} ${unit}`;
}

/**
 * The task as a plan writes it: "Nâng “Tỷ lệ …” từ 62,5% (năm 2025) lên 100% vào năm 2027, để
 * chỉ số đạt điểm tối đa (thêm 3,75 điểm)." A lower-is-better indicator is brought down; a
 * target short of full points does not claim them.
 */
export function taskBody(input: {
  name: string;
  unit: string;
  direction: Direction;
  baseline: { value: number | null; year: number };
  target: number;
  targetYear: number;
  /** The value that scores in full, when known, and the points that would add. */
  full: { value: number | null; gain: number };
}): string {
  const { name, unit, direction, baseline, target, targetYear, full } = input;
  const down = direction === "lower_is_better";
  const from =
    baseline.value === null ? "" : ` từ ${valueWithUnit(baseline.value, unit)} (năm ${baseline.year})`;
  const verb = baseline.value === null ? "Đưa" : down ? "Giảm" : "Nâng";
  const to = baseline.value === null ? "đạt" : down ? "xuống" : "lên";
  const scores = full.value !== null && reaches(direction, target, full.value);
  const why = scores ? `, để chỉ số đạt điểm tối đa (thêm ${formatPointsVi(full.gain)} điểm)` : "";
  // The framework's "(dự kiến)" is the measure's status, shown with the target, not the plan's words.
  const said = withoutDraftMark(name);
  return `${verb} “${said}”${from} ${to} ${valueWithUnit(target, unit)} vào năm ${targetYear}${why}.`;
}

/**
 * The plan's years by default: two years from the year after the result, never from a year that
 * is past or, from October on, nearly so, by the day it is in the province (not the server's).
 */
export function defaultPeriod(resultYear: number, now: Date): { periodFrom: number; periodTo: number } {
  const today = provinceToday(now);
  const firstOpen = Number(today.slice(0, 4)) + (Number(today.slice(5, 7)) >= 10 ? 1 : 0);
  const periodFrom = Math.max(resultYear + 1, firstOpen);
  return { periodFrom, periodTo: periodFrom + 1 };
}

/** "Kế hoạch nâng cao Chỉ số PEPI của tỉnh Lạng Sơn giai đoạn 2026–2027". */
export function defaultTitle(provinceName: string, period: { periodFrom: number; periodTo: number }): string {
  const when = period.periodFrom === period.periodTo ? "năm" : "giai đoạn";
  return `Kế hoạch nâng cao Chỉ số PEPI của ${nameInSentence(provinceName)} ${when} ${periodText(period)}`;
}
