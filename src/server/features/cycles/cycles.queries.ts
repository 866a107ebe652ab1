// Read models of cycles: the list, one cycle with its assignments and submissions, a value's history.
import type { AgencyKind } from "../../../contracts/agencies.js";
import type { CycleDetail, CycleSummary } from "../../../contracts/cycles.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import { requiresAgency } from "../../../domain/auth/roles.js";
import type { DbOrTx } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import { presentCycleSummary, presentSubmission } from "./cycles.present.js";
import * as repo from "./cycles.repo.js";
import { cycleFramework, planFor } from "./cycles.service.js";
import * as values from "./values.repo.js";

export async function listCycles(
  db: DbOrTx,
  actor: Actor,
  agencyFilter: string | null,
  statuses: string[] | null = null,
): Promise<CycleSummary[]> {
  const rows = await repo.listCycleSummaries(db, { agencyId: agencyFilter, statuses });
  return rows.map((row) => presentCycleSummary(row, actor));
}

/** One cycle; a person of an agency sees only their own agency's part of it. */
export async function cycleDetail(db: DbOrTx, id: string, actor: Actor): Promise<CycleDetail> {
  const summary = await repo.findCycleSummary(db, id);
  if (!summary) throw notFound("cycle");
  const agencyBound = requiresAgency(actor.role);
  const own = (agencyId: string) => !agencyBound || agencyId === actor.agencyId;
  const submissions = (await repo.listSubmissions(db, id)).filter((s) => own(s.submission.agencyId));
  if (agencyBound && submissions.length === 0) throw notFound("cycle");
  const { framework, byElement } = await cycleFramework(
    db,
    summary.cycle.frameworkCode,
    summary.cycle.editionCode,
  );
  const names = new Map(framework.def.dataElements.map((e) => [e.code, e.name.vi]));
  const allAssignments = await repo.listAssignments(db, id);
  const assignments = allAssignments.filter((a) => own(a.agencyId));
  const assignedCodes = new Set(allAssignments.map((a) => a.elementCode));
  // Which elements nobody reports is the coordinator's business, not an agency's.
  const plan = agencyBound ? null : await planFor(db, summary.cycle);
  const unassigned = [...byElement.keys()]
    .filter((code) => !assignedCodes.has(code))
    .map((code) => ({
      code,
      name: names.get(code) ?? code,
      expectedAgencies: plan?.unassigned.find((u) => u.code === code)?.expectedAgencies ?? [],
    }));
  return {
    ...presentCycleSummary(summary, actor),
    assignments: assignments.map((a) => ({
      id: a.id,
      agency: {
        id: a.agencyId,
        name: a.agencyName,
        shortName: a.agencyShortName,
        kind: a.agencyKind as AgencyKind,
      },
      elementCode: a.elementCode,
      elementName: names.get(a.elementCode) ?? a.elementCode,
      indicatorCodes: byElement.get(a.elementCode) ?? [],
      note: a.note,
    })),
    unassigned: plan ? unassigned : [],
    submissions: submissions.map(presentSubmission),
  };
}

export async function valueHistory(db: DbOrTx, cycleId: string, agencyId: string, element: string) {
  const value = await values.findValue(db, cycleId, agencyId, element);
  if (!value) throw notFound("dataValue");
  const versions = await values.listVersions(db, value.id);
  return {
    element,
    versions: versions.map((v) => ({
      version: v.version,
      number: v.valueNumber,
      list: (v.valueList as never) ?? null,
      changedByName: v.changedByName,
      changedAt: v.changedAt.toISOString(),
      reason: v.reason,
    })),
  };
}
