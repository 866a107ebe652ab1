import { describe, expect, it } from "vitest";
import { unit } from "./fixtures.js";
import {
  DIMENSIONLESS,
  divideUnits,
  formatUnit,
  multiplyUnits,
  parseUnit,
  sameDimensions,
  sameUnit,
} from "./units.js";

describe("parseUnit reads the unit texts of framework files", () => {
  it.each([
    ["%", "1"],
    ["1", "1"],
    ["ha", "ha"],
    ["t", "t"],
    ["t/day", "t/day"],
    ["m3", "m3"],
    ["m3/day", "m3/day"],
    ["kWh", "kWh"],
    ["person", "person"],
    ["household", "household"],
    ["facility", "facility"],
    ["vehicle", "vehicle"],
    ["station", "station"],
    ["VND", "VND"],
    ["million VND", "million VND"],
    ["vehicle/person", "vehicle/person"],
    ["station/person", "station/person"],
    ["person/person", "1"],
    ["người", "person"],
    ["hộ gia đình", "household"],
    ["hộ", "household"],
    ["cơ sở", "facility"],
    ["xe", "vehicle"],
    ["trạm", "station"],
    ["tấn", "t"],
    ["tấn/ngày", "t/day"],
    ["m3/ngày đêm", "m3/day"],
    ["m³/ngày", "m3/day"],
    ["triệu đồng", "million VND"],
    ["tỷ đồng", "billion VND"],
    ["xe/người", "vehicle/person"],
    ["xe/10.000 dân", "vehicle/10000 person"],
    ["vehicle/10000 person", "vehicle/10000 person"],
    ["người/triệu dân", "1/million"],
    ["  t / day  ", "t/day"],
    ["m3*m3", "m3^2"],
    ["ha^2/ha", "ha"],
    ["VND/person/year", "VND/person/year"],
  ])("%s → %s", (text, canonical) => {
    const parsed = parseUnit(text);
    expect(parsed.ok && formatUnit(parsed.unit)).toBe(canonical);
  });

  it("keeps the label as the framework wrote it", () => {
    expect(unit(" xe/người ").label).toBe("xe/người");
    expect(unit("%").label).toBe("%");
  });

  it.each(["vehicle/person", "million VND", "xe/10.000 dân", "t/day", "người/triệu dân", "m3*m3/day"])(
    "reads its own canonical form back: %s",
    (text) => {
      const original = unit(text);
      const again = unit(formatUnit(original));
      expect(sameUnit(original, again)).toBe(true);
    },
  );

  it.each([
    ["hectare", "Đơn vị không hợp lệ: “hectare” (không có trong danh mục đơn vị)"],
    ["vehicle/hectare", "Đơn vị không hợp lệ: “hectare” (không có trong danh mục đơn vị)"],
    ["10,000 person", "Đơn vị không hợp lệ: “10,000 person” (không có trong danh mục đơn vị)"],
    ["", "Đơn vị trống"],
    ["   ", "Đơn vị trống"],
    ["t/", "Đơn vị không hợp lệ: “t/” (thiếu đơn vị sau dấu “/”)"],
    ["t*", "Đơn vị không hợp lệ: “t*” (thiếu một thành phần)"],
    ["0 t", "Đơn vị không hợp lệ: “0 t” (không có trong danh mục đơn vị)"],
  ])("refuses %j with a Vietnamese message", (text, message) => {
    expect(parseUnit(text)).toEqual({ ok: false, message });
  });
});

describe("unit arithmetic", () => {
  it("vehicle/person × 10000 stays vehicle/person", () => {
    const perPerson = divideUnits(unit("vehicle"), unit("person"));
    const result = multiplyUnits(perPerson, DIMENSIONLESS);
    expect(formatUnit(result)).toBe("vehicle/person");
    expect(result.label).toBe("vehicle/person");
  });

  it("a count divided by a count of the same thing is dimensionless", () => {
    const ratio = divideUnits(unit("facility"), unit("cơ sở"));
    expect(sameDimensions(ratio, unit("%"))).toBe(true);
    expect(ratio.label).toBe("1");
  });

  it("multiplying back restores the unit", () => {
    const rate = divideUnits(unit("t"), unit("day"));
    expect(sameUnit(multiplyUnits(rate, unit("ngày")), unit("tấn"))).toBe(true);
  });

  it("scales multiply: million VND per VND is a pure number scaled by a million", () => {
    const ratio = divideUnits(unit("million VND"), unit("VND"));
    expect(sameDimensions(ratio, DIMENSIONLESS)).toBe(true);
    expect(ratio.scale).toBe(1e6);
    expect(formatUnit(ratio)).toBe("million");
  });

  it.each([
    ["%", "1", true, true],
    ["VND", "million VND", true, false],
    ["ha", "person", false, false],
    ["vehicle/person", "xe/người", true, true],
    ["vehicle/person", "person/vehicle", false, false],
    ["t/day", "t", false, false],
  ])("%s vs %s: same dimensions %s, same unit %s", (a, b, dimensions, interchangeable) => {
    expect(sameDimensions(unit(a), unit(b))).toBe(dimensions);
    expect(sameUnit(unit(a), unit(b))).toBe(interchangeable);
  });
});
