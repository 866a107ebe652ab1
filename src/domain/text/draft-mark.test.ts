import { describe, expect, it } from "vitest";
import { hasDraftMark, withoutDraftMark } from "./draft-mark.js";

describe("the draft mark of an indicator's name", () => {
  it("is left out of the name, and only at its end", () => {
    expect(withoutDraftMark("Tỷ lệ nước thải sinh hoạt đô thị được xử lý đạt quy chuẩn (dự kiến)")).toBe(
      "Tỷ lệ nước thải sinh hoạt đô thị được xử lý đạt quy chuẩn",
    );
    expect(hasDraftMark("Sản lượng điện sản xuất từ năng lượng tái tạo (dự kiến)")).toBe(true);
    const named = "Kế hoạch (dự kiến) năm sau";
    expect([withoutDraftMark(named), hasDraftMark(named)]).toEqual([named, false]);
  });
});
