import { describe, expect, it } from "vitest";
import { isStrongEnough } from "./password-policy.js";

describe("isStrongEnough", () => {
  it.each([
    ["MatKhau2026", true],
    ["mậtkhẩu12345", true],
    ["short1", false],
    ["onlyletterslong", false],
    ["1234567890123", false],
  ])("%s → %s", (password, expected) => {
    expect(isStrongEnough(password)).toBe(expected);
  });
});
