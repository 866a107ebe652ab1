// The comparison base of a merged province for a year before the 2025 merger, built from the
// raw figures of the former provinces it was made of. Amounts (people, tonnes, m³, hectares) are
// summed; every indicator is then computed from the summed figures, so a ratio is the summed
// numerator over the summed denominator, never an average of the former provinces' percentages.
// A figure that cannot be summed (a score, a percentage) and an indicator known only from a
// report are taken only as the merged province's own value, given in the file; nothing is guessed.
import type { FormulaInput } from "../formula/index.js";
import type { CompiledFramework } from "./compile.js";
import { computeEdition, type EditionResult } from "./compute.js";
import type { DataElementDef } from "./schema.js";

export interface BaselineFigure {
  provinceCode: string;
  code: string;
  value: number;
}

/** How the merged value of a figure or an indicator was reached. */
export type MergeWay =
  /** Summed over every former province. */
  | "sum"
  /** Computed from the summed figures. */
  | "computed"
  /** The merged province's own value, given in the file. */
  | "given"
  /** Some former province has no value: no sum. */
  | "incomplete"
  /** A score or a percentage: only the merged province's own value is taken. */
  | "not_additive"
  /** Not computable from the figures there are. */
  | "not_computable";

export interface MergedFigureLine {
  code: string;
  name: string;
  unit: string | null;
  byProvince: Record<string, number | null>;
  merged: number | null;
  way: MergeWay;
  /** The former provinces without a value, when `incomplete`. */
  missing: string[];
}

export interface MergedIndicatorLine {
  code: string;
  name: string;
  unit: string | null;
  unitLabel: string | null;
  /** Each former province's own value: computed from its figures, or given. */
  byProvince: Record<string, number | null>;
  merged: number | null;
  way: MergeWay;
  reason: string | null;
}

export interface MergedBaseline {
  figures: MergedFigureLine[];
  indicators: MergedIndicatorLine[];
  /** The merged province's indicators computed from the merged figures, and scored. */
  result: EditionResult;
}

/**
 * The units of amounts, which add up across provinces. Any other unit (a score, a percentage, a
 * concentration, a rate per person) is not summed: a unit is added here only once it is known to
 * be an amount.
 */
const amountUnits = new Set([
  "person",
  "household",
  "m3",
  "t",
  "t/day",
  "ha",
  "kWh",
  "vehicle",
  "station",
  "report",
  "incident",
  "million VND",
]);

export function isAdditive(def: Pick<DataElementDef, "unit" | "kind" | "formula">): boolean {
  return def.kind === "number" && !def.formula && amountUnits.has((def.unit ?? "").trim());
}

export function mergeBaseline(
  framework: CompiledFramework,
  editionCode: string,
  mergedCode: string,
  formerCodes: readonly string[],
  figures: readonly BaselineFigure[],
): MergedBaseline {
  const known = new Map(figures.map((f) => [`${f.provinceCode}|${f.code}`, f.value]));
  const value = (province: string, code: string) => known.get(`${province}|${code}`) ?? null;
  const reported = framework.def.dataElements.filter((e) => e.kind === "number" && !e.formula);

  const lines: MergedFigureLine[] = reported.map((def) => {
    const byProvince = Object.fromEntries(formerCodes.map((p) => [p, value(p, def.code)]));
    const missing = formerCodes.filter((p) => byProvince[p] === null);
    const given = value(mergedCode, def.code);
    const base = { code: def.code, name: def.name.vi, unit: def.unit ?? null, byProvince, missing };
    if (given !== null) return { ...base, merged: given, way: "given", missing: [] };
    if (!isAdditive(def)) return { ...base, merged: null, way: "not_additive", missing: [] };
    if (missing.length > 0) return { ...base, merged: null, way: "incomplete" };
    const sum = formerCodes.reduce((total, p) => total + byProvince[p]!, 0);
    return { ...base, merged: sum, way: "sum", missing: [] };
  });

  const inputsOf = (province: string): Record<string, FormulaInput> => {
    const inputs: Record<string, FormulaInput> = {};
    for (const f of figures) if (f.provinceCode === province) inputs[f.code] = f.value;
    return inputs;
  };
  const mergedInputs: Record<string, FormulaInput> = inputsOf(mergedCode);
  for (const line of lines) if (line.merged !== null) mergedInputs[line.code] = line.merged;

  const result = computeEdition(framework, editionCode, mergedInputs);
  const own = Object.fromEntries(
    formerCodes.map((p) => [p, computeEdition(framework, editionCode, inputsOf(p))]),
  );
  const indicators: MergedIndicatorLine[] = result.indicators
    .filter((r) => r.status !== "not_assessed")
    .map((r) => {
      const def = framework.indicators.get(r.code)!.def;
      const byProvince = Object.fromEntries(
        formerCodes.map((p) => [p, value(p, r.code) ?? computedValue(own[p]!, r.code)]),
      );
      const given = value(mergedCode, r.code);
      const base = {
        code: r.code,
        name: def.name.vi,
        unit: def.unit ?? null,
        unitLabel: def.unitLabel ?? null,
        byProvince,
      };
      if (given !== null) return { ...base, merged: given, way: "given", reason: null };
      if (r.status === "computed") return { ...base, merged: r.value, way: "computed", reason: null };
      return { ...base, merged: null, way: "not_computable", reason: r.reason };
    });
  return { figures: lines, indicators, result };
}

/** A province's own value of an indicator, only when its figures computed it. */
function computedValue(result: EditionResult, code: string): number | null {
  const line = result.indicators.find((i) => i.code === code);
  return line?.status === "computed" ? line.value : null;
}
