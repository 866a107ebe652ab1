import { describe, expect, it } from "vitest";
import { matchCommune } from "./commune-match.js";

const communes = [
  { id: "lt", name: "Xã Long Thành" },
  { id: "tb", name: "Phường Trấn Biên" },
  { id: "ab1", name: "Phường An Bình" },
  { id: "ab2", name: "Xã An Bình" },
];

describe("the commune of an address", () => {
  it("matches a part with or without its kind, ignoring case and diacritics", () => {
    expect(matchCommune("Số 5 đường 25B, Xã Long Thành, Tỉnh Đồng Nai", communes)).toBe("lt");
    expect(matchCommune("KCN Amata, phuong tran bien, Dong Nai", communes)).toBe("tb");
    expect(matchCommune("Lô A2, Long Thành, Đồng Nai", communes)).toBe("lt");
  });

  it("leaves it unknown when no commune or two of the same bare name match", () => {
    expect(matchCommune("An Bình, Đồng Nai", communes)).toBeNull();
    expect(matchCommune("Phường An Bình, Đồng Nai", communes)).toBe("ab1");
    expect(matchCommune("Xã Phú Hội, Đồng Nai", communes)).toBeNull();
    expect(matchCommune("", communes)).toBeNull();
  });
});
