// Opening an assessment year, its assignments, and the cycle's own transitions (sent to the
// leader, approved and locked, reopened with a reason, sent to the Ministry).
import { randomUUID } from "node:crypto";
import type { CreateCycleRequest, Deadlines, SendForApprovalRequest } from "../../../contracts/cycles.js";
import { createCycleRequestSchema } from "../../../contracts/cycles.js";
import {
  type AssignmentPlan,
  expectedAgencies,
  planAssignments,
} from "../../../domain/cycle/assignment-plan.js";
import { elementIndicators, indicatorElements } from "../../../domain/cycle/elements.js";
import { type CycleCommand, cycleTransitions } from "../../../domain/cycle/workflow.js";
import { editionForYear } from "../../../domain/framework/compile.js";
import type { DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, type ErrorDetail, notFound } from "../../platform/errors.js";
import { loadCurrentCompiled, loadVersion } from "../frameworks/frameworks.service.js";
import { storeApprovedResult, withdrawApprovedResult } from "./approved-result.js";
import { noticeOfCycle } from "./cycle-notices.js";
import * as repo from "./cycles.repo.js";
import { assertCycleMay, loadCycle } from "./guards.js";

const dayFmt = (iso: string) => iso.split("-").reverse().join("/");

function checkDeadlines(year: number, d: Deadlines, kind: "assessment" | "history"): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const cutOff = `${year}-12-31`;
  if (kind === "assessment" && d.submissionDue <= cutOff)
    problems.push({
      field: "deadlines.submissionDue",
      message: `Hạn gửi số liệu phải sau ngày chốt số liệu 31/12/${year}`,
    });
  const order: [keyof Deadlines, string][] = [
    ["submissionDue", "hạn gửi số liệu"],
    ["reviewDue", "hạn thẩm định"],
    ["approvalDue", "hạn phê duyệt"],
    ["ministryDue", "hạn gửi Bộ"],
  ];
  let previous: [string, string] | null = null;
  for (const [key, label] of order) {
    const value = d[key];
    if (!value) continue;
    if (previous && value < previous[0])
      problems.push({
        field: `deadlines.${key}`,
        message: `${label[0]!.toUpperCase()}${label.slice(1)} (${dayFmt(value)}) sớm hơn ${previous[1]} (${dayFmt(previous[0])})`,
      });
    previous = [value, label];
  }
  return problems;
}

/** The compiled framework of a cycle and the elements its edition needs. */
export async function cycleFramework(db: DbOrTx, frameworkCode: string, editionCode: string) {
  const loaded = await loadCurrentCompiled(db, frameworkCode);
  const byIndicator = indicatorElements(loaded.framework, editionCode);
  return { ...loaded, byIndicator, byElement: elementIndicators(byIndicator) };
}

export async function planFor(
  db: DbOrTx,
  cycle: { frameworkCode: string; editionCode: string; orgUnitId: string; year: number },
) {
  const { framework, byElement } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const agencies = await repo.provinceAgencies(db, cycle.orgUnitId);
  const defs = new Map(framework.def.dataElements.map((e) => [e.code, e]));
  const elements = [...byElement.keys()].flatMap((code) => {
    const def = defs.get(code);
    if (!def) return [];
    const readers = (byElement.get(code) ?? []).map((i) => framework.indicators.get(i)?.def.agencies ?? []);
    return [{ def, expected: expectedAgencies(def, readers) }];
  });
  return planAssignments(elements, agencies, cycle.year);
}

export async function openCycle(
  db: DbOrTx,
  input: CreateCycleRequest,
  ctx: AuditContext,
): Promise<{ id: string; plan: AssignmentPlan }> {
  const request = createCycleRequestSchema.parse(input);
  const { framework } = await loadVersion(db, request.frameworkCode);
  if (!framework.def.computed) throw new AppError("FRAMEWORK_NOT_COMPUTED", { code: request.frameworkCode });
  const editionCode = request.editionCode ?? editionForYear(framework, request.year)?.def.code;
  if (!editionCode || !framework.editions.has(editionCode))
    throw new AppError("EDITION_NOT_FOUND", {
      what: request.editionCode ? `mã “${request.editionCode}”` : `năm ${request.year}`,
    });
  const unit = await repo.findOrgUnit(db, request.orgUnitId);
  if (!unit) throw notFound("orgUnit");
  const problems = checkDeadlines(request.year, request.deadlines, request.kind);
  if (unit.level !== "province")
    problems.push({ field: "orgUnitId", message: `“${unit.name}” không phải là tỉnh, thành phố` });
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);

  const cycle = { frameworkCode: request.frameworkCode, editionCode, orgUnitId: unit.id, year: request.year };
  const plan = await planFor(db, cycle);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    if (await repo.findCycleFor(tx, request.frameworkCode, unit.id, request.year))
      throw new AppError("CYCLE_EXISTS", {
        year: request.year,
        province: unit.name,
        framework: framework.def.name.vi,
      });
    await repo.insertCycle(tx, {
      id,
      ...cycle,
      kind: request.kind,
      status: "open",
      ...request.deadlines,
      changeThresholdPct: request.changeThresholdPct,
      createdBy: ctx.actorUserId,
    });
    await repo.addAssignments(tx, id, plan.assignments);
    const agencyIds = [...new Set(plan.assignments.map((a) => a.agencyId))];
    await recordAudit(tx, ctx, {
      type: "cycle.opened",
      entityId: id,
      summary: `Mở kỳ đánh giá năm ${request.year} của ${unit.name} theo ${framework.def.name.vi}: ${agencyIds.length} cơ quan, ${plan.assignments.length} phân công`,
      after: {
        ...cycle,
        kind: request.kind,
        deadlines: request.deadlines,
        assignments: plan.assignments.length,
        unassigned: plan.unassigned.map((u) => u.code),
      },
    });
  });
  return { id, plan };
}

