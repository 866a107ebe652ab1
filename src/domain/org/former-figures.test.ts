import { describe, expect, it } from "vitest";
import { readFormerFigures } from "./former-figures.js";
import { provinceByCode, provincesOf } from "./provinces.js";

const merged = provinceByCode("VN34-tinh-lam-dong")!;
const formers = provincesOf("63").filter((p) => p.successorCode === merged.code);
const known = { figures: new Set(["population_total", "satisfaction_points"]), indicators: new Set(["01"]) };

describe("a file of the former provinces' figures", () => {
  it("reads every former province and the merged one, marked “(mới)”", () => {
    expect(formers.map((p) => p.shortName).sort()).toEqual(["Bình Thuận", "Lâm Đồng", "Đắk Nông"].sort());
    const { figures, problems } = readFormerFigures(
      [
        ["Tỉnh", "Mã", "Giá trị", "Nguồn"],
        ["Lâm Đồng", "population_total", "1.332.000", "Niên giám 2024"],
        ["Đắk Nông", "population_total", "680.000", ""],
        ["Tỉnh Bình Thuận", "population_total", "1.250.000", ""],
        ["Lâm Đồng (mới)", "satisfaction_points", "0,71", ""],
      ],
      merged,
      formers,
      known,
    );
    expect(problems).toEqual([]);
    expect(figures.map((f) => [f.provinceCode, f.value])).toEqual([
      ["VN63-tinh-lam-dong", 1_332_000],
      ["VN63-tinh-dak-nong", 680_000],
      ["VN63-tinh-binh-thuan", 1_250_000],
      ["VN34-tinh-lam-dong", 0.71],
    ]);
    expect(figures[0]!.source).toBe("Niên giám 2024");
  });

  it("names every bad row: another province, an unknown code, a bad number, a repeat", () => {
    const { figures, problems } = readFormerFigures(
      [
        ["tinh", "ma", "gia_tri"],
        ["Khánh Hòa", "population_total", "1"],
        ["Lâm Đồng", "dan_so", "1"],
        ["Đắk Nông", "population_total", "một triệu"],
        ["Lâm Đồng", "population_total", "5"],
        ["Lâm Đồng", "population_total", "6"],
        ["", "population_total", "-3"],
      ],
      merged,
      formers,
      known,
    );
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [2, "province"],
      [3, "code"],
      [4, "value"],
      [6, "code"],
      [7, "province"],
      [7, "value"],
    ]);
    expect(problems[0]!.message).toContain("không phải tỉnh hợp nhất thành tỉnh Lâm Đồng");
    expect(problems[3]!.message).toContain("trùng với dòng 5");
    expect(figures).toHaveLength(1);
  });

  it("refuses a file without the header it needs", () => {
    const { problems } = readFormerFigures([["a", "b"]], merged, formers, known);
    expect(problems).toMatchObject([{ row: 1, field: "file" }]);
  });
});
