import { describe, expect, it } from "vitest";
import { readAccountList } from "./account-list.js";

const header = ["Tên đăng nhập", "Họ và tên", "Vai trò", "Mã cơ quan", "Thư điện tử"];
const agencies = new Set(["UBND-XA-24001", "SO-XD"]);

describe("accounts from a sheet", () => {
  it("reads each person with a role named as people name it", () => {
    const { accounts, problems } = readAccountList(
      [
        header,
        ["Xa24001.BaoCao", "Nguyễn Văn  An", "Cán bộ báo cáo", "UBND-XA-24001", "an@xa.gov.vn"],
        ["xa24001.chutich", "Trần Thị Bình", "lãnh đạo cơ quan", "UBND-XA-24001", ""],
        ["dieuphoi2", "Lê Văn Cường", "Điều phối viên", "", ""],
      ],
      agencies,
      new Set(),
    );
    expect(problems).toEqual([]);
    expect(accounts).toEqual([
      {
        username: "xa24001.baocao",
        fullName: "Nguyễn Văn An",
        role: "reporter",
        agencyCode: "UBND-XA-24001",
        email: "an@xa.gov.vn",
        facilityTaxCode: null,
        row: 2,
      },
      {
        username: "xa24001.chutich",
        fullName: "Trần Thị Bình",
        role: "agency_head",
        agencyCode: "UBND-XA-24001",
        email: null,
        facilityTaxCode: null,
        row: 3,
      },
      {
        username: "dieuphoi2",
        fullName: "Lê Văn Cường",
        role: "coordinator",
        agencyCode: null,
        email: null,
        facilityTaxCode: null,
        row: 4,
      },
    ]);
  });

  it("names every bad row: unknown agency, duplicate or taken name, unknown role, an administrator", () => {
    const { accounts, problems } = readAccountList(
      [
        header,
        ["a.one", "Người Một", "Cán bộ báo cáo", "UBND-XA-99999", ""],
        ["a.two", "Người Hai", "Cán bộ báo cáo", "SO-XD", ""],
        ["a.two", "Người Ba", "Cán bộ báo cáo", "SO-XD", ""],
        ["taken", "Người Bốn", "Cán bộ báo cáo", "SO-XD", ""],
        ["a.five", "Người Năm", "Thủ trưởng", "SO-XD", ""],
        ["a.six", "Người Sáu", "Quản trị hệ thống", "", ""],
        ["a.seven", "Người Bảy", "Cán bộ báo cáo", "", "khong-phai-thu"],
      ],
      agencies,
      new Set(["taken"]),
    );
    expect(accounts.map((a) => a.username)).toEqual(["a.two"]);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [2, "agency"],
      [4, "username"],
      [5, "username"],
      [6, "role"],
      [7, "role"],
      [8, "agency"],
      [8, "email"],
    ]);
    expect(problems[1]!.message).toBe("Tên đăng nhập “a.two” trùng với dòng 3");
  });

  it("names a facility's own account by the facility's tax code, and only that role", () => {
    const withFacility = [...header, "Mã số thuế cơ sở"];
    const { accounts, problems } = readAccountList(
      [
        withFacility,
        ["nhiet.dien", "Nhà máy Nhiệt điện", "Cơ sở phát thải khí nhà kính", "", "", " 0301234567 "],
        ["no.code", "Cơ sở Thiếu Mã", "Cơ sở phát thải khí nhà kính", "", "", ""],
        ["unknown.code", "Cơ sở Lạ", "Cơ sở phát thải khí nhà kính", "", "", "9999999999"],
        ["with.agency", "Cơ sở Có Cơ Quan", "Cơ sở phát thải khí nhà kính", "SO-XD", "", "0301234567"],
        ["reporter.code", "Cán Bộ Có Mã", "Cán bộ báo cáo", "SO-XD", "", "0301234567"],
      ],
      agencies,
      new Set(),
      new Set(["0301234567"]),
    );
    expect(accounts).toEqual([
      expect.objectContaining({ username: "nhiet.dien", role: "facility", facilityTaxCode: "0301234567" }),
    ]);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [3, "facility"],
      [4, "facility"],
      [5, "agency"],
      [6, "facility"],
    ]);
    expect(problems[1]!.message).toContain("9999999999");
  });
});
