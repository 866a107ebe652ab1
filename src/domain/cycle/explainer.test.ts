import { describe, expect, it } from "vitest";
import type { ProvinceAgency } from "./assignment-plan.js";
import { indicatorExplainer } from "./explainer.js";

const agency = (id: string, name: string, kind = "department"): ProvinceAgency => ({
  id,
  name,
  shortName: null,
  kind,
});
const construction = agency("xd", "Sở Xây dựng");
const zones = agency("kcn", "Ban Quản lý các khu công nghiệp tỉnh", "board");
const water = agency("nuoc", "Công ty cổ phần Cấp thoát nước", "utility");
const communes = Array.from({ length: 150 }, (_, i) => agency(`xa${i}`, `UBND xã ${i}`, "commune_committee"));

describe("who explains an indicator", () => {
  it("is the first agency the framework names that reports one of its figures", () => {
    expect(
      indicatorExplainer(["Ban Quản lý các khu công nghiệp", "UBND cấp xã"], [zones, ...communes], 2025),
    ).toBe("kcn");
    expect(indicatorExplainer(["Sở Xây dựng", "Công ty cấp thoát nước"], [water, construction], 2025)).toBe(
      "xd",
    );
  });

  it("is never the communes together: one department reporting beside them explains", () => {
    expect(indicatorExplainer(["UBND cấp xã", "Sở Xây dựng"], [...communes, construction], 2025)).toBe("xd");
  });

  it("is the one provincial agency reporting when the framework names none of them", () => {
    expect(indicatorExplainer(["Sở Tài chính"], [water, ...communes], 2025)).toBe("nuoc");
  });

  it("is nobody (the department itself) when only communes report, or several agencies and none named", () => {
    expect(indicatorExplainer(["UBND cấp xã"], communes, 2025)).toBeNull();
    expect(indicatorExplainer(["Sở Tài chính"], [water, construction], 2025)).toBeNull();
    expect(indicatorExplainer([], [], 2025)).toBeNull();
  });
});