export async function updateCycle(
  db: DbOrTx,
  cycleId: string,
  change: { rowVersion: number; deadlines?: Deadlines; changeThresholdPct?: number },
  ctx: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, cycleId, { forUpdate: true });
    assertCycleMay(cycle, "collect");
    if (cycle.rowVersion !== change.rowVersion) throw new AppError("STALE_UPDATE", { entity: "cycle" });
    if (change.deadlines) {
      const problems = checkDeadlines(cycle.year, change.deadlines, cycle.kind as "assessment" | "history");
      if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
    }
    const before = {
      deadlines: {
        submissionDue: cycle.submissionDue,
        reviewDue: cycle.reviewDue,
        approvalDue: cycle.approvalDue,
        ministryDue: cycle.ministryDue,
      },
      changeThresholdPct: cycle.changeThresholdPct,
    };
    await repo.updateCycleRow(tx, cycleId, {
      ...(change.deadlines ?? {}),
      changeThresholdPct: change.changeThresholdPct ?? cycle.changeThresholdPct,
    });
    await recordAudit(tx, ctx, {
      type: "cycle.updated",
      entityId: cycleId,
      summary: `Sửa hạn và ngưỡng giải trình của kỳ đánh giá năm ${cycle.year}`,
      before,
      after: {
        deadlines: change.deadlines ?? before.deadlines,
        changeThresholdPct: change.changeThresholdPct ?? before.changeThresholdPct,
      },
    });
  });
}

/**
 * Adds and removes assignments in one step (a move is both). An agency gains a draft
 * submission with its first assignment; its figures for a removed element are kept in history.
 */
export async function changeAssignments(
  db: DbOrTx,
  cycleId: string,
  change: { add: { agencyId: string; elementCode: string; note?: string }[]; remove: string[] },
  ctx: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, cycleId, { forUpdate: true });
    assertCycleMay(cycle, "collect");
    const { byElement } = await cycleFramework(tx, cycle.frameworkCode, cycle.editionCode);
    const agencies = new Map((await repo.provinceAgencies(tx, cycle.orgUnitId)).map((a) => [a.id, a]));
    const problems: ErrorDetail[] = [];
    change.add.forEach((a, i) => {
      if (!byElement.has(a.elementCode))
        problems.push({
          field: `add[${i}].elementCode`,
          message: `Kỳ này không dùng số liệu “${a.elementCode}”`,
        });
      if (!agencies.has(a.agencyId))
        problems.push({
          field: `add[${i}].agencyId`,
          message: "Cơ quan không thuộc tỉnh này hoặc đã ngừng hoạt động",
        });
    });
    const existing = await repo.listAssignments(tx, cycleId);
    const removed = existing.filter((a) => change.remove.includes(a.id));
    change.remove.forEach((id, i) => {
      if (!existing.some((a) => a.id === id))
        problems.push({ field: `remove[${i}]`, message: "Không có phân công này trong kỳ" });
    });
    if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);

    // Added first, so an agency moving one figure for another keeps its submission.
    await repo.addAssignments(
      tx,
      cycleId,
      change.add.map((a) => ({ agencyId: a.agencyId, elementCode: a.elementCode, note: a.note ?? null })),
    );
    await repo.removeAssignments(tx, cycleId, change.remove);
    await recordAudit(tx, ctx, {
      type: "cycle.assignments_changed",
      entityId: cycleId,
      summary: `Điều chỉnh phân công kỳ ${cycle.year}: thêm ${change.add.length}, bỏ ${removed.length}`,
      before: { removed: removed.map((a) => ({ agency: a.agencyName, element: a.elementCode })) },
      after: {
        added: change.add.map((a) => ({
          agency: agencies.get(a.agencyId)?.name,
          element: a.elementCode,
          note: a.note ?? null,
        })),
      },
    });
  });
}

const transitionSummary: Record<Exclude<CycleCommand, "collect">, string> = {
  sendForApproval: "Trình lãnh đạo phê duyệt",
  approve: "Phê duyệt và khóa",
  sendBack: "Lãnh đạo trả lại điều phối viên",
  reopen: "Mở lại",
  sendToMinistry: "Ghi nhận đã gửi Bộ",
};

