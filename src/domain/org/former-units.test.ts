import { describe, expect, it } from "vitest";
import { readFormerUnits } from "./former-units.js";

const header = ["Mã huyện cũ", "Tên huyện cũ", "Mã xã cũ", "Tên xã cũ", "Mã xã mới"];
const current = new Set(["24001", "24002"]);

describe("a list of former districts and communes", () => {
  it("reads each former commune with its district and the commune it became part of", () => {
    const { communes, problems } = readFormerUnits(
      [
        header,
        ["672", "Huyện Đức Trọng", "24841", "Xã Hiệp An", "24001"],
        ["672", "Huyện Đức Trọng", "4844", "Xã Liên Hiệp", "24001"],
      ],
      current,
    );
    expect(problems).toEqual([]);
    expect(communes.map((c) => [c.districtCode, c.code, c.successorCode])).toEqual([
      ["672", "24841", "24001"],
      ["672", "04844", "24001"],
    ]);
  });

  it("names every bad row: a missing name, a repeated code, an unknown new commune, a district named twice", () => {
    const { communes, problems } = readFormerUnits(
      [
        header,
        ["672", "Huyện Đức Trọng", "24841", "", "24001"],
        ["672", "Huyện Đức Trọng", "24842", "Xã A", "24001"],
        ["672", "Huyện Đức Trọng", "24842", "Xã B", "24002"],
        ["673", "Huyện Lâm Hà", "24850", "Xã C", "99999"],
        ["672", "Huyện Đức Trọng Mới", "24860", "Xã D", "24002"],
      ],
      current,
      new Set(["24900"]),
    );
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [2, "name"],
      [4, "code"],
      [5, "code"],
      [6, "name"],
    ]);
    expect(problems[2]!.message).toContain("“99999” không có trong danh sách");
    expect(problems[3]!.message).toContain("dòng 2 tên là “Huyện Đức Trọng”");
    expect(communes.map((c) => c.code)).toEqual(["24842"]);
  });

  it("refuses a file without its header, and a commune already recorded", () => {
    expect(readFormerUnits([["a"]], current).problems).toMatchObject([{ row: 1, field: "file" }]);
    const again = readFormerUnits(
      [header, ["672", "Huyện Đức Trọng", "24900", "Xã E", "24001"]],
      current,
      new Set(["24900"]),
    );
    expect(again.problems[0]!.message).toContain("đã có");
  });
});
