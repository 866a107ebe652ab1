import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.js";
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
});
