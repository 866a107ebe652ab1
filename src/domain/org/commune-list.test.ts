import { describe, expect, it } from "vitest";
import { readCommuneList } from "./commune-list.js";
import { matchProvince } from "./provinces.js";

const lamDong = matchProvince("Lâm Đồng", "34")!;
const header = ["Mã", "Tên", "Loại", "Tỉnh"];

describe("the official list of communes", () => {
  it("reads codes, full names and types, whatever the header's case and the codes' lost zeros", () => {
    const { communes, problems } = readCommuneList(
      [
        ["mã xã", "Tên xã", "Cấp", "Tỉnh, thành phố"],
        ["24820", "Phường Xuân Hương - Đà Lạt", "Phường", "Tỉnh Lâm Đồng"],
        ["4", "Tà Nung", "xã", "Lâm Đồng"],
        ["", "", "", ""],
        ["26734", "Đặc khu Phú Quý", "Đặc khu", ""],
      ],
      lamDong,
    );
    expect(problems).toEqual([]);
    expect(communes).toEqual([
      { code: "24820", name: "Phường Xuân Hương - Đà Lạt", type: "phuong", row: 2 },
      { code: "00004", name: "Xã Tà Nung", type: "xa", row: 3 },
      { code: "26734", name: "Đặc khu Phú Quý", type: "dac_khu", row: 5 },
    ]);
  });

  it("names every bad row with its reason: duplicate, unknown type, another province, no name", () => {
    const { problems } = readCommuneList(
      [
        header,
        ["24820", "Phường Một", "Phường", "Lâm Đồng"],
        ["24820", "Phường Hai", "Phường", "Lâm Đồng"],
        ["24821", "Thị trấn Ba", "Thị trấn", "Lâm Đồng"],
        ["24822", "Xã Bốn", "Xã", "Tỉnh Gia Lai"],
        ["24823", "", "Xã", "Lâm Đồng"],
        ["24824", "Xã Năm", "Phường", "Lâm Đồng"],
        ["24825", "Xã Sáu", "Xã", "Lâm Đồng"],
      ],
      lamDong,
      new Set(["24825"]),
    );
    expect(problems).toEqual([
      { row: 3, field: "code", message: "Mã “24820” trùng với dòng 2" },
      { row: 4, field: "type", message: "Loại “Thị trấn” không phải xã, phường hay đặc khu" },
      { row: 5, field: "province", message: "Thuộc “Tỉnh Gia Lai”, không phải Tỉnh Lâm Đồng" },
      { row: 6, field: "name", message: "Thiếu tên" },
      { row: 7, field: "type", message: "Tên “Xã Năm” không khớp với loại “Phường”" },
      { row: 8, field: "code", message: "Mã “24825” đã có trong danh mục" },
    ]);
  });

  it("asks for the header it needs", () => {
    expect(
      readCommuneList(
        [
          ["A", "B"],
          ["1", "2"],
        ],
        lamDong,
      ).problems[0],
    ).toMatchObject({
      row: 1,
      field: "file",
    });
    expect(readCommuneList([header], lamDong).problems[0]?.message).toBe("Danh sách không có xã, phường nào");
  });
});
