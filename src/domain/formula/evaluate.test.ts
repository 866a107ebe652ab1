import { describe, expect, it } from "vitest";
import { compileFormula, evaluateFormula } from "./evaluate.js";
import type { FormulaInputs, ListItem } from "./evaluation-types.js";
import { parseFormula } from "./parser.js";

const healthFacilities: ListItem[] = [
  { name: "BV Đa khoa tỉnh", plant_meets_standard: true, beds: 800 },
  { name: "TTYT huyện A", plant_meets_standard: false, beds: 120 },
  { name: "TTYT huyện B", plant_meets_standard: true, beds: 150 },
  { name: "BV Sản Nhi", plant_meets_standard: true, beds: 400 },
];
const landfills: ListItem[] = [
  { name: "Bãi A", sanitary: true, capacity_t: 50000 },
  { name: "Bãi B", sanitary: false, capacity_t: 12000.5 },
  { name: "Bãi C", sanitary: true, capacity_t: 8000 },
];
const inputs: FormulaInputs = {
  ww_treated_qcvn: 44100,
  ww_generated: 50000,
  public_vehicles: 150,
  urban_population: 1_200_000,
  forest_burned_ha: 0.5,
  forest_cleared_ha: 0.32,
  zero: 0,
  has_plan: true,
  no_plan: false,
  health_facilities: healthFacilities,
  landfills,
  nothing: [],
};

function value(text: string, given: FormulaInputs = inputs): number {
  const result = evaluateFormula(text, given);
  if (!result.ok)
    throw new Error(`${text}: ${"reason" in result ? result.reason.message : result.error.message}`);
  return result.value;
}

describe("values", () => {
  it.each([
    ["ww_treated_qcvn / ww_generated * 100", 88.2],
    ["public_vehicles / urban_population * 10000", 1.25],
    ["forest_burned_ha + forest_cleared_ha", 0.82],
    ["count(health_facilities where plant_meets_standard) / count(health_facilities) * 100", 75],
    ["count(health_facilities)", 4],
    ["count(health_facilities where not plant_meets_standard)", 1],
    ["count(health_facilities where plant_meets_standard and beds >= 400)", 2],
    ["count(health_facilities where beds < 130 or beds > 500)", 2],
    ["count(health_facilities where plant_meets_standard == true and beds != 800)", 2],
    ["sum(landfills.capacity_t)", 70000.5],
    ["sum(landfills.capacity_t where sanitary)", 58000],
    ["avg(landfills.capacity_t where sanitary)", 29000],
    ["min(landfills.capacity_t)", 8000],
    ["max(landfills.capacity_t)", 50000],
    ["sum(nothing.capacity_t)", 0],
    ["count(nothing)", 0],
    ["count(nothing where sanitary)", 0],
    ["min(3, 1, 2)", 1],
    ["max(-3, 0)", 0],
    ["min(forest_burned_ha, forest_cleared_ha)", 0.32],
    ["if(urban_population > 0, public_vehicles / urban_population * 10000, 0)", 1.25],
    ["if(zero > 0, public_vehicles / zero, 0)", 0],
    ["if(has_plan, 100, 0)", 100],
    ["if(no_plan, 100, 0)", 0],
    ["if(has_plan == no_plan, 1, 2)", 2],
    ["if(has_plan != no_plan, 1, 2)", 1],
    ["if(true and false or true, 1, 2)", 1],
    ["if(if(has_plan, zero == 0, false), 1, 2)", 1],
    ["abs(-2.5)", 2.5],
    ["abs(forest_cleared_ha - forest_burned_ha)", 0.18],
    ["round(1.005, 2)", 1.01],
    ["round(2.345, 2)", 2.35],
    ["round(2.5)", 3],
    ["round(-2.5)", -3],
    ["round(1234.5678, 1)", 1234.6],
    ["round(ww_treated_qcvn / ww_generated * 100, 0)", 88],
    ["10 - 4 - 3", 3],
    ["2 * 3 + 4", 10],
    ["2 + 3 * 4", 14],
    ["-2 * 3", -6],
    ["- -2", 2],
    ["100 / 4 / 5", 5],
    ["(1 + 2) * (3 + 4)", 21],
    ["0 * -1", 0],
  ])("%s = %d", (text, expected) => expect(value(text)).toBeCloseTo(expected, 9));

  it("never returns minus zero", () => expect(Object.is(value("0 * -1"), 0)).toBe(true));

  it("a compiled formula can be called again and again with other inputs", () => {
    const parsed = parseFormula("count(l where ok) / count(l) * 100");
    if (!parsed.ok) throw new Error(parsed.error.message);
    const compute = compileFormula(parsed.ast);
    expect(compute({ l: [{ ok: true }, { ok: false }] })).toEqual({ ok: true, value: 50 });
    expect(compute({ l: [{ ok: true }] })).toEqual({ ok: true, value: 100 });
    expect(compute({ l: [] })).toMatchObject({ ok: false, reason: { code: "DIVISION_BY_ZERO" } });
  });
});

