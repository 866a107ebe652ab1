// What a facility owes in a year, and by when, derived from the obligation rules (as data) and
// the facility's standing: on which lists from which dates, delisted or closed when, with an
// emission quota when. Pure. Each obligation carries its rule, so its legal basis and whether
// the sources confirm it travel with it; what a facility does not owe is said, with why.
import { formatDateVi } from "../text/format-vi.js";
import type {
  GhgSource,
  GhgText,
  ObligationKind,
  ObligationRule,
  ObligationRulesFile,
  RuleStatus,
} from "./obligation-rules.js";

/** Dates are ISO `YYYY-MM-DD`; an end date is the first day no longer covered. */
export interface FacilityStanding {
  /** Each list the facility appears on (01/2022/QĐ-TTg, 13/2024/QĐ-TTg…) from the day it is in force. */
  listings: { list: string; from: string; until?: string | null }[];
  /** The day it was taken off the lists altogether (a later list dropped it). */
  delistedOn?: string | null;
  /** Periods it holds an emission quota (e.g. the 2025–2026 phase for thermal power). */
  quota?: { from: string; until?: string | null }[];
  /** The day it closed; nothing falls due after. */
  closedOn?: string | null;
}

export interface Obligation {
  ruleCode: string;
  kind: ObligationKind;
  year: number;
  dueDate: string;
  /** The years the obligation reports on (two for the inventory report). */
  coversYears: number[];
  owed: GhgText;
  recipient: GhgText;
  basis: { vi: string; en?: string; sources: GhgSource[] };
  status: RuleStatus;
  unconfirmed: string[];
  note?: string;
}

export type NotOwedReason = "not_yet_listed" | "delisted" | "closed" | "not_quota" | "quota";

export interface NotOwed {
  ruleCode: string;
  year: number;
  dueDate: string;
  reason: NotOwedReason;
  /** Why, for a person: "Cơ sở đã ra khỏi danh mục từ 01/10/2024". */
  message: string;
}

export interface YearObligations {
  year: number;
  owed: Obligation[];
  notOwed: NotOwed[];
}

/** The rules that fall in a year, whoever the facility is. */
export function rulesFallingIn(rules: readonly ObligationRule[], year: number): ObligationRule[] {
  return rules.filter((rule) => {
    if (year < rule.fromYear || (rule.untilYear !== undefined && year > rule.untilYear)) return false;
    if (rule.recurrence.every === 1) return true;
    const anchor = rule.recurrence.fromYear ?? rule.fromYear;
    return (((year - anchor) % 2) + 2) % 2 === 0;
  });
}

export function coveredYears(rule: Pick<ObligationRule, "covers">, year: number): number[] {
  if (rule.covers === "previous_year") return [year - 1];
  if (rule.covers === "two_preceding_years") return [year - 2, year - 1];
  return [year];
}

export function dueDateOf(rule: Pick<ObligationRule, "due">, year: number): string {
  return `${year}-${pad(rule.due.month)}-${pad(rule.due.day)}`;
}

/** What the facility owes in `year` and what it does not (with why), ordered by due date. */
export function obligationsFor(
  facility: FacilityStanding,
  rulesFile: Pick<ObligationRulesFile, "rules" | "sources">,
  year: number,
): YearObligations {
  const sources = new Map(rulesFile.sources.map((s) => [s.id, s]));
  const owed: Obligation[] = [];
  const notOwed: NotOwed[] = [];
  for (const rule of rulesFallingIn(rulesFile.rules, year)) {
    const dueDate = dueDateOf(rule, year);
    const coversYears = coveredYears(rule, year);
    const reason = whyNotOwed(facility, rule, dueDate, coversYears);
    if (reason) {
      notOwed.push({ ruleCode: rule.code, year, dueDate, ...reason });
      continue;
    }
    owed.push({
      ruleCode: rule.code,
      kind: rule.kind,
      year,
      dueDate,
      coversYears,
      owed: rule.owed,
      recipient: rule.recipient,
      basis: {
        vi: rule.basis.vi,
        en: rule.basis.en,
        sources: rule.basis.sources.map((id) => sources.get(id)).filter((s): s is GhgSource => !!s),
      },
      status: rule.status,
      unconfirmed: rule.unconfirmed ?? [],
      note: rule.note,
    });
  }
  const byDue = (a: { dueDate: string; ruleCode: string }, b: { dueDate: string; ruleCode: string }) =>
    a.dueDate.localeCompare(b.dueDate) || a.ruleCode.localeCompare(b.ruleCode);
  return { year, owed: owed.sort(byDue), notOwed: notOwed.sort(byDue) };
}

/** The calendar over years, first year first; each year as `obligationsFor` gives it. */
export function obligationCalendar(
  facility: FacilityStanding,
  rulesFile: Pick<ObligationRulesFile, "rules" | "sources">,
  fromYear: number,
  toYear: number,
): YearObligations[] {
  const years: YearObligations[] = [];
  for (let year = fromYear; year <= toYear; year++) years.push(obligationsFor(facility, rulesFile, year));
  return years;
}

/** Listed on a day: on some list in force that day, not delisted and not closed by then. */
export function isListedOn(facility: FacilityStanding, date: string): boolean {
  if (facility.closedOn && facility.closedOn <= date) return false;
  if (facility.delistedOn && facility.delistedOn <= date) return false;
  return facility.listings.some((l) => within(date, l.from, l.until));
}

/** Held a quota at any time in the given years. */
export function heldQuotaIn(facility: FacilityStanding, years: readonly number[]): boolean {
  return (facility.quota ?? []).some((q) =>
    years.some((y) => q.from <= `${y}-12-31` && (!q.until || q.until > `${y}-01-01`)),
  );
}

function whyNotOwed(
  facility: FacilityStanding,
  rule: ObligationRule,
  dueDate: string,
  coversYears: number[],
): { reason: NotOwedReason; message: string } | null {
  if (facility.closedOn && facility.closedOn <= dueDate) {
    return {
      reason: "closed",
      message: `Cơ sở đã ngừng hoạt động từ ${formatDateVi(facility.closedOn)}, trước hạn ${formatDateVi(dueDate)}`,
    };
  }
  if (facility.delistedOn && facility.delistedOn <= dueDate) {
    return {
      reason: "delisted",
      message: `Cơ sở đã ra khỏi danh mục từ ${formatDateVi(facility.delistedOn)}, trước hạn ${formatDateVi(dueDate)}`,
    };
  }
  if (!isListedOn(facility, dueDate)) {
    return {
      reason: "not_yet_listed",
      message: `Cơ sở không có trong danh mục nào có hiệu lực vào ngày ${formatDateVi(dueDate)}`,
    };
  }
  const span = coversYears.length > 1 ? `${coversYears[0]}–${coversYears.at(-1)}` : String(coversYears[0]);
  if (rule.facilities === "quota" && !heldQuotaIn(facility, coversYears)) {
    return { reason: "not_quota", message: `Cơ sở không được phân bổ hạn ngạch trong năm ${span}` };
  }
  if (rule.facilities === "non_quota" && heldQuotaIn(facility, coversYears)) {
    return { reason: "quota", message: `Cơ sở được phân bổ hạn ngạch trong năm ${span}` };
  }
  return null;
}

function within(date: string, from: string, until: string | null | undefined): boolean {
  return from <= date && (!until || date < until);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
