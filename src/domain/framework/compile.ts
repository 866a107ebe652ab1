// From a framework file to a framework ready to compute: load (syntax and shape), check its
// structure, its units and every formula, and compile the formulas once. A file with any
// problem is refused as a whole, with every problem located.
import {
  type Ast,
  type CompiledFormula,
  checkFormula,
  collectReferences,
  compileFormula,
  evaluationOrder,
  type FormulaCatalog,
  findCycles,
  parseFormula,
  parseUnit,
  sameDimensions,
  type Unit,
} from "../formula/index.js";
import { buildCatalog } from "./catalog.js";
import { type FrameworkIssue, formatPath } from "./issues.js";
import { type LoadedFramework, loadFrameworkText } from "./load.js";
import { type EffectivePoints, effectivePoints } from "./points.js";
import type { EditionDef, FrameworkDef, IndicatorDef } from "./schema.js";
import { validateStructure } from "./validate-structure.js";

export interface CompiledIndicator {
  def: IndicatorDef;
  unit: Unit;
  /** Absent when the value comes from outside (taken from the input named by the indicator's code). */
  formula?: CompiledFormula;
  /** The data elements the formula reads, to show them beside the value. */
  references: string[];
}

export interface CompiledEdition {
  def: EditionDef;
  points: EffectivePoints;
}

export interface CompiledFramework {
  def: FrameworkDef;
  catalog: FormulaCatalog;
  derivedOrder: { code: string; formula: CompiledFormula }[];
  indicators: Map<string, CompiledIndicator>;
  editions: Map<string, CompiledEdition>;
}

export type CompileResult =
  | { ok: true; framework: CompiledFramework }
  | { ok: false; issues: FrameworkIssue[] };

export function compileFrameworkText(text: string, file: string): CompileResult {
  const loaded = loadFrameworkText(text, file);
  return loaded.ok ? compileFramework(loaded.value, file) : loaded;
}

export function compileFramework({ def, lineOf }: LoadedFramework, file: string): CompileResult {
  const issues: FrameworkIssue[] = [];
  const report = (path: (string | number)[], message: string, indicator?: string) =>
    issues.push({
      file,
      line: lineOf(path),
      path: formatPath(path),
      indicator,
      field: fieldOf(path),
      message,
    });

  for (const p of validateStructure(def)) report(p.path, p.message, p.indicator);
  const { catalog, problems } = buildCatalog(def.dataElements);
  for (const p of problems)
    report(["dataElements", p.index, p.field], p.message, def.dataElements[p.index]?.code);

  // Derived elements: parsed, checked, and ordered so that each is computed after what it uses.
  const derivedAsts: Record<string, Ast> = {};
  def.dataElements.forEach((element, index) => {
    if (!element.formula) return;
    const ast = parseAndCheck(
      element.formula,
      catalog,
      ["dataElements", index, "formula"],
      element.code,
      report,
    );
    if (ast) derivedAsts[element.code] = ast;
  });
  for (const cycle of findCycles(derivedAsts)) {
    const index = def.dataElements.findIndex((e) => e.code === cycle[0]);
    const chain = [...cycle, cycle[0]].join(" → ");
    report(["dataElements", index, "formula"], `Công thức tham chiếu vòng tròn: ${chain}`, cycle[0]);
  }

  const indicators = new Map<string, CompiledIndicator>();
  def.indicators.forEach((indicator, index) => {
    const unitResult = parseUnit(indicator.unit);
    if (!unitResult.ok) {
      report(["indicators", index, "unit"], unitResult.message, indicator.code);
      return;
    }
    if (!indicator.formula) {
      indicators.set(indicator.code, { def: indicator, unit: unitResult.unit, references: [] });
      return;
    }
    const path = ["indicators", index, "formula"];
    const ast = parseAndCheck(indicator.formula, catalog, path, indicator.code, report, (unit) => {
      if (!sameDimensions(unit, unitResult.unit)) {
        report(
          path,
          `Công thức cho kết quả theo đơn vị “${unit.label}”, chỉ số khai báo “${indicator.unit}”`,
          indicator.code,
        );
      }
    });
    if (ast) {
      const formula = compileFormula(ast);
      indicators.set(indicator.code, {
        def: indicator,
        unit: unitResult.unit,
        formula,
        references: collectReferences(ast),
      });
    }
  });

  if (issues.length > 0) return { ok: false, issues };
  const order = evaluationOrder(derivedAsts);
  const derivedOrder = order.ok
    ? order.order
        .filter((code) => code in derivedAsts)
        .map((code) => ({ code, formula: compileFormula(derivedAsts[code]!) }))
    : [];
  const byCode = new Map(def.indicators.map((i) => [i.code, i]));
  const editions = new Map(def.editions.map((e) => [e.code, { def: e, points: effectivePoints(e, byCode) }]));
  return { ok: true, framework: { def, catalog, derivedOrder, indicators, editions } };
}

function parseAndCheck(
  text: string,
  catalog: FormulaCatalog,
  path: (string | number)[],
  code: string,
  report: (path: (string | number)[], message: string, indicator?: string) => void,
  onUnit?: (unit: Unit) => void,
): Ast | undefined {
  const parsed = parseFormula(text);
  if (!parsed.ok) {
    report(path, `${parsed.error.message} (vị trí ${parsed.error.position + 1})`, code);
    return undefined;
  }
  const checked = checkFormula(parsed.ast, catalog);
  if (!checked.ok) {
    for (const error of checked.errors) report(path, error.message, code);
    return undefined;
  }
  onUnit?.(checked.unit);
  return parsed.ast;
}

function fieldOf(path: (string | number)[]): string | undefined {
  const last = path.at(-1);
  return typeof last === "string" ? last : undefined;
}

/** The edition in force for an assessment year, if any. */
export function editionForYear(framework: CompiledFramework, year: number): CompiledEdition | undefined {
  return [...framework.editions.values()].find(
    (e) => e.def.years.from <= year && (e.def.years.to === undefined || year <= e.def.years.to),
  );
}
