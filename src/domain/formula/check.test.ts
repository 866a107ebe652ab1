import { describe, expect, it } from "vitest";
import type { Ast } from "./ast.js";
import type { FormulaCatalog } from "./catalog.js";
import { checkFormula } from "./check.js";
import { PEPI_2782_CATALOG as catalog, PEPI_2782_FORMULAS, unit } from "./fixtures.js";
import { parseFormula } from "./parser.js";
import { formatUnit, sameDimensions } from "./units.js";

function parsed(text: string): Ast {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return result.ast;
}

function check(text: string, against: FormulaCatalog = catalog) {
  return checkFormula(parsed(text), against);
}

describe("formulas that check, with the unit they produce", () => {
  it.each([
    ["ww_treated_qcvn / ww_generated * 100", "1"],
    ["public_vehicles / urban_population * 10000", "vehicle/person"],
    ["count(health_facilities where plant_meets_standard) / count(health_facilities) * 100", "1"],
    ["count(health_facilities)", "facility"],
    ["count(landfills where sanitary and capacity_t > 5000)", "landfill"],
    ["sum(landfills.capacity_t)", "t"],
    ["avg(landfills.capacity_t where sanitary)", "t"],
    ["max(landfills.capacity_t) - min(landfills.capacity_t)", "t"],
    ["sum(facilities_50m3.discharge_m3_day) / ww_generated", "1"],
    ["forest_burned_ha + forest_cleared_ha", "ha"],
    ["min(forest_burned_ha, forest_cleared_ha)", "ha"],
    ["max(forest_burned_ha, 0)", "ha"],
    ["max(0, forest_burned_ha, forest_cleared_ha)", "ha"],
    ["forest_burned_ha + 5", "ha"],
    ["forest_burned_ha * 2", "ha"],
    ["-forest_burned_ha", "ha"],
    ["abs(forest_burned_ha - forest_cleared_ha)", "ha"],
    ["round(forest_burned_ha, 1)", "ha"],
    ["if(urban_population > 0, public_vehicles / urban_population, 0)", "vehicle/person"],
    ["if(has_plastic_plan, 100, 0)", "1"],
    ["if(has_plastic_plan == true and not (urban_population < 10), 1, 0)", "1"],
    ["100 - ww_treated_qcvn / ww_generated * 100", "1"],
    ["solid_waste_generated_t_day * 365", "t/day"],
    ["ww_generated / water_supplied_m3_day", "1"],
    ["env_budget_million_vnd / total_budget_million_vnd * 100", "1"],
    ["42", "1"],
  ])("%s → %s", (text, expected) => {
    const result = check(text);
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("; "));
    expect(formatUnit(result.unit)).toBe(expected);
  });

  it("lists the elements read, once each, in order of appearance", () => {
    expect(
      check("sum(landfills.capacity_t) / hazardous_waste_generated_t + urban_population / urban_population"),
    ).toMatchObject({
      ok: true,
      references: ["landfills", "hazardous_waste_generated_t", "urban_population"],
    });
  });

  it("count() is dimensionless for a list that declares no item unit", () => {
    const bare: FormulaCatalog = { sites: { kind: "list", fields: { treated: { type: "boolean" } } } };
    const result = check("count(sites where treated)", bare);
    expect(result.ok && formatUnit(result.unit)).toBe("1");
  });

  it.each(Object.entries(PEPI_2782_FORMULAS))(
    "indicator %s checks and has its declared unit",
    (_code, entry) => {
      const [formula, declared] = entry;
      const result = check(formula);
      if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("; "));
      expect(sameDimensions(result.unit, unit(declared))).toBe(true);
    },
  );
});

