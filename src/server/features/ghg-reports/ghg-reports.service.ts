// A facility's greenhouse-gas reports: recorded when they arrive (or sent by the facility's own
// account), corrected as new versions with their reason (earlier versions kept), recomputed under
// another GWP set, and taken through the province's appraisal (or a quota facility's
// verification). Every change is one transaction with its history event and its audit event.
import { randomUUID } from "node:crypto";
import type {
  GhgReportCreate,
  GhgReportVersionCreate,
  GhgTransitionRequest,
} from "../../../contracts/ghg-reports.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { coveredYears, rulesFallingIn } from "../../../domain/ghg/obligations.js";
import { decideTransition, reportSteps, statusAfterVersion } from "../../../domain/ghg/report-workflow.js";
import { formatDateVi } from "../../../domain/text/format-vi.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as repo from "./ghg-reports.repo.js";
import {
  eventsAt,
  invalid,
  loadForChange,
  refused,
  refuseUnlessOpen,
  save,
  stored,
} from "./report-change.js";
import { computeVersion, type Figures, recomputeVersion } from "./report-figures.js";
import { reportRules } from "./report-rules.js";

export async function recordReport(
  db: Db,
  facilityId: string,
  input: GhgReportCreate,
  actor: Actor,
  ctx: AuditContext,
  now = new Date(),
): Promise<string> {
  const facility = await repo.findFacility(db, facilityId);
  if (!facility) throw notFound("ghgFacility");
  const { rules } = await reportRules(db);
  const rule = rules.find((r) => r.code === input.ruleCode);
  if (!rule) throw invalid("ruleCode", `Không có nghĩa vụ báo cáo “${input.ruleCode}”`);
  if (rulesFallingIn([rule], input.year).length === 0)
    throw invalid("year", `Nghĩa vụ “${rule.owed.vi}” không có hạn nộp trong năm ${input.year}`);
  const today = provinceToday(now);
  if (input.receivedOn > today)
    throw invalid("receivedOn", `Ngày nhận báo cáo không được sau hôm nay (${formatDateVi(today)})`);
  const byFacility = actor.role === "facility";
  if (byFacility && input.receivedOn !== today)
    throw invalid("receivedOn", `Cơ sở gửi báo cáo thì ngày nhận là hôm nay (${formatDateVi(today)})`);
  const years = coveredYears(rule, input.year);
  const period = { from: years[0]!, to: years.at(-1)! };
  const { result, flags } = computeVersion(input, period, facility);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    if (await repo.findByObligation(tx, facilityId, rule.code, input.year))
      throw new AppError("GHG_REPORT_EXISTS", {
        facility: facility.name,
        rule: rule.owed.vi,
        year: input.year,
      });
    await repo.insertReport(tx, {
      id,
      facilityId,
      ruleCode: rule.code,
      kind: rule.kind,
      year: input.year,
      periodFrom: period.from,
      periodTo: period.to,
      status: "received",
      receivedOn: input.receivedOn,
      receivedVia: byFacility ? "facility" : "recorded",
      createdBy: ctx.actorUserId,
    });
    await repo.insertVersion(tx, {
      id: randomUUID(),
      reportId: id,
      number: 1,
      ...stored(input),
      result,
      flags,
      recordedBy: ctx.actorUserId,
    });
    await eventsAt(
      tx,
      id,
      ctx.actorUserId,
    )({
      kind: "status",
      toStatus: "received",
      note: byFacility ? "Cơ sở gửi báo cáo" : "Sở ghi nhận báo cáo nhận được",
    });
    await recordAudit(tx, ctx, {
      type: "ghg_report.recorded",
      entityId: id,
      summary: `Ghi nhận báo cáo “${rule.owed.vi}” năm ${input.year} của ${facility.name} (nhận ngày ${formatDateVi(input.receivedOn)})`,
      after: {
        facilityId,
        ruleCode: rule.code,
        year: input.year,
        receivedOn: input.receivedOn,
        flags: flags.length,
      },
    });
  });
  return id;
}

