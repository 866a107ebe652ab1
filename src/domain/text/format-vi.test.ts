import { describe, expect, it } from "vitest";
import {
  clippedAtWordVi,
  formatChangePctVi,
  formatDateVi,
  formatNumberVi,
  formatPointsVi,
  placeDateVi,
} from "./format-vi.js";
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

describe("a text cut short for a reader", () => {
  const task =
    "Tăng cường, thúc đẩy các hoạt động sử dụng năng lượng tiết kiệm và hiệu quả trong sản xuất công nghiệp, giao thông đặc biệt đối với các đơn vị sử dụng năng lượng trọng điểm.";

  it("is cut at a word, with what hangs at the cut taken off", () => {
    expect(clippedAtWordVi(task, 120)).toBe(
      "Tăng cường, thúc đẩy các hoạt động sử dụng năng lượng tiết kiệm và hiệu quả trong sản xuất công nghiệp, giao thông đặc…",
    );
    // A comma at the cut is not left before "…".
    expect(clippedAtWordVi(task, 105)).toBe(
      "Tăng cường, thúc đẩy các hoạt động sử dụng năng lượng tiết kiệm và hiệu quả trong sản xuất công nghiệp…",
    );
    expect(clippedAtWordVi(task, 120).length).toBeLessThanOrEqual(120);
  });

  it("keeps a text that fits whole, and cuts a single long word where it must", () => {
    expect(clippedAtWordVi(task, task.length)).toBe(task);
    expect(clippedAtWordVi("  Kiểm tra  ", 20)).toBe("Kiểm tra");
    expect(clippedAtWordVi("https://example.vn/a/very/long/address", 12)).toBe("https://exa…");
  });
});
