// Realistic inputs for PEPI 2782 (values in the range of those published for Đà Nẵng 2021 and
// Lào Cai 2022), shared by the engine's tests and the benchmark.
import { readFileSync } from "node:fs";
import type { FormulaInputs } from "../formula/index.js";
import { type CompiledFramework, compileFrameworkText } from "./compile.js";

export function shippedFrameworkText(file: string): string {
  return readFileSync(new URL(`../../../frameworks/${file}`, import.meta.url), "utf8");
}

export function compileShipped(file: string): CompiledFramework {
  const result = compileFrameworkText(shippedFrameworkText(file), file);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("\n"));
  return result.framework;
}

/** The shipped PEPI 2782 file with a change made to its text, compiled. */
export function compileWith(change: (text: string) => string, file = "pepi-2782.yaml"): CompiledFramework {
  const result = compileFrameworkText(change(shippedFrameworkText(file)), file);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("\n"));
  return result.framework;
}

const list = (n: number, compliant: number, field: string) =>
  Array.from({ length: n }, (_, i) => ({ name: `Mục ${i + 1}`, [field]: i < compliant }));

export function samplePepiInputs(scale = 1): FormulaInputs {
  return {
    population_total: 1_220_000,
    urban_population: 1_060_000,
    urban_population_class4: 1_060_000,
    rural_population: 160_000,
    rural_households: 42_000,
    urban_water_supplied_m3: 90_000_000 * scale,
    urban_wastewater_treated_m3: 63_500_000 * scale,
    facilities_50m3: list(46, 40, "compliant"),
    industrial_zones: list(6, 6, "plant_compliant"),
    industrial_clusters: list(9, 5, "plant_compliant"),
    health_facilities: list(50, 49, "plant_compliant"),
    serious_polluters: list(3, 2, "remediated"),
    public_transport_vehicles: 320,
    waste_incidents: 1,
    hazardous_waste_generated_t: 12_000,
    hazardous_waste_treated_t: 11_400,
    medical_hazardous_waste_generated_t: 900,
    medical_hazardous_waste_treated_t: 900,
    plastic_scope_bodies: list(120, 96, "has_plan"),
    solid_waste_generated_t_day: 1_150,
    solid_waste_sorted_t_day: 713,
    solid_waste_treated_t_day: 1_024,
    landfills: list(4, 3, "sanitary"),
    polluted_sites: list(5, 2, "treated"),
    urban_population_piped_water: 1_060_000,
    rural_households_hygienic_water: 41_200,
    rural_households_hygienic_latrine: 39_800,
    reserves_established_ha: 28_500,
    conservation_planned_ha: 31_000,
    new_plantation_ha: 520,
    forestry_land_planned_ha: 34_800,
    natural_forest_burned_ha: 0.5,
    natural_forest_cleared_ha: 0.32,
    renewable_electricity_kwh: 83_108_003,
    air_stations_class4: 12,
    monitoring_required: list(92, 50, "transmitting"),
    env_recurrent_spending_mvnd: 410_000,
    total_budget_spending_mvnd: 24_000_000,
    env_officials: 260,
    hotline_reports_received: 840,
    hotline_reports_handled: 826,
    satisfaction_points: 27.1,
  };
}
