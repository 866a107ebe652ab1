import { describe, expect, it } from "vitest";
import { formatChangePctVi, formatDateVi, formatNumberVi, formatPointsVi, placeDateVi } from "./format-vi.js";
import { parseDecimal } from "./numbers.js";

describe("Vietnamese numbers", () => {
  it.each([
    [1234.5, "1.234,5"],
    [83108003, "83.108.003"],
    [12.3456, "12,35"],
    [0.0512, "0,051"],
    [-0.0001, "0"],
    [100, "100"],
  ])("%s → %s", (value, text) => {
    expect(formatNumberVi(value)).toBe(text);
  });

  it("reads back what it writes", () => {
    for (const value of [1234.5, 83108003, 0.05, 65.25])
      expect(parseDecimal(formatNumberVi(value))).toEqual({ ok: true, value });
  });

  it("writes points and changes with a sign", () => {
    expect(formatPointsVi(65.5)).toBe("65,5");
    expect(formatChangePctVi(23.44)).toBe("+23,4%");
    expect(formatChangePctVi(-3.25)).toBe("-3,3%");
    expect(formatChangePctVi(0.01)).toBe("0%");
  });
});

describe("Vietnamese dates", () => {
  it("writes dd/mm/yyyy from a day", () => {
    expect(formatDateVi("2024-01-15")).toBe("15/01/2024");
    expect(formatDateVi("2024-03-05")).toBe("05/03/2024");
  });

  it("puts a zero before days under 10 and months 1 and 2 only (NĐ 30/2020)", () => {
    expect(placeDateVi("Lào Cai", "2025-01-05", 2025)).toBe("Lào Cai, ngày 05 tháng 01 năm 2025");
    expect(placeDateVi("Lào Cai", "2025-03-15", 2025)).toBe("Lào Cai, ngày 15 tháng 3 năm 2025");
    expect(placeDateVi("Lào Cai", null, 2025)).toMatch(/^Lào Cai, ngày\s+tháng\s+năm 2025$/);
  });
});
