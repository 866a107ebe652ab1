// Test fixtures: the 26 indicators of QĐ 2782 written in the formula language over a catalog of
// data elements (formulas inferred, see ../shared/reference/pepi-2782-indicators.md), and
// seeded random inputs for a province-year. Units are written as framework files write them,
// in English codes and in Vietnamese.
import type { FormulaCatalog, ListElement } from "./catalog.js";
import type { FormulaInputs, ListItem } from "./evaluation-types.js";
import { parseUnit, type Unit } from "./units.js";

/** A unit from a text known to be valid; a typo in a fixture should fail loudly. */
export function unit(text: string): Unit {
  const parsed = parseUnit(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.unit;
}

const number = (unitText: string) => ({ kind: "number", unit: unit(unitText) }) as const;
const count = (unitText: string) => ({ kind: "number", unit: unit(unitText), integer: true }) as const;
const flags = (itemUnit: string, ...names: string[]): ListElement => ({
  kind: "list",
  itemUnit: unit(itemUnit),
  fields: Object.fromEntries(names.map((name) => [name, { type: "boolean" }])),
});

export const PEPI_2782_CATALOG: FormulaCatalog = {
  population: count("người"),
  urban_population: count("person"),
  urban_population_class4: count("người"),
  rural_households: count("hộ gia đình"),
  water_supplied_m3_day: number("m3/ngày đêm"),
  ww_generated: number("m3/day"),
  ww_treated_qcvn: number("m3/day"),
  facilities_50m3: {
    kind: "list",
    itemUnit: unit("cơ sở"),
    fields: {
      treatment_compliant: { type: "boolean" },
      discharge_m3_day: { type: "number", unit: unit("m³/ngày") },
    },
  },
  industrial_zones: flags("zone", "operating", "plant_compliant"),
  industrial_clusters: flags("cụm", "operating", "plant_compliant"),
  health_facilities: flags("facility", "plant_meets_standard"),
  polluting_facilities: flags("facility", "remediated"),
  public_vehicles: count("xe"),
  environmental_incidents: count("sự cố"),
  hazardous_waste_generated_t: number("tấn"),
  hazardous_waste_treated_t: number("t"),
  organisations_in_scope: count("cơ quan"),
  organisations_with_plastic_plan: count("cơ quan"),
  solid_waste_generated_t_day: number("tấn/ngày"),
  solid_waste_sorted_t_day: number("t/day"),
  solid_waste_treated_t_day: number("t/day"),
  landfills: {
    kind: "list",
    itemUnit: unit("bãi chôn lấp"),
    fields: { sanitary: { type: "boolean" }, capacity_t: { type: "number", unit: unit("t") } },
  },
  polluted_sites: flags("khu vực", "treated"),
  urban_residents_piped: count("người"),
  rural_households_hygienic_water: count("hộ"),
  rural_households_hygienic_latrine: count("hộ"),
  reserve_area_ha: number("ha"),
  conservation_planned_ha: number("ha"),
  new_plantation_ha: number("ha"),
  forestry_land_ha: number("ha"),
  forest_burned_ha: number("ha"),
  forest_cleared_ha: number("ha"),
  renewable_kwh: number("kWh"),
  air_stations_auto: count("trạm"),
  monitored_facilities: flags("facility", "required", "transmitting"),
  env_budget_million_vnd: number("triệu đồng"),
  total_budget_million_vnd: number("million VND"),
  env_budget_vnd: number("VND"),
  env_officials: count("công chức"),
  hotline_received: count("phản ánh"),
  hotline_handled: count("phản ánh"),
  has_plastic_plan: { kind: "boolean" },
};

/** Indicator code → [formula, unit of the indicator as the framework states it]. */
export const PEPI_2782_FORMULAS: Readonly<Record<string, readonly [string, string]>> = {
  "01": ["ww_treated_qcvn / ww_generated * 100", "%"],
  "02": ["count(facilities_50m3 where treatment_compliant) / count(facilities_50m3) * 100", "%"],
  "03": [
    "count(industrial_zones where operating and plant_compliant) / count(industrial_zones where operating) * 100",
    "%",
  ],
  "04": [
    "count(industrial_clusters where operating and plant_compliant) / count(industrial_clusters where operating) * 100",
    "%",
  ],
  "05": ["count(health_facilities where plant_meets_standard) / count(health_facilities) * 100", "%"],
  "06": ["count(polluting_facilities where remediated) / count(polluting_facilities) * 100", "%"],
  "07": ["public_vehicles / urban_population * 10000", "xe/10.000 dân"],
  "08": ["environmental_incidents", "sự cố"],
  "09": ["hazardous_waste_treated_t / hazardous_waste_generated_t * 100", "%"],
  "10": ["organisations_with_plastic_plan / organisations_in_scope * 100", "%"],
  "11": ["solid_waste_sorted_t_day / solid_waste_generated_t_day * 100", "%"],
  "12": ["solid_waste_treated_t_day / solid_waste_generated_t_day * 100", "%"],
  "13": ["count(landfills where sanitary) / count(landfills) * 100", "%"],
  "14": ["count(polluted_sites where treated) / count(polluted_sites) * 100", "%"],
  "15": ["urban_residents_piped / urban_population * 100", "%"],
  "16": ["rural_households_hygienic_water / rural_households * 100", "%"],
  "17": ["rural_households_hygienic_latrine / rural_households * 100", "%"],
  "18": ["reserve_area_ha / conservation_planned_ha * 100", "%"],
  "19": ["new_plantation_ha / forestry_land_ha * 100", "%"],
  "20": ["forest_burned_ha + forest_cleared_ha", "ha"],
  "21": ["renewable_kwh", "kWh"],
  "22": [
    "if(urban_population_class4 > 0, air_stations_auto / urban_population_class4 * 10000, 0)",
    "trạm/10.000 dân",
  ],
  "23": [
    "count(monitored_facilities where required and transmitting) / count(monitored_facilities where required) * 100",
    "%",
  ],
  "24": ["env_budget_million_vnd / total_budget_million_vnd * 100", "%"],
  "25": ["env_officials / population * 1000000", "công chức/triệu dân"],
  "26": ["min(hotline_handled / hotline_received * 100, 100)", "%"],
};

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so failures can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plausible figures for one province-year, every element of the catalog filled. */
export function sampleInputs(random: () => number): FormulaInputs {
  const between = (low: number, high: number) => Math.round(low + random() * (high - low));
  const items = (size: number, make: () => ListItem) => Array.from({ length: size }, make);
  const yes = (share: number) => random() < share;
  const inputs: Record<string, FormulaInputs[string]> = {};
  for (const [code, entry] of Object.entries(PEPI_2782_CATALOG)) {
    if (entry.kind === "number") inputs[code] = between(1, 2_000_000);
    else if (entry.kind === "boolean") inputs[code] = yes(0.5);
  }
  Object.assign(inputs, {
    urban_population: between(200_000, 3_000_000),
    urban_residents_piped: between(100_000, 200_000),
    facilities_50m3: items(between(5, 40), () => ({
      name: "Cơ sở",
      treatment_compliant: yes(0.8),
      discharge_m3_day: between(50, 5000),
    })),
    industrial_zones: items(between(1, 12), () => ({ operating: yes(0.9), plant_compliant: yes(0.8) })),
    industrial_clusters: items(between(1, 30), () => ({ operating: yes(0.9), plant_compliant: yes(0.6) })),
    health_facilities: items(between(10, 80), () => ({ plant_meets_standard: yes(0.9) })),
    polluting_facilities: items(between(1, 10), () => ({ remediated: yes(0.7) })),
    landfills: items(between(2, 25), () => ({ sanitary: yes(0.5), capacity_t: between(1000, 90000) })),
    polluted_sites: items(between(1, 8), () => ({ treated: yes(0.5) })),
    monitored_facilities: items(between(5, 60), () => ({ required: true, transmitting: yes(0.6) })),
  });
  return inputs;
}
