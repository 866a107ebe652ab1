// Computes and scores one province-year: derived elements, every assessed indicator's value
// and points, group totals, the total and its rating band. An indicator that cannot be
// computed says why and scores nothing; the total says it is incomplete.
import type { FormulaInput, FormulaInputs } from "../formula/index.js";
import { ratingBand } from "./bands.js";
import type { CompiledFramework } from "./compile.js";
import type { LocalText, NotApplicableRule } from "./schema.js";
import { scoreIndicator } from "./scoring.js";

export type IndicatorStatus = "computed" | "not_computable" | "not_assessed" | "not_applicable";

export interface IndicatorResult {
  code: string;
  group: string;
  status: IndicatorStatus;
  value: number | null;
  reason: string | null;
  lastYearValue: number | null;
  hundredths: number;
  maxHundredths: number;
}

export interface GroupResult {
  code: string;
  hundredths: number;
  maxHundredths: number;
  /** The points of indicators not applicable, spread over the rest of the group (rule `redistribute`). */
  redistributed: boolean;
}

export interface EditionResult {
  frameworkCode: string;
  editionCode: string;
  indicators: IndicatorResult[];
  groups: GroupResult[];
  totalHundredths: number;
  maxHundredths: number;
  band: LocalText | null;
  /** False when some assessed indicator could not be computed. */
  complete: boolean;
  /** Values of derived elements (e.g. wastewater estimated from water supplied). */
  derived: Record<string, number | null>;
}

export interface ComputeOptions {
  /** Last year's indicator values, for the improvement rule and the comparison. */
  lastYear?: Readonly<Record<string, number | null | undefined>>;
  /**
   * Indicators the coordinator marked not applicable to the province. Each is scored by its own
   * rule in the framework; one without a rule cannot be marked (the caller refuses it).
   */
  notApplicable?: ReadonlySet<string>;
}

export function computeEdition(
  framework: CompiledFramework,
  editionCode: string,
  inputs: FormulaInputs,
  options: ComputeOptions = {},
): EditionResult {
  const edition = framework.editions.get(editionCode);
  if (!edition) throw new Error(`Framework ${framework.def.code} has no edition ${editionCode}`);
  const values: Record<string, FormulaInput> = { ...inputs };
  const derivedValues: Record<string, number | null> = {};
  for (const derived of framework.derivedOrder) {
    const result = derived.formula(values);
    values[derived.code] = result.ok ? result.value : undefined;
    derivedValues[derived.code] = result.ok ? result.value : null;
  }

  const names = new Map(framework.def.dataElements.map((e) => [e.code, e.name.vi]));
  const indicators: IndicatorResult[] = edition.def.indicators.map((entry) => {
    const compiled = framework.indicators.get(entry.code)!;
    const maxHundredths = edition.points.maxHundredths.get(entry.code);
    const lastYearValue = options.lastYear?.[entry.code] ?? null;
    const base = {
      code: entry.code,
      group: compiled.def.group,
      lastYearValue,
      value: null,
      reason: null,
      hundredths: 0,
    };
    if (maxHundredths === undefined) return { ...base, status: "not_assessed", maxHundredths: 0 };
    const rule = compiled.def.notApplicable;
    if (rule && options.notApplicable?.has(entry.code))
      return {
        ...base,
        ...notApplicableScore(rule.rule, maxHundredths),
        status: "not_applicable",
        reason: `Không áp dụng (${rule.when.vi}): ${notApplicableRuleVi[rule.rule]}`,
      };
    const evaluated = compiled.formula
      ? compiled.formula(values)
      : externalValue(values[entry.code], entry.code);
    if (!evaluated.ok)
      return {
        ...base,
        status: "not_computable",
        reason: readableReason(evaluated.reason.message, names),
        maxHundredths,
      };
    const value = evaluated.value;
    if (compiled.def.unit === "%" && value > 100) {
      return {
        ...base,
        value,
        status: "not_computable",
        maxHundredths,
        reason: "Tỷ lệ vượt 100%: tử số lớn hơn mẫu số, cần kiểm tra lại số liệu",
      };
    }
    const scored = scoreIndicator({
      rule: entry.scoring,
      maxPoints: maxHundredths / 100,
      direction: compiled.def.direction,
      value,
      lastYearValue,
    });
    if (!scored.ok) return { ...base, value, status: "not_computable", reason: scored.reason, maxHundredths };
    return {
      ...base,
      value,
      status: "computed",
      hundredths: Math.min(scored.hundredths, maxHundredths),
      maxHundredths,
    };
  });

  const groups = edition.def.groups.map((group) => {
    const members = indicators.filter((i) => i.group === group.code);
    const hundredths = members.reduce((sum, i) => sum + i.hundredths, 0);
    const maxHundredths = members.reduce((sum, i) => sum + i.maxHundredths, 0);
    // Points of indicators not applicable under `redistribute`: the rest of the group is scaled
    // back up to the group's full maximum.
    const spread = members
      .filter((i) => i.status === "not_applicable")
      .filter((i) => framework.indicators.get(i.code)?.def.notApplicable?.rule === "redistribute")
      .reduce((sum, i) => sum + (edition.points.maxHundredths.get(i.code) ?? 0), 0);
    if (spread === 0 || maxHundredths === 0)
      return { code: group.code, hundredths, maxHundredths, redistributed: false };
    const full = maxHundredths + spread;
    return {
      code: group.code,
      hundredths: Math.round((hundredths * full) / maxHundredths),
      maxHundredths: full,
      redistributed: true,
    };
  });
  const totalHundredths = groups.reduce((sum, g) => sum + g.hundredths, 0);
  return {
    frameworkCode: framework.def.code,
    editionCode,
    indicators,
    groups,
    totalHundredths,
    maxHundredths: groups.reduce((sum, g) => sum + g.maxHundredths, 0),
    band: ratingBand(edition.def.bands, totalHundredths)?.label ?? null,
    complete: indicators.every((i) => i.status !== "not_computable"),
    derived: derivedValues,
  };
}

export const notApplicableRuleVi: Record<NotApplicableRule, string> = {
  full_points: "được tính đủ điểm",
  redistribute: "điểm được chia cho các chỉ số còn lại của nhóm",
  exclude: "không tính vào điểm tối đa",
  zero: "không được điểm",
};

/** Points and maximum of an indicator marked not applicable, by its framework's rule. */
function notApplicableScore(rule: NotApplicableRule, maxHundredths: number) {
  switch (rule) {
    case "full_points":
      return { hundredths: maxHundredths, maxHundredths };
    case "zero":
      return { hundredths: 0, maxHundredths };
    case "exclude":
    case "redistribute":
      // Left out of the group's maximum; `redistribute` then scales the group back up.
      return { hundredths: 0, maxHundredths: 0 };
  }
}

/** A reason says figures by their names: "Thiếu số liệu: “Dân số khu vực đô thị”", not a code. */
export function readableReason(reason: string, names: ReadonlyMap<string, string>): string {
  return reason.replace(/\b[a-z][a-z0-9_]*\b/g, (code) => (names.has(code) ? `“${names.get(code)}”` : code));
}

function externalValue(input: FormulaInput, code: string) {
  if (typeof input === "number" && Number.isFinite(input)) return { ok: true as const, value: input };
  return { ok: false as const, reason: { message: `Thiếu số liệu: ${code}` } };
}
