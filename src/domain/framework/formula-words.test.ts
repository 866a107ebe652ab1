import { describe, expect, it } from "vitest";
import { formulaInWords } from "./formula-words.js";

const framework = {
  dataElements: [
    { code: "treated", name: { vi: "Lượng nước thải được xử lý đạt quy chuẩn" } },
    { code: "generated", name: { vi: "Lượng nước thải phát sinh (m³/ngày)" } },
    { code: "vehicles", name: { vi: "Số phương tiện giao thông công cộng" } },
    { code: "urban", name: { vi: "Dân số khu vực đô thị" } },
    {
      code: "zones",
      name: { vi: "Danh sách khu công nghiệp" },
      fields: [{ code: "plant_compliant", name: { vi: "Có hệ thống xử lý nước thải đạt quy chuẩn" } }],
    },
  ],
} as never;

describe("a formula in words", () => {
  it("names figures, writes ÷ and × and Vietnamese numbers, keeps a name's own slash", () => {
    expect(formulaInWords("treated / generated * 100", framework)).toBe(
      "Lượng nước thải được xử lý đạt quy chuẩn ÷ lượng nước thải phát sinh (m³/ngày) × 100",
    );
    expect(formulaInWords("vehicles / urban * 10000", framework)).toBe(
      "Số phương tiện giao thông công cộng ÷ dân số khu vực đô thị × 10.000",
    );
    expect(formulaInWords("generated * 0.8", framework)).toBe("Lượng nước thải phát sinh (m³/ngày) × 0,8");
  });

  it("counts the rows of a list, and those meeting a condition", () => {
    expect(formulaInWords("count(zones where plant_compliant) / count(zones) * 100", framework)).toBe(
      "Số mục “Danh sách khu công nghiệp” có “có hệ thống xử lý nước thải đạt quy chuẩn” ÷ số mục “Danh sách khu công nghiệp” × 100",
    );
  });

  it("keeps brackets tight", () => {
    expect(formulaInWords("(treated + vehicles) / generated", framework)).toBe(
      "(Lượng nước thải được xử lý đạt quy chuẩn + số phương tiện giao thông công cộng) ÷ lượng nước thải phát sinh (m³/ngày)",
    );
  });

  it("gives a formula it cannot read in words as it is written, rather than a sentence that reads wrong", () => {
    for (const formula of [
      "(treated + other) / generated",
      "sum(zones.plant_compliant) / 2",
      "if(treated >= 1, 1, 0)",
    ])
      expect(formulaInWords(formula, framework)).toBe(formula);
  });
});
