import { describe, expect, it } from "vitest";
import { parseDecimal } from "./numbers.js";

describe("parseDecimal", () => {
  it.each([
    ["65,5", 65.5],
    ["65.5", 65.5],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["1.234", 1234],
    ["-0,25", -0.25],
    [" 73,33 ", 73.33],
    ["100", 100],
    // A lead of zero, or of four digits, is never a thousands group.
    ["0,051", 0.051],
    ["0.051", 0.051],
    ["1234,567", 1234.567],
  ])("%s → %s", (input, expected) => {
    expect(parseDecimal(input)).toEqual({ ok: true, value: expected });
  });

  it("reads a dot as decimal when asked (machine-written files)", () => {
    expect(parseDecimal("1.234", { preferDecimalPoint: true })).toEqual({ ok: true, value: 1.234 });
  });

  it.each(["", "abc", "12a", "1,2,3", "1.234,5,6", "--1", ".", "0.123.456"])("refuses “%s”", (input) => {
    expect(parseDecimal(input).ok).toBe(false);
  });
});
