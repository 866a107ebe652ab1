import { describe, expect, it } from "vitest";
import { detectSeparator, parseCsv } from "./csv.js";
import { slugify } from "./slug.js";

describe("slugify", () => {
  it.each([
    ["Tỉnh Lào Cai", "tinh-lao-cai"],
    ["Thành phố Đà Nẵng", "thanh-pho-da-nang"],
    ["Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"],
    ["  Đắk Lắk!! ", "dak-lak"],
  ])("%s → %s", (input, expected) => expect(slugify(input)).toBe(expected));
});

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and CRLF", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n\n3,\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["3", ""],
    ]);
  });

  it("reads semicolon-separated files where the comma is the decimal mark", () => {
    const text = "ma;gia_tri\r\nurban_population;1.234,5\r\n";
    expect(detectSeparator(text)).toBe(";");
    expect(parseCsv(text, detectSeparator(text))).toEqual([
      ["ma", "gia_tri"],
      ["urban_population", "1.234,5"],
    ]);
    expect(detectSeparator("ma,gia_tri\n")).toBe(",");
  });
});
