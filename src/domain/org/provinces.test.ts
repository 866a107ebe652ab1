import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../text/csv.js";
import {
  matchProvince,
  nearestProvinces,
  provinceByCode,
  provinceKey,
  provinces,
  provincesOf,
  regions,
} from "./provinces.js";

describe("the province registry", () => {
  it("has 63 former and 34 current provinces, each former one with a current successor", () => {
    expect(provincesOf("63")).toHaveLength(63);
    expect(provincesOf("34")).toHaveLength(34);
    for (const p of provincesOf("63")) expect(provinceByCode(p.successorCode!)?.era).toBe("34");
    expect(new Set(provinces.map((p) => p.code)).size).toBe(provinces.length);
  });

  it("counts the provinces of each region of the national master plan", () => {
    const count = (region: string) => provincesOf("63").filter((p) => p.region === region).length;
    expect(Object.keys(regions).map(count)).toEqual([14, 11, 14, 5, 6, 13]);
  });

  it("agrees with the merger table shipped with its sources", () => {
    const table = parseCsv(fs.readFileSync("src/server/features/org-units/provinces-2025.csv", "utf8"));
    for (const [oldName, newName] of table.slice(1).filter((r) => r.length > 1)) {
      const old = matchProvince(oldName!, "63");
      expect(old, oldName).toBeDefined();
      expect(provinceByCode(old!.successorCode!)?.name, oldName).toBe(newName);
    }
  });

  it("matches the names publications use, however they are written", () => {
    const hcm = "VN63-thanh-pho-ho-chi-minh";
    for (const name of ["TP. Hồ Chí Minh", "TPHCM", "Thành phố Hồ Chí Minh", "tp hồ chí minh", "TP.HCM"])
      expect(matchProvince(name, "63")?.code, name).toBe(hcm);
    expect(matchProvince("Thừa Thiên Huế", "63")?.code).toBe("VN63-thanh-pho-hue");
    expect(matchProvince("Thành phố Huế", "63")?.code).toBe("VN63-thanh-pho-hue");
    for (const name of ["Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu", "Bà Rịa — Vũng Tàu", "Bà Rịa Vũng Tàu"])
      expect(matchProvince(name, "63")?.shortName, name).toBe("Bà Rịa - Vũng Tàu");
    // Decomposed Unicode and tones placed the old way.
    expect(matchProvince("Lào Cai".normalize("NFD"), "63")?.shortName).toBe("Lào Cai");
    expect(matchProvince("Hoà Bình", "63")?.shortName).toBe("Hòa Bình");
    expect(matchProvince("Thanh Hoá", "34")?.name).toBe("Tỉnh Thanh Hóa");
    expect(matchProvince("  Tỉnh   Đắk Lắk ", "34")?.code).toBe("VN34-tinh-dak-lak");
  });

  it("keeps the eras apart: a former province is not a current one", () => {
    expect(matchProvince("Bắc Giang", "34")).toBeUndefined();
    expect(matchProvince("Lâm Đồng", "34")?.code).toBe("VN34-tinh-lam-dong");
    expect(matchProvince("Lâm Đồng", "63")?.code).toBe("VN63-tinh-lam-dong");
  });

  it("never gives one name to two provinces of an era", () => {
    for (const era of ["63", "34"] as const) {
      const seen = new Map<string, string>();
      for (const p of provincesOf(era))
        for (const name of [p.name, p.shortName, ...p.aliases]) {
          const key = provinceKey(name);
          expect(seen.get(key) ?? p.code, `${name} in ${era}`).toBe(p.code);
          seen.set(key, p.code);
        }
    }
  });

  it("suggests the nearest names for a misspelt one", () => {
    expect(nearestProvinces("Lao Cay", "63")[0]).toBe("Lào Cai");
    expect(nearestProvinces("Bac Giang", "63")[0]).toBe("Bắc Giang");
    expect(matchProvince("Lao Cay", "63")).toBeUndefined();
  });

  it("marks the region of a merged province as inferred, not official", () => {
    expect(matchProvince("Lâm Đồng", "34")?.regionStatus).toBe("inferred");
    expect(matchProvince("Sơn La", "34")?.regionStatus).toBe("official");
  });
});
