import { describe, expect, it } from "vitest";
import { nationalAnnex, ownFacilities } from "../../../tests/support/ghg-annex.js";
import { provinceByCode } from "../org/provinces.js";
import { findHeader } from "./annex-columns.js";
import { provinceOfAddress, readAnnex } from "./annex-reader.js";
import { compareWithRegister, type RegisterFacility } from "./list-diff.js";
import { readMinistry, readSector } from "./vocabulary.js";

const dongNai = provinceByCode("VN34-tinh-dong-nai")!;

describe("the province of an address", () => {
  it.each([
    ["KCN Nhơn Trạch, huyện Nhơn Trạch, tỉnh Đồng Nai", "VN63-tinh-dong-nai"],
    ["Lô 5, TP. Đồng Xoài, Tỉnh Bình Phước", "VN63-tinh-binh-phuoc"],
    ["Phường Rạch Dừa, TP. Vũng Tàu, tỉnh Bà Rịa – Vũng Tàu", "VN63-tinh-ba-ria-vung-tau"],
    ["Quận 7, TP.HCM", "VN63-thanh-pho-ho-chi-minh"],
    ["Thị xã Phú Mỹ, BR-VT, Việt Nam", "VN63-tinh-ba-ria-vung-tau"],
  ])("%s is in %s", (address, code) => {
    expect(provinceOfAddress(address)?.code).toBe(code);
  });

  it("names no province when none of its parts is one", () => {
    expect(provinceOfAddress("Khu công nghiệp Phú Mỹ I")).toBeUndefined();
  });
});

describe("the words of the lists", () => {
  it("reads a sector with its sub-sector, and refuses one that is not of the six", () => {
    expect(readSector("Năng lượng / Sản xuất điện")).toEqual({
      sector: "energy",
      subSector: "Sản xuất điện",
    });
    expect(readSector("NÔNG NGHIỆP, LÂM NGHIỆP VÀ SỬ DỤNG ĐẤT")).toEqual({
      sector: "agriculture_forestry_land_use",
      subSector: null,
    });
    expect(readSector("Khai khoáng")).toBeUndefined();
  });

  it("reads the ministries as the lists and headings name them", () => {
    expect(readMinistry("Bộ Công Thương")).toBe("industry_trade");
    expect(readMinistry("BỘ GIAO THÔNG VẬN TẢI")).toBe("transport");
    expect(readMinistry("Bộ TN&MT")).toBe("natural_resources_environment");
    expect(readMinistry("Bộ Nông nghiệp và Môi trường")).toBe("agriculture_environment");
    expect(readMinistry("Bộ Y tế")).toBeUndefined();
  });

  it("recognises header wordings and finds the header below the title", () => {
    const { index, map } = findHeader([
      ["DANH MỤC"],
      ["Số TT", "Tên doanh nghiệp", "MST", "Địa chỉ cơ sở", "Lĩnh vực", "Phân ngành", "Bộ chủ quản"],
    ])!;
    expect(index).toBe(1);
    expect(map).toEqual({ number: 0, name: 1, taxCode: 2, address: 3, sector: 4, subSector: 5, ministry: 6 });
  });
});

describe("a national annex of 2.200 rows", () => {
  const own = ownFacilities(40);
  const sheet = nationalAnnex(own, 2200);

  it("picks out the province's 40 rows, old province names included, and counts the others", () => {
    const started = performance.now();
    const reading = readAnnex(sheet, { province: dongNai });
    const elapsed = performance.now() - started;
    expect(reading.issues).toEqual([]);
    expect(reading.total).toBe(2200);
    expect(reading.rows).toHaveLength(40);
    expect(reading.outside).toBe(2160);
    expect(new Set(reading.rows.map((r) => r.listedProvinceCode))).toEqual(
      new Set(["VN63-tinh-dong-nai", "VN63-tinh-binh-phuoc"]),
    );
    expect(reading.rows[1]).toMatchObject({ sector: "industrial_processes", subSector: "Sản xuất xi măng" });
    expect(elapsed).toBeLessThan(500);
  });

  it("refuses a duplicate tax code and an unknown sector by row, and says which column is missing", () => {
    const bad = sheet.map((r) => [...r]);
    const [a, b] = bad.flatMap((r, i) => (r[1]?.includes("Đồng Nai số") ? [i] : []));
    bad[b!]![2] = bad[a!]![2]!;
    bad[a! + 1 + 55]![4] = "Khai khoáng"; // another province's row: not judged
    const c = bad.findIndex((r) => r[1]?.endsWith("Đồng Nai số 3"));
    bad[c]![4] = "Khai khoáng";
    const reading = readAnnex(bad, { province: dongNai });
    expect(reading.issues).toEqual([
      { row: b! + 1, column: "Mã số thuế", message: `Mã số thuế ${bad[a!]![2]} trùng với dòng ${a! + 1}` },
      {
        row: c + 1,
        column: "Lĩnh vực",
        message: "Lĩnh vực “Khai khoáng” không thuộc sáu lĩnh vực của Nghị định 06/2022/NĐ-CP",
      },
    ]);
    const noSector = readAnnex(
      sheet.map((r) => r.filter((_, i) => i !== 4)),
      { province: dongNai },
    );
    expect(noSector.issues[0]).toMatchObject({ row: 2, column: "Lĩnh vực" });
  });

  it("takes the ministry from an annex heading when the file has no ministry column", () => {
    const rows = [
      ["PHỤ LỤC III", "DANH MỤC CƠ SỞ THUỘC BỘ GIAO THÔNG VẬN TẢI"],
      ["STT", "Tên cơ sở", "Địa chỉ", "Lĩnh vực"],
      ["1", "Cảng Đồng Nai", "Phường Long Bình Tân, tỉnh Đồng Nai", "Giao thông vận tải"],
    ];
    expect(readAnnex(rows, { province: dongNai }).rows[0]?.ministry).toBe("transport");
  });
});

describe("a later list compared with the register", () => {
  it("finds the facilities added, removed, changed and listed again", () => {
    const own = ownFacilities(4);
    const rows = readAnnex(nationalAnnex(own, 40), { province: dongNai }).rows;
    const register: RegisterFacility[] = rows.map((r, i) => ({
      id: `f${i}`,
      name: r.name,
      taxCode: r.taxCode,
      listedAddress: r.address,
      sector: r.sector,
      subSector: r.subSector,
      ministry: r.ministry,
      delisted: i === 2,
    }));
    register.push({ ...register[0]!, id: "gone", name: "Nhà máy đã rời danh mục", taxCode: "3600000999" });
    const later = rows.slice(1).map((r, i) => (i === 0 ? { ...r, name: `${r.name} (đổi tên)` } : r));
    later.push({ ...rows[0]!, taxCode: "3699999999", name: "Cơ sở mới" });
    const changes = compareWithRegister(register, later, [
      "industry_trade",
      "natural_resources_environment",
      "construction",
    ]);
    expect(changes.map((c) => c.kind).sort()).toEqual([
      "added",
      "changed",
      "relisted",
      "removed",
      "removed",
      "unchanged",
    ]);
    expect(changes.find((c) => c.kind === "changed")).toMatchObject({
      facilityId: "f1",
      fields: [{ field: "name", before: rows[1]!.name, after: `${rows[1]!.name} (đổi tên)` }],
    });
    expect(
      changes
        .filter((c) => c.kind === "removed")
        .map((c) => c.kind === "removed" && c.facilityId)
        .sort(),
    ).toEqual(["f0", "gone"]);
  });
});
