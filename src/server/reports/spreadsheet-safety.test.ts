import { describe, expect, it } from "vitest";
import { safeCellText } from "./spreadsheet-safety.js";

describe("safeCellText", () => {
  it.each(["=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+2", "\r=1+2"])(
    "neutralises “%s” so a spreadsheet shows it as text",
    (text) => {
      expect(safeCellText(text)).toBe(`'${text}`);
    },
  );

  it.each(["Bãi Đồng Xoài", "Sở Xây dựng", "15/BC-SXD", "1.234,5", "a=b", ""])(
    "leaves “%s” as it is",
    (text) => {
      expect(safeCellText(text)).toBe(text);
    },
  );
});