describe("errors, each with its position", () => {
  it.each([
    [
      "urban_pop * 2",
      "UNKNOWN_REFERENCE",
      0,
      9,
      "Không có số liệu “urban_pop” trong danh mục; có phải “urban_population”?",
    ],
    [
      "1 + forest_burnt_ha",
      "UNKNOWN_REFERENCE",
      4,
      15,
      "Không có số liệu “forest_burnt_ha” trong danh mục; có phải “forest_burned_ha”?",
    ],
    ["zzz", "UNKNOWN_REFERENCE", 0, 3, "Không có số liệu “zzz” trong danh mục"],
    ["constructor + 1", "UNKNOWN_REFERENCE", 0, 11, "Không có số liệu “constructor” trong danh mục"],
    [
      "count(landfils)",
      "UNKNOWN_REFERENCE",
      6,
      8,
      "Không có số liệu “landfils” trong danh mục; có phải “landfills”?",
    ],
    [
      "health_facilities * 2",
      "LIST_AS_NUMBER",
      0,
      17,
      "“health_facilities” là một danh sách, không dùng như một số được; dùng count(health_facilities) hoặc sum(health_facilities.trường)",
    ],
    [
      "count(urban_population)",
      "NOT_A_LIST",
      6,
      16,
      "Hàm “count” cần một danh sách, nhưng “urban_population” không phải danh sách",
    ],
    [
      "sum(forest_burned_ha.x)",
      "NOT_A_LIST",
      4,
      16,
      "Hàm “sum” cần một danh sách, nhưng “forest_burned_ha” không phải danh sách",
    ],
    [
      "sum(landfills.capacity)",
      "UNKNOWN_FIELD",
      14,
      8,
      "Danh sách “landfills” không có trường “capacity”; có phải “capacity_t”?",
    ],
    [
      "count(landfills where sanitry)",
      "UNKNOWN_FIELD",
      22,
      7,
      "Danh sách “landfills” không có trường “sanitry”; có phải “sanitary”?",
    ],
    ["forest_burned_ha + urban_population", "UNIT_MISMATCH", 0, 35, "Không cộng được ha với person"],
    [
      "forest_burned_ha - urban_population",
      "UNIT_MISMATCH",
      0,
      35,
      "Không trừ được person khỏi ha: khác đơn vị",
    ],
    ["forest_burned_ha > urban_population", "UNIT_MISMATCH", 0, 35, "Không so sánh được ha với person"],
    ["(ww_generated + 1) == forest_burned_ha", "UNIT_MISMATCH", 0, 38, "Không so sánh được m3/day với ha"],
    [
      "min(forest_burned_ha, urban_population)",
      "UNIT_MISMATCH",
      0,
      39,
      "Hàm “min”: không so sánh được ha với person",
    ],
    [
      "if(has_plastic_plan, forest_burned_ha, urban_population)",
      "UNIT_MISMATCH",
      0,
      56,
      "Hai nhánh của if khác đơn vị: ha và person",
    ],
    [
      "count(landfills) + 1 - forest_burned_ha",
      "UNIT_MISMATCH",
      0,
      39,
      "Không trừ được ha khỏi bãi chôn lấp: khác đơn vị",
    ],
    [
      "ww_treated_qcvn / ww_generated + forest_burned_ha",
      "UNIT_MISMATCH",
      0,
      49,
      "Không cộng được số không đơn vị với ha",
    ],
    ["env_budget_million_vnd + env_budget_vnd", "UNIT_MISMATCH", 0, 39, "Không cộng được triệu đồng với VND"],
    [
      "solid_waste_generated_t_day + hazardous_waste_generated_t",
      "UNIT_MISMATCH",
      0,
      57,
      "Không cộng được tấn/ngày với tấn",
    ],
    [
      "urban_population > 0",
      "RESULT_NOT_NUMBER",
      0,
      20,
      "Công thức phải cho ra một số, không phải điều kiện đúng/sai",
    ],
    [
      "count(landfills where capacity_t)",
      "TYPE_MISMATCH",
      22,
      10,
      "Cần một điều kiện đúng/sai, nhưng “capacity_t” là một số",
    ],
    [
      "sum(landfills.sanitary)",
      "TYPE_MISMATCH",
      14,
      8,
      "Trường “sanitary” của “landfills” là có/không, sum không tính được; dùng count(landfills where sanitary)",
    ],
    [
      "public_vehicles + (urban_population > 0)",
      "TYPE_MISMATCH",
      18,
      22,
      "Cần một số, nhưng “urban_population > 0” là điều kiện đúng/sai",
    ],
    [
      "if(public_vehicles, 1, 0)",
      "TYPE_MISMATCH",
      3,
      15,
      "Cần một điều kiện đúng/sai, nhưng “public_vehicles” là một số",
    ],
    [
      "if(has_plastic_plan == 1, 1, 0)",
      "TYPE_MISMATCH",
      3,
      21,
      "Không so sánh được số với điều kiện đúng/sai trong “has_plastic_plan == 1”",
    ],
    [
      "if(true, 1, false)",
      "TYPE_MISMATCH",
      0,
      18,
      "Hai nhánh của if phải cùng là số hoặc cùng là điều kiện đúng/sai",
    ],
  ])("%s → %s at %i+%i", (text, code, position, length, message) => {
    expect(check(text)).toEqual({ ok: false, errors: [{ code, message, position, length }] });
  });

  it("reports every problem at once, without cascades", () => {
    const result = check("urban_pop / forest_burnt + sum(landfills.capacity) * health_facilities");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => [error.code, error.position])).toEqual([
      ["UNKNOWN_REFERENCE", 0],
      ["UNKNOWN_REFERENCE", 12],
      ["UNKNOWN_FIELD", 41],
      ["LIST_AS_NUMBER", 53],
    ]);
  });

  it("does not complain about fields of a list that is itself unknown", () => {
    const result = check("count(nowhere where ok)");
    expect(!result.ok && result.errors.map((error) => error.code)).toEqual(["UNKNOWN_REFERENCE"]);
  });
});
