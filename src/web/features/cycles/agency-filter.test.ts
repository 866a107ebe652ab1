import { describe, expect, it } from "vitest";
import type { DashboardAgency } from "../../../contracts/cycles.js";
import { countOf, filterAgencies, formerDistrictCounts } from "./agency-filter.js";

const agency = (name: string, more: Partial<DashboardAgency> = {}): DashboardAgency => ({
  agency: { id: name, name, shortName: null },
  status: "draft",
  assigned: 4,
  filled: 0,
  completenessPct: 0,
  firstSubmittedAt: null,
  timeliness: "not_due",
  daysOverdue: null,
  evidenceMissing: [],
  evidenceUnreviewed: 0,
  returnReason: null,
  formerDistricts: [],
  ...more,
});

const agencies = [
  agency("UBND xã Hiệp Thạnh", {
    formerDistricts: ["Huyện Đức Trọng"],
    timeliness: "overdue",
    daysOverdue: 3,
  }),
  agency("UBND xã Đà Loan", { formerDistricts: ["Huyện Đức Trọng", "Huyện Lâm Hà"], filled: 2 }),
  agency("UBND phường Lâm Viên", { formerDistricts: ["Thành phố Đà Lạt"], status: "submitted" }),
  agency("Sở Xây dựng"),
];

describe("narrowing the dashboard's agencies", () => {
  it("keeps the communes of one former district, with the other filters and the search", () => {
    const names = (list: DashboardAgency[]) => list.map((a) => a.agency.name);
    expect(names(filterAgencies(agencies, "all", "", "Huyện Đức Trọng"))).toEqual([
      "UBND xã Hiệp Thạnh",
      "UBND xã Đà Loan",
    ]);
    expect(names(filterAgencies(agencies, "overdue", "", "Huyện Đức Trọng"))).toEqual(["UBND xã Hiệp Thạnh"]);
    expect(names(filterAgencies(agencies, "all", "da loan", "Huyện Lâm Hà"))).toEqual(["UBND xã Đà Loan"]);
    expect(filterAgencies(agencies, "all", "", null)).toHaveLength(4);
    expect(countOf(agencies, "partial")).toBe(1);
  });

  it("lists the former districts in Vietnamese order with how many agencies each", () => {
    expect(formerDistrictCounts(agencies)).toEqual([
      { name: "Huyện Đức Trọng", count: 2 },
      { name: "Huyện Lâm Hà", count: 1 },
      { name: "Thành phố Đà Lạt", count: 1 },
    ]);
  });
});