const auditTypeOf = {
  sendForApproval: "cycle.sent_for_approval",
  approve: "cycle.approved",
  sendBack: "cycle.reopened",
  reopen: "cycle.reopened",
  sendToMinistry: "cycle.sent_to_ministry",
} as const;

/**
 * Moves the cycle itself. Sending for approval needs every agency accepted, or named as missing
 * with why: the leader's approval then accepts them as missing, and the report says so.
 */
export async function transitionCycle(
  db: DbOrTx,
  cycleId: string,
  command: Exclude<CycleCommand, "collect">,
  ctx: AuditContext,
  reason?: string,
  missing: SendForApprovalRequest["missing"] = [],
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, cycleId, { forUpdate: true });
    assertCycleMay(cycle, command);
    const submissionRows = await repo.listSubmissions(tx, cycleId);
    let missingNames: string[] = [];
    if (command === "sendForApproval") {
      missingNames = await proposeMissing(tx, submissionRows, missing);
    }
    if (command === "approve")
      missingNames = submissionRows
        .filter((s) => s.submission.missingReason)
        .map((s) => `${s.agencyName} (${s.submission.missingReason})`);
    if (command === "approve" && missingNames.length > 0)
      await repo.acceptMissing(tx, cycleId, ctx.actorUserId, new Date());
    if (command === "reopen" || command === "sendBack") await repo.clearMissing(tx, cycleId);
    const to = cycleTransitions[command].to;
    const status = to === "unchanged" ? cycle.status : to;
    await repo.updateCycleRow(tx, cycleId, {
      status,
      ...(command === "approve" ? { approvedBy: ctx.actorUserId, approvedAt: new Date() } : {}),
      ...(command === "reopen" || command === "sendBack" ? { approvedBy: null, approvedAt: null } : {}),
    });
    // The approved result is kept, with its framework version, under "Kết quả tính"; reopening
    // the cycle withdraws it.
    if (command === "approve") await storeApprovedResult(tx, cycle, ctx);
    if (command === "reopen" && cycle.status === "approved") {
      await withdrawApprovedResult(tx, cycle, ctx);
      // The report signed for the old approval no longer states the year: it is signed again.
      await repo.deleteIssuedReport(tx, cycleId);
    }
    const noticeOf = {
      sendForApproval: "sent_for_approval",
      approve: "approved",
      sendBack: "sent_back",
    } as const;
    if (command in noticeOf)
      await noticeOfCycle(
        tx,
        noticeOf[command as keyof typeof noticeOf],
        { id: cycle.id, year: cycle.year, rowVersion: cycle.rowVersion + 1 },
        reason,
        missingNames,
      );
    await recordAudit(tx, ctx, {
      type: auditTypeOf[command],
      entityId: cycleId,
      summary: `${transitionSummary[command]} kỳ đánh giá năm ${cycle.year}${reason ? `: ${reason}` : ""}${
        missingNames.length > 0
          ? `; ${command === "approve" ? "chấp nhận thiếu" : "đề nghị chấp nhận thiếu"} số liệu của ${missingNames.join("; ")}`
          : ""
      }`,
      before: { status: cycle.status },
      after: {
        status,
        ...(reason ? { reason } : {}),
        ...(missingNames.length > 0 ? { missing: missingNames } : {}),
      },
    });
  });
}

/**
 * Every agency not accepted must be named with why; names of agencies already accepted, or not
 * in the cycle, are refused. Records the reasons and returns the agencies with them.
 */
async function proposeMissing(
  tx: DbOrTx,
  rows: Awaited<ReturnType<typeof repo.listSubmissions>>,
  missing: SendForApprovalRequest["missing"],
): Promise<string[]> {
  const pending = rows.filter((s) => s.submission.status !== "accepted");
  const status = new Map(pending.map((s) => [s.submission.agencyId, s.submission.status]));
  // Only an agency that has not sent may be missing: figures sent are accepted or returned first.
  const problems = missing.flatMap((m, i) =>
    status.get(m.agencyId) === "submitted"
      ? [
          {
            field: `missing.${i}.agencyId`,
            message: "Cơ quan này đã gửi số liệu: chấp nhận hoặc trả lại trước",
          },
        ]
      : status.has(m.agencyId)
        ? []
        : [{ field: `missing.${i}.agencyId`, message: "Cơ quan này không có số liệu đang chờ trong kỳ" }],
  );
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
  const reasons = new Map(missing.map((m) => [m.agencyId, m.reason]));
  const unexplained = pending.filter((s) => !reasons.has(s.submission.agencyId));
  if (unexplained.length > 0)
    throw new AppError("NOT_ALL_ACCEPTED", {
      count: unexplained.length,
      agencies: unexplained.map((s) => s.agencyShortName ?? s.agencyName).join(", "),
    });
  for (const s of pending)
    await repo.updateSubmission(tx, s.submission.id, { missingReason: reasons.get(s.submission.agencyId) });
  return pending.map((s) => `${s.agencyName} (${reasons.get(s.submission.agencyId)})`);
}
