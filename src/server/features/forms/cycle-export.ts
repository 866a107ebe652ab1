// A cycle's data for the coordinator and the Ministry dossier: every assigned figure with its
// value, review status and last change, the lists item by item, and the indicators computed from
// them with their points and last year, and the province's green index (PGI) up to the year. One
// gathering, three formats (xlsx, csv, json).
import type { CycleExport } from "../../../contracts/forms.js";
import { changePct } from "../../../domain/cycle/checks.js";
import type { ListItem } from "../../../domain/formula/index.js";
import { vietnameseUnitText } from "../../../domain/text/unit-labels.js";
import type { Db } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import { writeCycleDataXlsx } from "../../reports/cycle-data-workbook.js";
import { loadCycleState } from "../cycles/cycle-state.js";
import * as cyclesRepo from "../cycles/cycles.repo.js";
import { loadCycle } from "../cycles/guards.js";
import { pgiRowsOfCycle } from "../pgi/pgi-export.js";
import * as repo from "./forms.repo.js";

type ReviewStatus = CycleExport["values"][number]["reviewStatus"];

export async function loadCycleExport(db: Db, cycleId: string, now = new Date()): Promise<CycleExport> {
  const cycle = await loadCycle(db, cycleId);
  const summary = await cyclesRepo.findCycleSummary(db, cycleId);
  if (!summary) throw notFound("cycle");
  const state = await loadCycleState(db, cycle);
  const defs = new Map(state.framework.def.dataElements.map((e) => [e.code, e]));
  const stored = new Map(
    (await repo.listValuesWithAuthors(db, cycleId)).map((r) => [
      `${r.value.agencyId}:${r.value.elementCode}`,
      r,
    ]),
  );
  const assignments = await cyclesRepo.listAssignments(db, cycleId);
  const values: CycleExport["values"] = [];
  const items = new Map<string, CycleExport["lists"][number]["items"]>();
  for (const a of assignments) {
    const def = defs.get(a.elementCode);
    const row = stored.get(`${a.agencyId}:${a.elementCode}`);
    const v = row?.value;
    const list = Array.isArray(v?.valueList) ? (v.valueList as ListItem[]) : null;
    if (list)
      items.set(a.elementCode, [
        ...(items.get(a.elementCode) ?? []),
        ...list.map((values) => ({ agency: a.agencyName, values })),
      ]);
    values.push({
      year: cycle.year,
      agency: a.agencyName,
      element: a.elementCode,
      elementName: def?.name.vi ?? a.elementCode,
      unit: vietnameseUnitText(def?.unit),
      kind: def?.kind === "list" ? "list" : "number",
      value: v?.valueNumber != null ? Number(v.valueNumber) : null,
      itemCount: list ? list.length : null,
      reviewStatus: (v?.reviewStatus as ReviewStatus | undefined) ?? null,
      version: v?.version ?? null,
      updatedAt: v?.updatedAt.toISOString() ?? null,
      updatedBy: row?.updatedByName ?? null,
    });
  }
  const lists = [...defs.values()]
    .filter((d) => d.kind === "list" && assignments.some((a) => a.elementCode === d.code))
    .map((d) => ({
      element: d.code,
      name: d.name.vi,
      fields: (d.fields ?? []).map((f) => ({ code: f.code, name: f.name.vi, type: f.type })),
      items: items.get(d.code) ?? [],
    }));
  const indicators = state.result.indicators.map((line) => {
    const def = state.framework.indicators.get(line.code)!.def;
    const lastYear = state.lastYear?.indicators[line.code] ?? null;
    return {
      code: line.code,
      name: def.name.vi,
      status: line.status,
      value: line.value,
      unit: vietnameseUnitText(def.unit, def.unitLabel),
      points: line.hundredths / 100,
      maxPoints: line.maxHundredths / 100,
      lastYear,
      changePct: changePct(line.value, lastYear),
    };
  });
  return {
    cycle: {
      id: cycle.id,
      year: cycle.year,
      kind: cycle.kind,
      status: cycle.status,
      province: summary.orgUnitName,
      frameworkCode: cycle.frameworkCode,
      frameworkName: summary.frameworkName,
      editionCode: cycle.editionCode,
      frameworkVersion: state.version,
      exportedAt: now.toISOString(),
    },
    values,
    lists,
    indicators,
    total: {
      points: state.result.totalHundredths / 100,
      maxPoints: state.result.maxHundredths / 100,
      band: state.result.band?.vi ?? null,
      complete: state.result.complete,
    },
    pgi: await pgiRowsOfCycle(db, cycle, summary.orgUnitName),
  };
}

/** The cycle's data as an Excel workbook; the Ministry dossier includes it as it is. */
export async function writeCycleDataWorkbook(db: Db, cycleId: string): Promise<Buffer> {
  return writeCycleDataXlsx(await loadCycleExport(db, cycleId));
}

/** "Số liệu PEPI-2782 năm 2023 - Tỉnh X" (without the extension). */
export const exportBaseName = (e: CycleExport) =>
  `Số liệu ${e.cycle.frameworkCode} năm ${e.cycle.year} - ${e.cycle.province}`;
