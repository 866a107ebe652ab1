// Everything known about a cycle's figures at one moment: every agency's values summed per
// element, the indicators computed from them, and last year's figures to compare with.
import type { FormulaInput, ListItem } from "../../../domain/formula/index.js";
import { type CompiledFramework, editionForYear } from "../../../domain/framework/compile.js";
import { computeEdition, type EditionResult } from "../../../domain/framework/compute.js";
import { lastSuccessors } from "../../../domain/org/agency-lineage.js";
import type { DbOrTx } from "../../db/client.js";
import * as agenciesRepo from "../agencies/agencies.repo.js";
import type { CycleRow } from "./cycles.repo.js";
import * as repo from "./cycles.repo.js";
import { cycleFramework } from "./cycles.service.js";
import * as values from "./values.repo.js";

type ValueJoin = Awaited<ReturnType<typeof values.listValues>>[number];

export interface LastYearBase {
  year: number;
  /** Element totals of last year. */
  elements: Map<string, number>;
  /**
   * Last year's part of one agency: `${agencyId}:${element}`, with the parts of the agencies merged
   * into it since (what Sở Giao thông vận tải reported is found under Sở Xây dựng).
   */
  parts: Map<string, number>;
  indicators: Record<string, number | null>;
}

export interface CycleState {
  framework: CompiledFramework;
  version: number;
  versionId: string;
  byIndicator: Map<string, string[]>;
  byElement: Map<string, string[]>;
  rows: ValueJoin[];
  inputs: Record<string, FormulaInput>;
  result: EditionResult;
  lastYear: LastYearBase | null;
}

const asNumber = (text: string | null) => (text === null ? null : Number(text));

/** Sums numeric parts and joins list parts, so several agencies' shares make one figure. */
export function combineValues(
  rows: readonly { value: { elementCode: string; valueNumber: string | null; valueList: unknown } }[],
) {
  const inputs: Record<string, FormulaInput> = {};
  for (const { value } of rows) {
    const code = value.elementCode;
    if (value.valueList !== null && value.valueList !== undefined) {
      const previous = Array.isArray(inputs[code]) ? (inputs[code] as ListItem[]) : [];
      inputs[code] = [...previous, ...(value.valueList as ListItem[])];
    } else if (value.valueNumber !== null) {
      const previous = typeof inputs[code] === "number" ? (inputs[code] as number) : 0;
      inputs[code] = previous + Number(value.valueNumber);
    }
  }
  return inputs;
}

async function lastYearOf(
  db: DbOrTx,
  cycle: CycleRow,
  framework: CompiledFramework,
): Promise<LastYearBase | null> {
  const previous = await values.findPreviousCycle(db, cycle);
  if (previous) {
    const rows = await assignedValues(db, previous.id);
    const inputs = combineValues(rows);
    const elements = new Map<string, number>();
    for (const [code, v] of Object.entries(inputs)) if (typeof v === "number") elements.set(code, v);
    // An agency merged into another since counts in its successor's part too (lastSuccessors).
    const successors = lastSuccessors(await agenciesRepo.mergedAgencies(db));
    const parts = new Map<string, number>();
    const addPart = (key: string, n: number) => parts.set(key, (parts.get(key) ?? 0) + n);
    for (const { value } of rows) {
      const n = asNumber(value.valueNumber);
      if (n === null) continue;
      addPart(`${value.agencyId}:${value.elementCode}`, n);
      const successor = successors.get(value.agencyId);
      if (successor) addPart(`${successor}:${value.elementCode}`, n);
    }
    const edition = framework.editions.has(previous.editionCode)
      ? previous.editionCode
      : editionForYear(framework, previous.year)?.def.code;
    const indicators: Record<string, number | null> = {};
    if (edition)
      for (const line of computeEdition(framework, edition, inputs, {
        notApplicable: new Set(Object.keys(previous.notApplicable ?? {})),
      }).indicators)
        indicators[line.code] = line.value;
    // Values known only as results (a history year) take precedence over what could be computed.
    for (const [code, v] of Object.entries((previous.indicatorBaseline ?? {}) as Record<string, number>))
      indicators[code] = v;
    return { year: previous.year, elements, parts, indicators };
  }
  const stored = await values.findStoredComputation(db, cycle.orgUnitId, cycle.year - 1);
  if (!stored) return null;
  const view = stored.result as { indicators?: { code: string; value: number | null }[] };
  const indicators = Object.fromEntries((view.indicators ?? []).map((i) => [i.code, i.value]));
  return { year: cycle.year - 1, elements: new Map(), parts: new Map(), indicators };
}

/**
 * Values whose assignment was removed or moved stay in history but no longer count; nor do the
 * unsent figures of an agency the cycle goes ahead without (proposed or accepted as missing).
 */
async function assignedValues(db: DbOrTx, cycleId: string) {
  const assigned = new Set(
    (await repo.listAssignments(db, cycleId)).map((a) => `${a.agencyId}:${a.elementCode}`),
  );
  const missing = new Set(await repo.missingAgencyIds(db, cycleId));
  return (await values.listValues(db, cycleId)).filter(
    (r) => assigned.has(`${r.value.agencyId}:${r.value.elementCode}`) && !missing.has(r.value.agencyId),
  );
}

export async function loadCycleState(db: DbOrTx, cycle: CycleRow): Promise<CycleState> {
  const loaded = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const rows = await assignedValues(db, cycle.id);
  const inputs = combineValues(rows);
  const lastYear = await lastYearOf(db, cycle, loaded.framework);
  const marks = cycle.notApplicable ?? {};
  const computed = computeEdition(loaded.framework, cycle.editionCode, inputs, {
    lastYear: lastYear?.indicators,
    notApplicable: new Set(Object.keys(marks)),
  });
  // An indicator not applicable says why and on what grounds, wherever it is shown.
  const result = {
    ...computed,
    indicators: computed.indicators.map((line) => {
      const mark = line.status === "not_applicable" ? marks[line.code] : undefined;
      return mark
        ? { ...line, reason: `${line.reason}. Lý do: ${mark.reason}; căn cứ: ${mark.evidence}` }
        : line;
    }),
  };
  return {
    framework: loaded.framework,
    version: loaded.version,
    versionId: loaded.versionId,
    byIndicator: loaded.byIndicator,
    byElement: loaded.byElement,
    rows,
    inputs,
    result,
    lastYear,
  };
}

/**
 * A cycle's indicators as they stand now, without last year's comparison (half the reading of
 * `loadCycleState`): what a plan's targets read. A value known only as a result (a history year's
 * baseline) takes precedence over what could be computed.
 */
export async function currentIndicators(db: DbOrTx, cycle: CycleRow) {
  const { framework } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const result = computeEdition(
    framework,
    cycle.editionCode,
    combineValues(await assignedValues(db, cycle.id)),
    {
      notApplicable: new Set(Object.keys(cycle.notApplicable ?? {})),
    },
  );
  const values: Record<string, number | null> = Object.fromEntries(
    result.indicators.map((i) => [i.code, i.value]),
  );
  for (const [code, v] of Object.entries((cycle.indicatorBaseline ?? {}) as Record<string, number>))
    values[code] = v;
  return { framework, result, values };
}
