import { describe, expect, it } from "vitest";
import { formerDepartment, type InstallationAgency, successorIn2025 } from "./department-mergers-2025.js";

const agency = (id: string, name: string, kind = "department", active = true): InstallationAgency => ({
  id,
  name,
  shortName: null,
  kind,
  active,
});
const installation = [
  agency("nnmt", "Sở NN&MT tỉnh Minh Họa", "environment_department"),
  agency("tc", "Sở Tài chính"),
  agency("xd", "Sở Xây dựng", "department", false),
  agency("ca", "Công an tỉnh", "other"),
];

describe("the departments the 2025 reorganisation ended", () => {
  it("knows a former department by its full or short name, and only confirms what the reference notes do", () => {
    expect(formerDepartment("Sở Tài nguyên và Môi trường")).toMatchObject({
      successor: "Sở Nông nghiệp và Môi trường",
      basis: "Nghị định 45/2025/NĐ-CP",
    });
    expect(formerDepartment("sở  kế hoạch và đầu tư")).toMatchObject({
      successor: "Sở Tài chính",
      basis: null,
    });
    expect(formerDepartment("Sở GTVT")?.successor).toBe("Sở Xây dựng");
    expect(formerDepartment("Sở Lao động – Thương binh và Xã hội")?.successor).toBe("Sở Nội vụ");
    // Bodies that are no department, and departments that went on.
    expect(formerDepartment("Công an tỉnh")).toBeNull();
    expect(formerDepartment("UBND các huyện, thành phố")).toBeNull();
    expect(formerDepartment("Sở Giáo dục và Đào tạo")).toBeNull();
  });

  it("finds the successor among the installation's active agencies, the environment department by its kind", () => {
    expect(successorIn2025("Sở Nông nghiệp và Phát triển nông thôn", installation)?.agency.id).toBe("nnmt");
    expect(successorIn2025("Sở Kế hoạch và Đầu tư", installation)).toMatchObject({
      agency: { id: "tc" },
      former: { basis: null },
    });
    // Sở Xây dựng has stopped, Sở Khoa học và Công nghệ is not there: nothing to propose.
    expect(successorIn2025("Sở Giao thông vận tải", installation)).toBeNull();
    expect(successorIn2025("Sở Thông tin và Truyền thông", installation)).toBeNull();
    expect(successorIn2025("Công an tỉnh", installation)).toBeNull();
  });
});
