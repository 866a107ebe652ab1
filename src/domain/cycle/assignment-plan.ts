// Turns the framework's "responsible agencies" (names such as "Sở Xây dựng", "Thống kê tỉnh",
// "UBND cấp xã") into assignments to the province's own agencies. The first named agency that
// the province has is the one asked to report; when that is the communes (or, for years before
// the 2025 reform, the districts), each of them reports its own part and the parts are summed.
// Other named agencies are left to the coordinator to add, so nothing is counted twice.
import type { DataElementDef } from "../framework/schema.js";

export interface ProvinceAgency {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
}

export interface PlannedAssignment {
  elementCode: string;
  agencyId: string;
  note: string | null;
}

export interface AssignmentPlan {
  assignments: PlannedAssignment[];
  unassigned: { code: string; expectedAgencies: string[] }[];
}

/** The first year whose figures are reported by communes rather than districts. */
export const COMMUNE_REPORTING_FROM_YEAR = 2025;

export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const isLocalCommittee = (n: string) =>
  /^(ubnd|uy ban nhan dan) cap (xa|huyen)/.test(n) || n === "ubnd xa" || n === "ubnd huyen";

/** The province's agencies that a framework name stands for. */
export function matchAgencies(
  name: string,
  agencies: readonly ProvinceAgency[],
  year: number,
): ProvinceAgency[] {
  const target = normalizeName(name);
  if (target === "") return [];
  if (isLocalCommittee(target)) {
    const communes = agencies.filter((a) => a.kind === "commune_committee");
    const districts = agencies.filter((a) => a.kind === "district_committee");
    if (year < COMMUNE_REPORTING_FROM_YEAR && districts.length > 0) return districts;
    return communes;
  }
  if (target.startsWith("thong ke") || target.startsWith("cuc thong ke"))
    return agencies.filter((a) => a.kind === "statistics_office");
  if (target.includes("cap thoat nuoc") || target.includes("cap nuoc"))
    return agencies.filter((a) => a.kind === "utility");
  // A name may be longer on either side ("… tỉnh Lạng Sơn"), but a bare "Sở" names no one.
  const specific = (name: string) => name.split(" ").length >= 3;
  return agencies.filter((a) => {
    const own = normalizeName(a.name);
    const short = a.shortName ? normalizeName(a.shortName) : null;
    if (own === target || short === target) return true;
    return (
      specific(target) && specific(own) && (own.startsWith(`${target} `) || target.startsWith(`${own} `))
    );
  });
}

/** Responsible agencies of an element: its own list, else those of the indicators that read it. */
export function expectedAgencies(element: DataElementDef, indicatorAgencies: readonly string[][]): string[] {
  if (element.agencies.length > 0) return element.agencies;
  return [...new Set(indicatorAgencies.flat())];
}

export function planAssignments(
  elements: readonly { def: DataElementDef; expected: string[] }[],
  agencies: readonly ProvinceAgency[],
  year: number,
): AssignmentPlan {
  const plan: AssignmentPlan = { assignments: [], unassigned: [] };
  for (const { def, expected } of elements) {
    const lead = expected
      .map((name) => matchAgencies(name, agencies, year))
      .find((found) => found.length > 0);
    if (!lead) {
      plan.unassigned.push({ code: def.code, expectedAgencies: expected });
      continue;
    }
    const inParts = lead.length > 1;
    for (const agency of lead) {
      plan.assignments.push({
        elementCode: def.code,
        agencyId: agency.id,
        note: inParts ? `Phần của ${agency.shortName ?? agency.name}` : null,
      });
    }
  }
  return plan;
}