export async function addVersion(
  db: Db,
  id: string,
  input: GhgReportVersionCreate,
  actor: Actor,
  ctx: AuditContext,
) {
  await db.transaction(async (tx) => {
    const { report, facility, state } = await loadForChange(tx, id, input.rowVersion, actor);
    refuseUnlessOpen(state.status, "gửi phiên bản mới");
    const { result, flags } = computeVersion(
      input,
      { from: report.periodFrom, to: report.periodTo },
      facility,
    );
    const number = report.currentVersion + 1;
    const status = statusAfterVersion(state);
    await repo.insertVersion(tx, {
      id: randomUUID(),
      reportId: id,
      number,
      reason: input.reason,
      ...stored(input),
      result,
      flags,
      recordedBy: ctx.actorUserId,
    });
    await save(tx, report, {
      currentVersion: number,
      status,
      ...(status !== state.status ? { informationDueOn: null } : {}),
    });
    const event = eventsAt(tx, id, ctx.actorUserId);
    await event({ kind: "version", note: `Phiên bản ${number}: ${input.reason}` });
    if (status !== state.status)
      await event({
        kind: "status",
        fromStatus: state.status,
        toStatus: status,
        note: `Cơ sở gửi phiên bản ${number}`,
      });
    await recordAudit(tx, ctx, {
      type: "ghg_report.version_added",
      entityId: id,
      summary: `Phiên bản ${number} của báo cáo năm ${report.year} của ${facility.name}: ${input.reason}`,
      before: { version: report.currentVersion, status: state.status },
      after: { version: number, status, flags: flags.length },
    });
  });
}

/**
 * Recomputes the current figures under another GWP set and keeps them as a new version whose
 * reason says what moved. It does not move the report in its workflow (it is not an answer).
 */
export async function changeGwp(
  db: Db,
  id: string,
  input: { rowVersion: number; gwpCode: string; note?: string },
  actor: Actor,
  ctx: AuditContext,
) {
  return db.transaction(async (tx) => {
    const { report, facility, state } = await loadForChange(tx, id, input.rowVersion, actor);
    refuseUnlessOpen(state.status, "đổi bộ GWP");
    const current = await repo.findVersion(tx, id, report.currentVersion);
    if (!current) throw notFound("ghgReport");
    if (current.gwpCode === input.gwpCode)
      throw invalid("gwpCode", `Báo cáo đang dùng bộ GWP ${input.gwpCode}`);
    const figures = current as unknown as Figures;
    const period = { from: report.periodFrom, to: report.periodTo };
    const { result, flags, changes, summary } = recomputeVersion(figures, period, facility, input.gwpCode);
    const number = report.currentVersion + 1;
    const reason = [summary, ...changes.map((c) => `${c.message}.`), input.note?.trim()]
      .filter(Boolean)
      .join(" ");
    await repo.insertVersion(tx, {
      id: randomUUID(),
      reportId: id,
      number,
      reason: reason.slice(0, 4000),
      ...stored({ ...figures, gwpCode: input.gwpCode }),
      result,
      flags,
      recordedBy: ctx.actorUserId,
    });
    await save(tx, report, { currentVersion: number });
    await eventsAt(tx, id, ctx.actorUserId)({ kind: "version", note: `Phiên bản ${number}: ${summary}` });
    await recordAudit(tx, ctx, {
      type: "ghg_report.gwp_changed",
      entityId: id,
      summary: `Báo cáo năm ${report.year} của ${facility.name}: ${summary}`,
      before: { version: report.currentVersion, gwpCode: current.gwpCode },
      after: { version: number, gwpCode: input.gwpCode, changes },
    });
    return { stored: "new_version" as const, versionNumber: number, summary, changes };
  });
}

export async function transition(
  db: Db,
  id: string,
  input: GhgTransitionRequest,
  actor: Actor,
  ctx: AuditContext,
  now = new Date(),
) {
  await db.transaction(async (tx) => {
    const { report, facility, state, roles } = await loadForChange(tx, id, input.rowVersion, actor);
    const verdict = decideTransition(state, input.action, roles, input, provinceToday(now));
    if (!verdict.ok) {
      if (verdict.kind === "refused") throw refused(verdict.message);
      throw new AppError("VALIDATION_FAILED", {}, verdict.problems);
    }
    const change: Parameters<typeof repo.updateReport>[3] = { status: verdict.to };
    let note = input.note?.trim() || null;
    if (input.action === "request_information") change.informationDueOn = input.dueOn;
    else if (state.status === "information_requested") change.informationDueOn = null;
    if (input.action === "return") {
      change.findings = input.findings!.trim();
      note = change.findings;
    }
    if (input.action === "determine") {
      change.determined = input.determined;
      note = input.determined!.reason;
    }
    // Reopened: the province's figure no longer stands; its history keeps it.
    if (input.action === "reopen") change.determined = null;
    await save(tx, report, change);
    await eventsAt(
      tx,
      id,
      ctx.actorUserId,
    )({
      kind: "status",
      fromStatus: state.status,
      toStatus: verdict.to,
      note,
      dueOn: input.action === "request_information" ? input.dueOn : null,
    });
    await recordAudit(tx, ctx, {
      type: "ghg_report.status_changed",
      entityId: id,
      summary: `${reportSteps[input.action].label[0]!.toUpperCase()}${reportSteps[input.action].label.slice(1)}: báo cáo năm ${report.year} của ${facility.name}`,
      before: { status: state.status },
      after: { status: verdict.to, note, dueOn: input.dueOn ?? null, determined: input.determined ?? null },
    });
  });
}
