import { describe, expect, it } from "vitest";
import { twoLineName } from "./draft-defaults.js";
import { letterSubjectLine, numberLine, placeDateLine, withFinalMark } from "./issuer-blocks.js";

describe("issuer blocks", () => {
  it("keeps the clerk's blanks in the number and the date", () => {
    expect(numberLine("125/SNNMT-MT")).toBe("Số: 125/SNNMT-MT");
    expect(numberLine("/SNNMT-MT")).toBe("Số:      /SNNMT-MT");
    expect(placeDateLine("Lào Cai", "2025-02-05")).toBe("Lào Cai, ngày 05 tháng 02 năm 2025");
    expect(placeDateLine("Lào Cai", "2025-11-15")).toBe("Lào Cai, ngày 15 tháng 11 năm 2025");
    // Late on 31 December in UTC is already the new year in Vietnam.
    expect(placeDateLine("Lào Cai", null, new Date("2024-12-31T20:00:00Z"))).toBe(
      "Lào Cai, ngày      tháng      năm 2025",
    );
  });

  it("writes the subject after V/v in lower case, but not an acronym", () => {
    expect(letterSubjectLine("Đề nghị cung cấp số liệu")).toBe("V/v đề nghị cung cấp số liệu");
    expect(letterSubjectLine("PEPI năm 2024")).toBe("V/v PEPI năm 2024");
    expect(letterSubjectLine("V/v cung cấp số liệu")).toBe("V/v cung cấp số liệu");
  });

  it("ends the last paragraph with ./. once", () => {
    const ended = withFinalMark([
      { type: "paragraph", runs: ["Đầu."] },
      { type: "paragraph", runs: ["Trân trọng đề nghị phối hợp thực hiện."] },
    ]);
    expect(ended[1]).toEqual({ type: "paragraph", runs: ["Trân trọng đề nghị phối hợp thực hiện./."] });
    expect(withFinalMark(ended)).toEqual(ended);
  });

  it("breaks a long issuing body into two balanced lines", () => {
    expect(twoLineName("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")).toBe("SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG");
    expect(twoLineName("SỞ Y TẾ")).toBe("SỞ Y TẾ");
  });
});