describe("failures give the reason, never a number", () => {
  it.each([
    [
      "ww_treated_qcvn / ww_generated * 100",
      { ww_treated_qcvn: 1 },
      "MISSING_INPUT",
      "Thiếu số liệu: ww_generated",
      "ww_generated",
    ],
    ["a + 1", { a: null }, "MISSING_INPUT", "Thiếu số liệu: a", "a"],
    ["constructor + 1", {}, "MISSING_INPUT", "Thiếu số liệu: constructor", "constructor"],
    [
      "ww_treated_qcvn / ww_generated",
      { ww_treated_qcvn: 1, ww_generated: 0 },
      "DIVISION_BY_ZERO",
      "Không tính được: mẫu số “ww_generated” bằng 0",
      "ww_generated",
    ],
    [
      "a / (b - c)",
      { a: 1, b: 2, c: 2 },
      "DIVISION_BY_ZERO",
      "Không tính được: mẫu số “b - c” bằng 0",
      undefined,
    ],
    [
      "count(l where ok) / count(l) * 100",
      { l: [] },
      "DIVISION_BY_ZERO",
      "Không tính được: mẫu số “count(l)” bằng 0",
      undefined,
    ],
    ["a + 1", { a: true }, "NOT_A_NUMBER", "Số liệu “a” không phải là một số", "a"],
    ["a + 1", { a: Number.NaN }, "NOT_A_NUMBER", "Số liệu “a” không phải là một số", "a"],
    ["a + 1", { a: Number.POSITIVE_INFINITY }, "NOT_A_NUMBER", "Số liệu “a” không phải là một số", "a"],
    ["a + 1", { a: [] }, "NOT_A_NUMBER", "Số liệu “a” không phải là một số", "a"],
    ["if(a, 1, 0)", { a: 1 }, "NOT_A_NUMBER", "Số liệu “a” phải là có/không", "a"],
    ["if(a, 1, 0)", {}, "MISSING_INPUT", "Thiếu số liệu: a", "a"],
    [
      "if(a == b, 1, 0)",
      { a: 1, b: true },
      "NOT_A_NUMBER",
      "Không so sánh được số với có/không trong “a == b”",
      undefined,
    ],
    [
      "a * 10",
      { a: 1e308 },
      "NOT_A_NUMBER",
      "Không tính được: kết quả quá lớn hoặc không xác định",
      undefined,
    ],
    ["count(l)", {}, "MISSING_INPUT", "Thiếu số liệu: l", "l"],
    ["count(l)", { l: 3 }, "NOT_A_NUMBER", "Số liệu “l” phải là một danh sách", "l"],
    [
      "count(l where ok)",
      { l: [{ ok: true }, { ok: null }] },
      "MISSING_INPUT",
      "Thiếu số liệu: l.ok (mục thứ 2)",
      "l.ok",
    ],
    [
      "count(l where ok)",
      { l: [{ ok: true }, {}] },
      "MISSING_INPUT",
      "Thiếu số liệu: l.ok (mục thứ 2)",
      "l.ok",
    ],
    [
      "count(l where ok)",
      { l: [{ ok: "có" }] },
      "NOT_A_NUMBER",
      "Số liệu “l.ok” (mục thứ 1) phải là có/không",
      "l.ok",
    ],
    [
      "count(l where ok)",
      { l: [null as unknown as ListItem] },
      "NOT_A_NUMBER",
      "Mục thứ 1 của danh sách “l” không hợp lệ",
      "l",
    ],
    [
      "sum(l.t)",
      { l: [{ t: 1 }, { t: 2 }, { t: null }] },
      "MISSING_INPUT",
      "Thiếu số liệu: l.t (mục thứ 3)",
      "l.t",
    ],
    [
      "sum(l.t)",
      { l: [{ t: "12" }] },
      "NOT_A_NUMBER",
      "Số liệu “l.t” (mục thứ 1) không phải là một số",
      "l.t",
    ],
    ["avg(l.t)", { l: [] }, "EMPTY_LIST", "Không tính được avg: danh sách “l” không có mục nào phù hợp", "l"],
    [
      "min(l.t where ok)",
      { l: [{ ok: false, t: 1 }] },
      "EMPTY_LIST",
      "Không tính được min: danh sách “l” không có mục nào phù hợp",
      "l",
    ],
    ["max(l.t)", { l: [] }, "EMPTY_LIST", "Không tính được max: danh sách “l” không có mục nào phù hợp", "l"],
    [
      "a > 1",
      { a: 2 },
      "NOT_A_NUMBER",
      "Không tính được: “a > 1” là điều kiện đúng/sai, không phải số",
      undefined,
    ],
  ] as const)("%s with %j → %s", (text, given, code, message, ref) => {
    const result = evaluateFormula(text, given as FormulaInputs);
    const reason = ref === undefined ? { code, message } : { code, message, ref };
    expect(result).toEqual({ ok: false, reason });
  });

  it("only the chosen branch of if is evaluated", () => {
    expect(evaluateFormula("if(b > 0, a / b, 0)", { a: 5, b: 0 })).toEqual({ ok: true, value: 0 });
    expect(evaluateFormula("if(b > 0, 0, missing)", { b: 1 })).toEqual({ ok: true, value: 0 });
    expect(evaluateFormula("if(false and missing, 1, 2)", {})).toEqual({ ok: true, value: 2 });
    expect(evaluateFormula("if(true or missing, 1, 2)", {})).toEqual({ ok: true, value: 1 });
  });

  it("a syntax error comes back as the parse error", () => {
    expect(evaluateFormula("a +", {})).toMatchObject({
      ok: false,
      error: { code: "UNEXPECTED_END", position: 3 },
    });
  });

  it("never throws, even on inputs the types forbid", () => {
    const parsed = parseFormula("a + count(l where ok)");
    if (!parsed.ok) throw new Error(parsed.error.message);
    const compute = compileFormula(parsed.ast);
    for (const strange of [null, undefined, 42, "text", { a: {} }, { a: 1, l: "x" }, { a: 1, l: [1, 2] }]) {
      const result = compute(strange as unknown as FormulaInputs);
      expect(result.ok).toBe(false);
    }
  });
});
