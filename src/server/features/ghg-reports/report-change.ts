// What every change of a greenhouse-gas report shares: the report locked and checked against the
// version its editor read, the change written only if nobody moved it since, history events in
// order, and the refusals in Vietnamese.
import { randomUUID } from "node:crypto";
import type { GhgReportStatus } from "../../../contracts/ghg-reports.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import { mayAddVersion, statusNamesVi } from "../../../domain/ghg/report-workflow.js";
import type { DbOrTx } from "../../db/client.js";
import { AppError, notFound } from "../../platform/errors.js";
import { rolesOn, stateOf } from "./ghg-report-view.js";
import * as repo from "./ghg-reports.repo.js";
import type { Figures } from "./report-figures.js";

export const invalid = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", {}, [{ field, message }]);
export const refused = (reason: string) => new AppError("GHG_REPORT_REFUSED", { reason });

/** History events of one change, in order (one transaction's clock does not move). */
export function eventsAt(tx: DbOrTx, reportId: string, actorId: string | null) {
  const at = Date.now();
  let n = 0;
  return (event: Omit<Parameters<typeof repo.insertEvent>[1], "id" | "reportId" | "actorId" | "at">) =>
    repo.insertEvent(tx, { id: randomUUID(), reportId, actorId, at: new Date(at + n++), ...event });
}

export const stored = (f: Figures) => ({
  gwpCode: f.gwpCode,
  lines: f.lines,
  factors: f.factors,
  declared: f.declared,
});

/** Locks the report, checks nobody changed it since it was read, and gives what a change needs. */
export async function loadForChange(tx: DbOrTx, id: string, rowVersion: number | null, actor: Actor) {
  const report = await repo.findReport(tx, id, "update");
  if (!report) throw notFound("ghgReport");
  const facility = await repo.findFacility(tx, report.facilityId);
  if (!facility) throw notFound("ghgFacility");
  if (rowVersion !== null && report.rowVersion !== rowVersion)
    throw new AppError("STALE_UPDATE", { entity: "ghgReport" });
  return { report, facility, state: stateOf(report, facility), roles: rolesOn(actor, facility.id) };
}

export async function save(
  tx: DbOrTx,
  report: repo.ReportRow,
  change: Parameters<typeof repo.updateReport>[3],
) {
  if (!(await repo.updateReport(tx, report.id, report.rowVersion, change)))
    throw new AppError("STALE_UPDATE", { entity: "ghgReport" });
}

export function refuseUnlessOpen(status: GhgReportStatus, what: string) {
  if (!mayAddVersion(status))
    throw refused(`Không thể ${what} khi báo cáo đang ở trạng thái “${statusNamesVi[status]}”`);
}
