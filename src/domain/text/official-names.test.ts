import { describe, expect, it } from "vitest";
import { nameInSentence, provincialCommittee } from "./official-names.js";

describe("names inside a sentence", () => {
  it("lowers the type of a unit at the start or after the committee", () => {
    expect(nameInSentence("Tỉnh Lâm Đồng")).toBe("tỉnh Lâm Đồng");
    expect(nameInSentence("Thành phố Hồ Chí Minh")).toBe("thành phố Hồ Chí Minh");
    expect(nameInSentence("UBND Phường Trung Tâm")).toBe("UBND phường Trung Tâm");
    expect(nameInSentence("Ủy ban nhân dân Tỉnh Minh Họa")).toBe("Ủy ban nhân dân tỉnh Minh Họa");
    expect(nameInSentence("UBND Đặc khu Phú Quốc")).toBe("UBND đặc khu Phú Quốc");
    expect(nameInSentence("Thị xã Sơn Tây")).toBe("thị xã Sơn Tây");
    expect(provincialCommittee("Tỉnh Lạng Sơn")).toBe("Ủy ban nhân dân tỉnh Lạng Sơn");
  });

  it("leaves other names as they are", () => {
    expect(nameInSentence("Sở Xây dựng")).toBe("Sở Xây dựng");
    expect(nameInSentence("Công ty cổ phần Cấp thoát nước tỉnh")).toBe("Công ty cổ phần Cấp thoát nước tỉnh");
    expect(nameInSentence("Xã")).toBe("Xã");
    expect(nameInSentence("Ban Quản lý Khu kinh tế")).toBe("Ban Quản lý Khu kinh tế");
  });
});
