// Which data elements an edition needs reported, and which indicators read each of them.
// Derived elements (computed from others) are followed down to the figures people report.
import { collectReferences, parseFormula } from "../formula/index.js";
import type { CompiledFramework } from "../framework/compile.js";

// A compiled framework never changes, so what an edition reads is worked out once.
const cache = new WeakMap<CompiledFramework, Map<string, Map<string, string[]>>>();

/** Reported element codes each indicator reads, derived elements expanded. */
export function indicatorElements(framework: CompiledFramework, editionCode: string): Map<string, string[]> {
  const byEdition = cache.get(framework) ?? new Map<string, Map<string, string[]>>();
  cache.set(framework, byEdition);
  const known = byEdition.get(editionCode);
  if (known) return known;
  const computed = computeIndicatorElements(framework, editionCode);
  byEdition.set(editionCode, computed);
  return computed;
}

function computeIndicatorElements(framework: CompiledFramework, editionCode: string): Map<string, string[]> {
  const edition = framework.editions.get(editionCode);
  if (!edition) return new Map();
  const elements = new Map(framework.def.dataElements.map((e) => [e.code, e]));
  const derivedRefs = new Map<string, string[]>();
  for (const element of framework.def.dataElements) {
    if (!element.formula) continue;
    const parsed = parseFormula(element.formula);
    derivedRefs.set(element.code, parsed.ok ? collectReferences(parsed.ast) : []);
  }
  const expand = (code: string, seen: Set<string>): string[] => {
    if (seen.has(code)) return [];
    seen.add(code);
    const refs = derivedRefs.get(code);
    if (!refs) return elements.has(code) ? [code] : [];
    return refs.flatMap((ref) => expand(ref, seen));
  };
  const notAssessed = new Set(edition.def.notAssessed?.codes ?? []);
  const result = new Map<string, string[]>();
  for (const { code } of edition.def.indicators) {
    if (notAssessed.has(code)) continue;
    const indicator = framework.indicators.get(code);
    if (!indicator) continue;
    const seen = new Set<string>();
    result.set(code, [...new Set(indicator.references.flatMap((ref) => expand(ref, seen)))]);
  }
  return result;
}

/** Element code → the indicators of the edition that read it. */
export function elementIndicators(byIndicator: Map<string, string[]>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [indicator, elements] of byIndicator) {
    for (const element of elements) result.set(element, [...(result.get(element) ?? []), indicator]);
  }
  return result;
}
