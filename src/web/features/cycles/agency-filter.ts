// How the dashboard narrows a province's agencies (165 of them with the communes): the late ones,
// the returned, those not started or partly filled, those sent or accepted; and a name search
// that ignores diacritics. Pure, so the counters and the table always agree.
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
): DashboardAgency[] {
  return agencies.filter((a) => matches[filter](a) && matchesSearch(search, a.agency.name));
}

export const countOf = (agencies: DashboardAgency[], filter: AgencyFilter) =>
  agencies.filter(matches[filter]).length;
