// How the dashboard narrows a province's agencies (165 of them with the communes): the late ones,
// the returned, those not started or partly filled, those sent or accepted; and a name search
// that ignores diacritics; the communes of one former district. Pure, so the counters and the
// table always agree.
import type { DashboardAgency } from "../../../contracts/cycles.js";
import { matchesSearch } from "../../lib/format.js";

export const agencyFilters = [
  "all",
  "overdue",
  "returned",
  "notStarted",
  "partial",
  "submitted",
  "accepted",
] as const;
export type AgencyFilter = (typeof agencyFilters)[number];

const matches: Record<AgencyFilter, (a: DashboardAgency) => boolean> = {
  all: () => true,
  overdue: (a) => a.timeliness === "overdue",
  returned: (a) => a.status === "returned",
  notStarted: (a) => a.status === "draft" && a.filled === 0,
  partial: (a) => a.status === "draft" && a.filled > 0 && a.filled < a.assigned,
  submitted: (a) => a.status === "submitted",
  accepted: (a) => a.status === "accepted",
};

export function filterAgencies(
  agencies: DashboardAgency[],
  filter: AgencyFilter,
  search: string,
  /** A former district (before 1 July 2025): only the communes made of its communes. */
  district: string | null = null,
): DashboardAgency[] {
  return agencies.filter(
    (a) =>
      matches[filter](a) &&
      matchesSearch(search, a.agency.name) &&
      (district === null || a.formerDistricts.includes(district)),
  );
}

/** The former districts the agencies cover, each with how many agencies, in Vietnamese order. */
export function formerDistrictCounts(agencies: DashboardAgency[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of agencies) for (const d of a.formerDistricts) counts.set(d, (counts.get(d) ?? 0) + 1);
  const collator = new Intl.Collator("vi");
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export const countOf = (agencies: DashboardAgency[], filter: AgencyFilter) =>
  agencies.filter(matches[filter]).length;
