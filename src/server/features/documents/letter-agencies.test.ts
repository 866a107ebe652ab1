import { describe, expect, it } from "vitest";
import { groupedAddressees, type LetterAgency, letterAgencyGroups } from "./letter-agencies.js";

const agency = (name: string, kind: string, elements = ["a"]): LetterAgency => ({
  id: name,
  name,
  kind,
  elements,
});

describe("letterAgencyGroups", () => {
  it("orders departments, boards, statistics, committees, utilities; the issuer last, apart", () => {
    const { groups, own } = letterAgencyGroups([
      agency("Công ty cấp nước", "utility"),
      agency("UBND xã A", "commune_committee"),
      agency("Thống kê tỉnh", "statistics_office"),
      agency("Sở Y tế", "department"),
      agency("Sở Nông nghiệp và Môi trường", "environment_department"),
      agency("Ban Quản lý KCN", "board"),
      agency("Sở Công Thương", "department"),
    ]);
    expect(groups.map((g) => g.label)).toEqual([
      "Sở Công Thương",
      "Sở Y tế",
      "Ban Quản lý KCN",
      "Thống kê tỉnh",
      "UBND xã A",
      "Công ty cấp nước",
    ]);
    expect(own?.label).toBe("Sở Nông nghiệp và Môi trường");
  });

  it("addresses many communes asked for the same figures together, an odd one apart", () => {
    const communes = ["xã A", "xã B", "Phường C", "đặc khu D"].map((n) =>
      agency(`UBND ${n}`, "commune_committee", ["x", "y"]),
    );
    const odd = agency("UBND xã E", "commune_committee", ["x"]);
    const { groups } = letterAgencyGroups([...communes, odd, agency("Sở Y tế", "department")]);
    // The group names the kinds of unit it holds: "đặc khu" only where a special zone is among them.
    expect(groups.map((g) => g.label)).toEqual(["Sở Y tế", "UBND các xã, phường, đặc khu", "UBND xã E"]);
    const communesOnly = ["A", "B", "C", "D"].map((n) => agency(`UBND xã ${n}`, "commune_committee", ["x"]));
    expect(letterAgencyGroups(communesOnly).groups.map((g) => g.label)).toEqual(["UBND các xã"]);
    expect(groups[1]?.agencies).toHaveLength(4);
    // Three or fewer stay listed one by one.
    const few = letterAgencyGroups(communesOnly.slice(0, 3)).groups;
    expect(few.map((g) => g.label)).toEqual(["UBND xã A", "UBND xã B", "UBND xã C"]);
  });

  it("addresses the departments on one line, as people write it, and the others one by one", () => {
    const { groups } = letterAgencyGroups([
      agency("Sở Y tế", "department"),
      agency("Sở Xây dựng", "department"),
      agency("Thống kê tỉnh", "statistics_office"),
      agency("Sở Công Thương", "department"),
      agency("Công ty cấp nước", "utility"),
    ]);
    expect(groupedAddressees(groups)).toEqual([
      "Các Sở: Công Thương, Xây dựng, Y tế",
      "Thống kê tỉnh",
      "Công ty cấp nước",
    ]);
    const single = letterAgencyGroups([
      agency("Sở Y tế", "department"),
      agency("Thống kê tỉnh", "statistics_office"),
    ]);
    expect(groupedAddressees(single.groups)).toEqual(["Sở Y tế", "Thống kê tỉnh"]);
  });
});
