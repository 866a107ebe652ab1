// Improvement plans as they are issued (issue "improvement plans", item 1): each with its number,
// date, issuer, title, years, scope and state, and the plan it implements, so the cascade from
// the province's plan to the department's and the agencies' is visible both ways. Each change is
// one transaction with its audit event.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { ScheduleEntry } from "../../../contracts/plan-reports.js";
import type { Plan, PlanInput, planUpdateSchema } from "../../../contracts/plans.js";
import { type Action, type Actor, can } from "../../../domain/auth/permissions.js";
import { implementsLoop, planProblems } from "../../../domain/plans/plan-rules.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, changedFields, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as contentRepo from "./plan-content.repo.js";
import { syncPeriods } from "./plan-reports.service.js";
import * as repo from "./plans.repo.js";

type PlanUpdate = z.infer<typeof planUpdateSchema>;

const managing = (actor: Actor): Action[] => (can(actor, "plan.manage") ? ["plan.manage"] : []);

const refOf = (row: repo.PlanRow) => ({ id: row.id, title: row.title, numberSymbol: row.numberSymbol });

export function presentPlan(row: repo.PlanRow, all: repo.PlanRow[], actor: Actor): Plan {
  const parent = row.parentPlanId ? all.find((p) => p.id === row.parentPlanId) : undefined;
  return {
    id: row.id,
    numberSymbol: row.numberSymbol,
    issuedOn: row.issuedOn,
    issuer: row.issuer,
    title: row.title,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    scope: row.scope as Plan["scope"],
    status: row.status as Plan["status"],
    implements: parent ? refOf(parent) : null,
    implementedBy: all.filter((p) => p.parentPlanId === row.id).map(refOf),
    rowVersion: row.rowVersion,
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: managing(actor),
  };
}

export async function listPlans(db: Db, actor: Actor) {
  const all = await repo.listPlans(db);
  return {
    items: all.map((row) => presentPlan(row, all, actor)),
    allowedActions: managing(actor),
  };
}

export async function getPlan(db: Db, id: string, actor: Actor): Promise<Plan> {
  const all = await repo.listPlans(db);
  const row = all.find((p) => p.id === id);
  if (!row) throw notFound("plan");
  return presentPlan(row, all, actor);
}

/** The record's problems, and the plan it implements checked: it exists and makes no loop. */
async function check(tx: DbOrTx, id: string, input: PlanInput, previousStatus?: Plan["status"]) {
  const problems = planProblems(input, previousStatus);
  if (input.implementsPlanId) {
    const all = await repo.listPlans(tx);
    const parentOf = new Map(all.map((p) => [p.id, p.parentPlanId]));
    if (!parentOf.has(input.implementsPlanId))
      problems.push({ field: "implementsPlanId", message: "Không có kế hoạch này" });
    else if (implementsLoop(id, input.implementsPlanId, parentOf))
      problems.push({
        field: "implementsPlanId",
        message: "Kế hoạch này đã triển khai (trực tiếp hoặc gián tiếp) kế hoạch đang sửa",
      });
  }
  problems.push(...(await periodProblems(tx, id, input)));
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
}

/** New years must still hold what the plan already says: its targets' years and its deadlines. */
async function periodProblems(tx: DbOrTx, id: string, input: PlanInput) {
  const outside = (year: number) => year < input.periodFrom || year > input.periodTo;
  const targets = await contentRepo.listTargets(tx, [id]);
  const targetYears = targets.filter(
    (t) => t.baselineYear > input.periodFrom || (t.yearly as { year: number }[]).some((y) => outside(y.year)),
  ).length;
  const deadlines = (await contentRepo.listTasks(tx, [id])).filter(
    (t) => t.deadline && outside(Number(t.deadline.slice(0, 4))),
  ).length;
  const problems = [];
  if (targetYears)
    problems.push({
      field: "periodFrom",
      message: `${targetYears} chỉ tiêu có năm gốc hoặc giá trị phấn đấu ngoài giai đoạn mới: sửa các chỉ tiêu đó trước`,
    });
  if (deadlines)
    problems.push({
      field: "periodTo",
      message: `${deadlines} nhiệm vụ có thời hạn ngoài giai đoạn mới: sửa thời hạn các nhiệm vụ đó trước`,
    });
  return problems;
}

const fieldsOf = (input: PlanInput) => ({
  numberSymbol: input.numberSymbol?.trim() || null,
  issuedOn: input.issuedOn ?? null,
  issuer: input.issuer,
  title: input.title,
  periodFrom: input.periodFrom,
  periodTo: input.periodTo,
  scope: input.scope,
  status: input.status,
  parentPlanId: input.implementsPlanId ?? null,
});

export async function createPlan(db: Db, input: PlanInput, ctx: AuditContext): Promise<string> {
  const id = randomUUID();
  await db.transaction((tx) => insertPlanIn(tx, id, input, ctx));
  return id;
}

/**
 * A new plan checked and written with its audit event inside the caller's transaction; `how`
 * says where it came from when it was not typed in (a draft from a result's what-if).
 */
export async function insertPlanIn(
  tx: DbOrTx,
  id: string,
  input: PlanInput,
  ctx: AuditContext,
  how?: { summary: string; from: Record<string, unknown> },
): Promise<void> {
  await check(tx, id, input);
  const row = { id, ...fieldsOf(input), createdBy: ctx.actorUserId };
  await repo.insertPlan(tx, row);
  await recordAudit(tx, ctx, {
    type: "plan.created",
    entityId: id,
    summary:
      how?.summary ?? `Thêm kế hoạch “${input.title}”${row.numberSymbol ? ` (số ${row.numberSymbol})` : ""}`,
    after: how ? { ...fieldsOf(input), from: how.from } : fieldsOf(input),
  });
}

export async function updatePlan(db: Db, id: string, input: PlanUpdate, ctx: AuditContext): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await repo.findPlan(tx, id, "update");
    if (!current) throw notFound("plan");
    if (current.rowVersion !== input.expectedRowVersion)
      throw new AppError("STALE_UPDATE", { entity: "plan" });
    await check(tx, id, input, current.status as Plan["status"]);
    const { id: _id, rowVersion, createdBy, createdAt, updatedAt, ...before } = current;
    const diff = changedFields(before, fieldsOf(input));
    if (!diff) return;
    if (!(await repo.updatePlan(tx, id, rowVersion, diff.after)))
      throw new AppError("STALE_UPDATE", { entity: "plan" });
    // New years get their reporting periods; a year taken out loses its own (unless reported in).
    if (input.periodFrom !== current.periodFrom || input.periodTo !== current.periodTo)
      await syncPeriods(tx, { id, ...input }, current.reportSchedule as ScheduleEntry[]);
    await recordAudit(tx, ctx, {
      type: "plan.updated",
      entityId: id,
      summary: `Sửa kế hoạch “${current.title}”`,
      before: diff.before,
      after: diff.after,
    });
  });
}
