// Checks made while an agency enters its figures: a number as people type it, the element's
// own rules (whole, not negative, bounds), a part not above the whole it is a share of, and
// the comparison with last year that decides when an explanation is needed.
import { type Ast, parseFormula } from "../formula/index.js";
import type { CompiledFramework } from "../framework/compile.js";
import { checkInputs } from "../framework/inputs.js";
import type { DataElementDef, FrameworkDef } from "../framework/schema.js";
import { parseDecimal } from "../text/numbers.js";

export type NumberEntry = { ok: true; value: number | null } | { ok: false; message: string };

/** Reads "1.234,5" or "1,234.5" (or nothing) and applies the element's rules. */
export function readNumberEntry(
  def: FrameworkDef,
  element: DataElementDef,
  text: string | null | undefined,
): NumberEntry {
  if (text === null || text === undefined || text.trim() === "") return { ok: true, value: null };
  const parsed = parseDecimal(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const problems = checkInputs(def, { [element.code]: parsed.value });
  if (problems.length > 0) return { ok: false, message: problems.map((p) => p.message).join("; ") };
  return { ok: true, value: parsed.value };
}

export interface RatioPair {
  numerator: string;
  denominator: string;
}

/** `a + b + c` as its referenced terms, or null when it is anything else. */
function sumTerms(node: Ast): string[] | null {
  if (node.kind === "reference") return [node.name];
  if (node.kind !== "binary" || node.operator !== "+") return null;
  const left = sumTerms(node.left);
  const right = sumTerms(node.right);
  return left && right ? [...left, ...right] : null;
}

/**
 * Element pairs divided one by the other with the same unit (treated wastewater ÷ wastewater,
 * households served ÷ households, or term by term in `(a + b) / (c + d)`): the part can never
 * exceed the whole.
 */
export function ratioPairs(framework: CompiledFramework): RatioPair[] {
  const units = new Map(framework.def.dataElements.map((e) => [e.code, e.unit ?? ""]));
  const pairs = new Map<string, RatioPair>();
  const visit = (node: Ast): void => {
    if (node.kind === "binary") {
      const top = node.operator === "/" ? sumTerms(node.left) : null;
      const bottom = node.operator === "/" ? sumTerms(node.right) : null;
      if (top && bottom && top.length === bottom.length) {
        top.forEach((numerator, i) => {
          const denominator = bottom[i]!;
          const unit = units.get(numerator);
          if (unit && unit === units.get(denominator))
            pairs.set(`${numerator}/${denominator}`, { numerator, denominator });
        });
      }
      visit(node.left);
      visit(node.right);
    } else if (node.kind === "negate" || node.kind === "not") visit(node.operand);
    else if (node.kind === "call") for (const arg of node.args) visit(arg);
  };
  for (const indicator of framework.indicators.values()) {
    if (!indicator.def.formula) continue;
    const parsed = parseFormula(indicator.def.formula);
    if (parsed.ok) visit(parsed.ast);
  }
  return [...pairs.values()];
}

/** A part reported above the whole it is a share of. */
export interface PartAboveWhole {
  part: string;
  whole: string;
  partValue: number;
  wholeValue: number;
}

/** Every part above its whole, the whole as reported or derived (wastewater from water supplied). */
export function partsAboveWholes(
  framework: CompiledFramework,
  inputs: Readonly<Record<string, unknown>>,
  derived: Readonly<Record<string, number | null>>,
): PartAboveWhole[] {
  return ratioPairs(framework).flatMap(({ numerator, denominator }) => {
    const partValue = inputs[numerator];
    const wholeValue = inputs[denominator] ?? derived[denominator];
    return typeof partValue === "number" && typeof wholeValue === "number" && partValue > wholeValue
      ? [{ part: numerator, whole: denominator, partValue, wholeValue }]
      : [];
  });
}

/** Relative change from last year in percent; null when there is no base to compare with. */
export function changePct(current: number | null, lastYear: number | null): number | null {
  if (current === null || lastYear === null || lastYear === 0) return null;
  return ((current - lastYear) / Math.abs(lastYear)) * 100;
}

export function worsened(
  direction: "higher_is_better" | "lower_is_better",
  current: number | null,
  lastYear: number | null,
): boolean {
  if (current === null || lastYear === null) return false;
  return direction === "higher_is_better" ? current < lastYear : current > lastYear;
}

/** An explanation is due when the change passes the cycle's threshold or goes the bad way. */
export function explanationRequired(
  change: number | null,
  thresholdPct: number,
  wentBadWay = false,
): boolean {
  return wentBadWay || (change !== null && Math.abs(change) > thresholdPct);
}
