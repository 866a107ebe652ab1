// The breakdown of a computed total, line by line, as the API returns it: each indicator with
// its value, points, formula, the inputs it read and whether any of its rules is provisional.
import type { EditionResultView } from "../../../contracts/frameworks.js";
import type { FormulaInputs } from "../../../domain/formula/index.js";
import type { CompiledFramework } from "../../../domain/framework/compile.js";
import type { EditionResult } from "../../../domain/framework/compute.js";
import type { InputIssue } from "../../../domain/framework/inputs.js";
import { defaultOf, resolveProvenance } from "../../../domain/framework/provenance.js";
import type { RankEstimate } from "../../../domain/results/ranking.js";
import { type ResultStatus, resultStatus } from "../../../domain/results/result-status.js";

/** Whether any rule behind an indicator (points, scoring, formula, unit) is provisional. */
function rulesProvisional(framework: CompiledFramework, editionCode: string, code: string): boolean {
  const edition = framework.editions.get(editionCode)!.def;
  const top = defaultOf(framework.def.provenance, "provisional");
  const entry = edition.indicators.find((i) => i.code === code)!;
  const rules = resolveProvenance(entry.provenance, defaultOf(edition.provenance, top), [
    "points",
    "scoring",
  ]);
  const own = resolveProvenance(framework.indicators.get(code)!.def.provenance, top, ["formula", "unit"]);
  return [...Object.values(rules), ...Object.values(own)].includes("provisional");
}

export const isExternal = (framework: CompiledFramework, editionCode: string, code: string) =>
  framework.editions.get(editionCode)!.def.indicators.find((i) => i.code === code)?.scoring.type ===
  "external";

/** What a computed result is: its groups in or missing, what could not be computed, provisional rules. */
export function statusOfResult(framework: CompiledFramework, result: EditionResult): ResultStatus {
  return resultStatus({
    groups: result.groups.map((g) => ({
      code: g.code,
      points: g.hundredths / 100,
      maxPoints: g.maxHundredths / 100,
    })),
    indicators: result.indicators.map((i) => ({
      code: i.code,
      group: i.group,
      status: i.status,
      reason: i.reason,
      external: isExternal(framework, result.editionCode, i.code),
      provisional: rulesProvisional(framework, result.editionCode, i.code),
    })),
  });
}

export function presentResult(
  framework: CompiledFramework,
  version: number,
  result: EditionResult,
  inputs: FormulaInputs,
  inputIssues: InputIssue[],
  rank: (RankEstimate & { year: number }) | null,
): EditionResultView {
  const edition = framework.editions.get(result.editionCode)!.def;
  const status = statusOfResult(framework, result);
  const elementNames = new Map(framework.def.dataElements.map((e) => [e.code, e.name.vi]));
  const inputValue = (code: string) =>
    code in result.derived ? result.derived[code] : (inputs[code] ?? null);
  return {
    frameworkCode: framework.def.code,
    version,
    editionCode: result.editionCode,
    indicators: result.indicators.map((line) => {
      const compiled = framework.indicators.get(line.code)!;
      return {
        code: line.code,
        name: compiled.def.name,
        unit: compiled.def.unit,
        unitLabel: compiled.def.unitLabel ?? null,
        group: line.group,
        status: line.status,
        value: line.value,
        reason: line.reason,
        lastYearValue: line.lastYearValue,
        change: line.value !== null && line.lastYearValue !== null ? line.value - line.lastYearValue : null,
        points: line.hundredths / 100,
        maxPoints: line.maxHundredths / 100,
        formula: compiled.def.formula ?? null,
        inputs: (compiled.references.length ? compiled.references : [line.code]).map((code) => ({
          code,
          name: elementNames.get(code) ?? code,
          value: inputValue(code),
        })),
        provisional: rulesProvisional(framework, result.editionCode, line.code),
        external: isExternal(framework, result.editionCode, line.code),
        agencies: compiled.def.agencies ?? [],
      };
    }),
    groups: result.groups.map((g) => ({
      code: g.code,
      name: edition.groups.find((x) => x.code === g.code)!.name,
      points: g.hundredths / 100,
      maxPoints: g.maxHundredths / 100,
      redistributed: g.redistributed,
    })),
    total: result.totalHundredths / 100,
    maxTotal: result.maxHundredths / 100,
    band: status.complete ? result.band : null,
    complete: status.complete,
    status,
    inputIssues,
    rank,
  };
}
