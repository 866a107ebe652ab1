import { describe, expect, it } from "vitest";
import type { DataElementDef } from "../framework/schema.js";
import { matchAgencies, normalizeName, type ProvinceAgency, planAssignments } from "./assignment-plan.js";

const agencies: ProvinceAgency[] = [
  { id: "xd", name: "Sở Xây dựng", shortName: "Sở XD", kind: "department" },
  { id: "nnmt", name: "Sở Nông nghiệp và Môi trường", shortName: null, kind: "environment_department" },
  { id: "tk", name: "Thống kê tỉnh Lạng Sơn", shortName: null, kind: "statistics_office" },
  { id: "nuoc", name: "Công ty CP Cấp thoát nước Lạng Sơn", shortName: null, kind: "utility" },
  { id: "kcn", name: "Ban Quản lý các khu công nghiệp tỉnh", shortName: "BQL KCN", kind: "board" },
  { id: "xa1", name: "UBND Xã Bắc", shortName: null, kind: "commune_committee" },
  { id: "xa2", name: "UBND Xã Nam", shortName: null, kind: "commune_committee" },
  { id: "h1", name: "UBND Huyện Cũ", shortName: null, kind: "district_committee" },
];
const ids = (found: ProvinceAgency[]) => found.map((a) => a.id);
const element = (code: string, names: string[]): { def: DataElementDef; expected: string[] } => ({
  def: { code, name: { vi: code }, kind: "number", integer: false, shared: false, agencies: names },
  expected: names,
});

describe("matching the framework's agency names", () => {
  it("ignores diacritics, case and a parenthesised unit", () => {
    expect(normalizeName("Sở Nông nghiệp và Môi trường (Kiểm lâm)")).toBe("so nong nghiep va moi truong");
    expect(ids(matchAgencies("Sở Nông nghiệp và Môi trường (Kiểm lâm)", agencies, 2023))).toEqual(["nnmt"]);
    expect(ids(matchAgencies("Sở Xây dựng (giao thông vận tải)", agencies, 2023))).toEqual(["xd"]);
    expect(ids(matchAgencies("Ban Quản lý các khu công nghiệp", agencies, 2023))).toEqual(["kcn"]);
  });

  it("finds the statistics office and the water utility by their kind", () => {
    expect(ids(matchAgencies("Thống kê tỉnh", agencies, 2023))).toEqual(["tk"]);
    expect(ids(matchAgencies("Công ty cấp thoát nước", agencies, 2023))).toEqual(["nuoc"]);
  });

  it("asks districts before the 2025 reform and communes from 2025", () => {
    expect(ids(matchAgencies("UBND cấp xã", agencies, 2024))).toEqual(["h1"]);
    expect(ids(matchAgencies("UBND cấp xã", agencies, 2025))).toEqual(["xa1", "xa2"]);
    const noDistricts = agencies.filter((a) => a.kind !== "district_committee");
    expect(ids(matchAgencies("UBND cấp huyện", noDistricts, 2023))).toEqual(["xa1", "xa2"]);
  });

  it("does not guess: an unknown body matches nothing", () => {
    expect(matchAgencies("Bộ Nông nghiệp và Môi trường", agencies, 2023)).toEqual([]);
    expect(matchAgencies("Sở", agencies, 2023)).toEqual([]);
  });
});

describe("planning the assignments", () => {
  it("asks the first named agency the province has, and each commune for its part", () => {
    const plan = planAssignments(
      [
        element("vehicles", ["Sở Giao thông vận tải", "Sở Xây dựng"]),
        element("waste", ["UBND cấp xã", "Sở Xây dựng"]),
        element("survey", ["Ủy ban Trung ương MTTQ Việt Nam (khảo sát)"]),
      ],
      agencies.filter((a) => a.kind !== "district_committee"),
      2025,
    );
    expect(plan.assignments).toEqual([
      { elementCode: "vehicles", agencyId: "xd", note: null },
      { elementCode: "waste", agencyId: "xa1", note: "Phần của UBND Xã Bắc" },
      { elementCode: "waste", agencyId: "xa2", note: "Phần của UBND Xã Nam" },
    ]);
    expect(plan.unassigned).toEqual([
      { code: "survey", expectedAgencies: ["Ủy ban Trung ương MTTQ Việt Nam (khảo sát)"] },
    ]);
  });
});
