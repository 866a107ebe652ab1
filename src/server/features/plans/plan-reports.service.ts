// A plan's reporting schedule and periods (issue "improvement plans", item 6): the coordinator
// states when the agencies and the department report, the periods follow for each year of the
// plan, and each period lists the agencies that owe a report and how theirs arrived. The
// department closes a period once compiled; nothing of it changes after that unless reopened.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { SubmissionStatus } from "../../../contracts/cycles.js";
import type {
  PlanReports,
  ReportKind,
  ScheduleEntry,
  scheduleUpdateSchema,
} from "../../../contracts/plan-reports.js";
import { type Actor, can } from "../../../domain/auth/permissions.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { timelinessOf } from "../../../domain/cycle/timeliness.js";
import { periodLabel, periodsOf, scheduleProblems } from "../../../domain/plans/report-periods.js";
import { planReportReminders } from "../../../domain/plans/report-reminders.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import { queueReminder } from "../notifications/reminders.service.js";
import * as content from "./plan-content.repo.js";
import type { ProvinceFacts } from "./plan-measures.js";
import * as repo from "./plan-reports.repo.js";
import * as plansRepo from "./plans.repo.js";

type ScheduleUpdate = z.infer<typeof scheduleUpdateSchema>;

// Agencies in Vietnamese alphabetical order ("Đ" after "D", not after "Z").
const vietnamese = new Intl.Collator("vi");

/** The agencies on a plan's tasks, with how many each leads and supports. */
export async function agenciesOnTasks(db: DbOrTx, planId: string) {
  const tasks = await content.listTasks(db, [planId]);
  const links = await content.listTaskAgencies(
    db,
    tasks.map((t) => t.id),
  );
  const byAgency = new Map<string, { id: string; name: string; leads: number; supports: number }>();
  for (const link of links) {
    const entry = byAgency.get(link.agencyId) ?? {
      id: link.agencyId,
      name: link.name,
      leads: 0,
      supports: 0,
    };
    if (link.role === "lead") entry.leads += 1;
    else entry.supports += 1;
    byAgency.set(link.agencyId, entry);
  }
  return {
    tasks,
    links,
    agencies: [...byAgency.values()].sort((a, b) => vietnamese.compare(a.name, b.name)),
  };
}

