import { describe, expect, it } from "vitest";
import { isStrongEnough, passwordProblem } from "./password-policy.js";

describe("password policy", () => {
  it.each([
    ["MatKhauSo2026", true],
    ["mậtkhẩu123456", true],
    ["MatKhau2026", false], // 11 characters
    ["short1", false],
    ["onlyletterslong", false],
    ["1234567890123", false],
  ])("%s → %s", (password, expected) => {
    expect(isStrongEnough(password)).toBe(expected);
  });

  it("names what is wrong, the user name found whatever its case, dots or diacritics", () => {
    expect(passwordProblem("abc")).toBe("short");
    expect(passwordProblem("abcdefghijklm")).toBe("letters_digits");
    expect(passwordProblem("NguyenVanA-2026", "nguyen.van.a")).toBe("username");
    expect(passwordProblem("xx-Đoàn.Minh-2026", "doanminh")).toBe("username");
    expect(passwordProblem("KhacHan2026xyz", "ab")).toBeNull(); // too short a name to look for
    expect(passwordProblem("MatKhauSo2026", "hoa", (p) => p === "MatKhauSo2026")).toBe("common");
  });
});
