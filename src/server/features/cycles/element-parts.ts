// A figure many agencies report a part of (150 communes' solid waste): the province's figure is
// the sum of the parts, and the coordinator sees each part, with who has not reported it yet and
// who has recorded that it has none.
import type { ElementParts } from "../../../contracts/cycles.js";
import { vietnameseUnitText } from "../../../domain/text/unit-labels.js";
import type { DbOrTx } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import { combineValues } from "./cycle-state.js";
import * as repo from "./cycles.repo.js";
import { cycleFramework } from "./cycles.service.js";
import { loadCycle } from "./guards.js";
import * as values from "./values.repo.js";

export async function elementParts(db: DbOrTx, cycleId: string, elementCode: string): Promise<ElementParts> {
  const cycle = await loadCycle(db, cycleId);
  const { framework } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const def = framework.def.dataElements.find((e) => e.code === elementCode);
  if (!def) throw notFound("dataElement");
  const assigned = (await repo.listAssignments(db, cycleId)).filter((a) => a.elementCode === elementCode);
  const stored = new Map(
    (await values.listValues(db, cycleId))
      .filter((r) => r.value.elementCode === elementCode)
      .map((r) => [r.value.agencyId, r.value]),
  );
  const parts = assigned.map((a) => {
    const v = stored.get(a.agencyId);
    const list = Array.isArray(v?.valueList) ? v.valueList : null;
    const entered = v && (v.valueNumber !== null || list !== null);
    return {
      agency: { id: a.agencyId, name: a.agencyName },
      value: v?.valueNumber != null ? Number(v.valueNumber) : null,
      listRows: list ? list.length : null,
      state: a.noDataReason ? ("no_data" as const) : entered ? ("entered" as const) : ("missing" as const),
      noDataReason: a.noDataReason,
    };
  });
  const total = combineValues([...stored.values()].map((value) => ({ value })))[elementCode];
  return {
    element: { code: def.code, name: def.name.vi, unit: vietnameseUnitText(def.unit), kind: def.kind },
    total: typeof total === "number" ? total : null,
    totalRows: Array.isArray(total) ? total.length : null,
    parts,
    missing: parts.filter((p) => p.state === "missing").length,
  };
}