export function presentPeriod(row: repo.PeriodRow) {
  const kind = row.kind as ReportKind;
  return {
    id: row.id,
    kind,
    year: row.year,
    label: periodLabel(kind, row.year),
    agencyDue: row.agencyDue,
    departmentDue: row.departmentDue,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

export async function getPlanReports(
  db: Db,
  planId: string,
  actor: Actor,
  now = new Date(),
): Promise<PlanReports> {
  const plan = await plansRepo.findPlan(db, planId);
  if (!plan) throw notFound("plan");
  const periods = await repo.listPeriods(db, [planId]);
  const reports = await repo.listReports(
    db,
    periods.map((p) => p.id),
  );
  const { agencies } = await agenciesOnTasks(db, planId);
  const today = provinceToday(now);
  // Someone reading one agency's reports sees that agency's line only.
  const visible = (agencyId: string) => can(actor, "planReport.read", { agencyId });
  return {
    schedule: plan.reportSchedule as ScheduleEntry[],
    periods: periods.map((period) => {
      const mine = reports.filter((r) => r.report.periodId === period.id);
      const owing = new Map(agencies.map((a) => [a.id, a]));
      // An agency that reported and has since left the plan's tasks keeps its line.
      for (const r of mine)
        if (!owing.has(r.report.agencyId))
          owing.set(r.report.agencyId, { id: r.report.agencyId, name: r.agencyName, leads: 0, supports: 0 });
      return {
        ...presentPeriod(period),
        reports: [...owing.values()]
          .filter((a) => visible(a.id))
          .map((agency) => {
            const found = mine.find((r) => r.report.agencyId === agency.id);
            const firstSubmittedAt = found?.report.firstSubmittedAt ?? null;
            return {
              agency: { id: agency.id, name: agency.name },
              status:
                (found?.report.status as PlanReports["periods"][number]["reports"][number]["status"]) ?? null,
              firstSubmittedAt: firstSubmittedAt?.toISOString() ?? null,
              ...timelinessOf(period.agencyDue, firstSubmittedAt, today),
              leads: agency.leads,
              supports: agency.supports,
              amendments: found?.amendments ?? 0,
            };
          }),
      };
    }),
    allowedActions: can(actor, "plan.manage") ? ["plan.manage"] : [],
  };
}

/**
 * Saves the schedule and brings the periods in line with it for every year of the plan: a
 * period already there keeps its reports and takes the new due days; one no longer called for
 * goes, unless an agency already reported in it.
 */
export async function saveSchedule(db: Db, planId: string, input: ScheduleUpdate, ctx: AuditContext) {
  const problems = scheduleProblems(input.schedule);
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
  await db.transaction(async (tx) => {
    const plan = await plansRepo.findPlan(tx, planId, "update");
    if (!plan) throw notFound("plan");
    if (plan.rowVersion !== input.expectedRowVersion) throw new AppError("STALE_UPDATE", { entity: "plan" });
    const wanted = await syncPeriods(tx, plan, input.schedule);
    await plansRepo.updatePlan(tx, planId, plan.rowVersion, { reportSchedule: input.schedule });
    await recordAudit(tx, ctx, {
      type: "plan.schedule_saved",
      entityId: planId,
      summary: `Lưu lịch báo cáo của kế hoạch “${plan.title}”: ${wanted.length} kỳ báo cáo`,
      before: { schedule: plan.reportSchedule },
      after: { schedule: input.schedule },
    });
  });
}

/**
 * Brings a plan's periods in line with its schedule and years: a period already there keeps its
 * reports and takes the new due days; a new one is made; one no longer called for goes, unless
 * something was written in it (a report, the synthesis' wording, the chairman's conclusion).
 * Returns the periods wanted.
 */
export async function syncPeriods(
  tx: DbOrTx,
  plan: { id: string; periodFrom: number; periodTo: number },
  schedule: readonly ScheduleEntry[],
) {
  const wanted = periodsOf({ from: plan.periodFrom, to: plan.periodTo }, schedule);
  const existing = await repo.listPeriods(tx, [plan.id]);
  const key = (p: { kind: string; year: number }) => `${p.kind}:${p.year}`;
  const wantedKeys = new Set(wanted.map(key));
  const leaving = existing.filter((p) => !wantedKeys.has(key(p)));
  const written = await repo.periodsWithContent(
    tx,
    leaving.map((p) => p.id),
  );
  const kept = leaving.filter((p) => written.has(p.id));
  if (kept.length > 0)
    throw new AppError(
      "VALIDATION_FAILED",
      {},
      kept.map((p) => ({
        field: "schedule",
        message: `Kỳ báo cáo ${periodLabel(p.kind as ReportKind, p.year)} đã có ${written.get(p.id)} nên không bỏ được`,
      })),
    );
  await repo.deletePeriods(
    tx,
    leaving.map((p) => p.id),
  );
  const byKey = new Map(existing.map((p) => [key(p), p]));
  const fresh = [];
  for (const period of wanted) {
    const found = byKey.get(key(period));
    if (!found) fresh.push({ id: randomUUID(), planId: plan.id, ...period });
    else if (found.agencyDue !== period.agencyDue || found.departmentDue !== period.departmentDue)
      await repo.updatePeriod(tx, found.id, {
        agencyDue: period.agencyDue,
        departmentDue: period.departmentDue,
      });
  }
  await repo.insertPeriods(tx, fresh);
  return wanted;
}

/** The department closes a period it has compiled, or opens it again for a late correction. */
export async function setPeriodClosed(
  db: Db,
  planId: string,
  periodId: string,
  closed: boolean,
  ctx: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const plan = await plansRepo.findPlan(tx, planId);
    if (!plan) throw notFound("plan");
    const period = await repo.findPeriod(tx, planId, periodId, "update");
    if (!period) throw notFound("planPeriod");
    const label = periodLabel(period.kind as ReportKind, period.year);
    if (Boolean(period.closedAt) === closed)
      throw new AppError("INVALID_TRANSITION", {
        action: closed ? "khóa kỳ báo cáo" : "mở lại kỳ báo cáo",
        entity: "planPeriod",
        state: closed ? "đã khóa" : "đang mở",
      });
    const now = new Date();
    await repo.updatePeriod(
      tx,
      periodId,
      closed ? { closedAt: now, closedBy: ctx.actorUserId } : { closedAt: null, closedBy: null },
    );
    await recordAudit(tx, ctx, {
      type: closed ? "plan.period_closed" : "plan.period_reopened",
      entityId: planId,
      summary: `${closed ? "Khóa" : "Mở lại"} kỳ báo cáo ${label} của kế hoạch “${plan.title}”`,
      before: { periodId, closedAt: period.closedAt?.toISOString() ?? null },
      after: { periodId, closedAt: closed ? now.toISOString() : null },
    });
  });
}

/**
 * The actuals of a plan's own measures: the figures of accepted progress reports. A year's
 * report settles its year; until it is accepted, while the year runs, the six-month figure
 * shows, not final.
 */
export async function ownMeasureFacts(
  db: DbOrTx,
  planId: string,
  now = new Date(),
): Promise<(targetId: string) => ProvinceFacts> {
  const thisYear = Number(provinceToday(now).slice(0, 4));
  // Once its year is over a six-month figure is not the year's: without the yearly report the
  // year is not reported, never "on track".
  const rows = (await repo.acceptedFigures(db, planId)).filter(
    (r) => r.kind === "year" || r.year >= thisYear,
  );
  const rank = (r: (typeof rows)[number]) =>
    `${r.kind === "year" ? 1 : 0}:${r.acceptedAt?.toISOString() ?? ""}`;
  const best = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const key = `${r.targetId}:${r.year}`;
    const found = best.get(key);
    if (!found || rank(r) > rank(found)) best.set(key, r);
  }
  return (targetId) => ({
    actual: (_measure, _ref, year) => {
      const r = best.get(`${targetId}:${year}`);
      if (!r) return null;
      return {
        value: Number(r.value),
        final: r.kind === "year",
        source: `Báo cáo ${periodLabel(r.kind as ReportKind, r.year)} của ${r.agencyName}`,
        published: false,
      };
    },
  });
}

/** Queues the reminders every open period of an issued plan owes today (one transaction per period). */
export async function queuePlanReportReminders(
  db: Db,
  now: Date,
  daysBefore: readonly number[],
): Promise<{ reminders: number; messages: number }> {
  const today = provinceToday(now);
  const run = { reminders: 0, messages: 0 };
  for (const { period } of await repo.openPeriodsOfIssuedPlans(db)) {
    await db.transaction(async (tx) => {
      const plan = await plansRepo.findPlan(tx, period.planId);
      if (!plan) return;
      const { agencies } = await agenciesOnTasks(tx, plan.id);
      const reports = await repo.listReports(tx, [period.id]);
      const owing = agencies.map((a) => ({
        agencyId: a.id,
        agencyName: a.name,
        status:
          (reports.find((r) => r.report.agencyId === a.id)?.report.status as SubmissionStatus | undefined) ??
          null,
      }));
      const reminderPeriod = { ...period, kind: period.kind as ReportKind, planTitle: plan.title };
      for (const reminder of planReportReminders(reminderPeriod, owing, today, daysBefore))
        await queueReminder(tx, run, reminder, {
          about: `kế hoạch “${plan.title}”`,
          after: { periodId: period.id },
        });
    });
  }
  return run;
}
