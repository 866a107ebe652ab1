// How the province's plans stand, for the leader's home (issue "improvement plans", item 8): per
// issued plan, its targets this year on track, at risk, missed or not reported; the tasks late
// or not started by lead agency, from the agencies' latest reports and the tasks' deadlines; the
// agencies that have not reported in the period now due. And one agency's reports over time.

import type { PlanTarget } from "../../../contracts/plan-content.js";
import type { AgencyReportHistory, PlanHealth } from "../../../contracts/plan-health.js";
import type { ReportKind, TaskProgressStatus } from "../../../contracts/plan-reports.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { timelinessOf } from "../../../domain/cycle/timeliness.js";
import { periodLabel } from "../../../domain/plans/report-periods.js";
import { lateReason, latestSent, type SentLine } from "../../../domain/plans/synthesis.js";
import type { Db } from "../../db/client.js";
import * as content from "./plan-content.repo.js";
import { type FactsReader, getPlanDetail } from "./plan-content.service.js";
import * as repo from "./plan-reports.repo.js";
import { getPlanReports } from "./plan-reports.service.js";
import * as plansRepo from "./plans.repo.js";

const vietnamese = new Intl.Collator("vi");

/** A target's standing in the year that matters now: this year, or the plan's last one when it has ended. */
function standingOf(target: PlanTarget, year: number) {
  const years = target.years.filter((y) => y.year <= year && y.target !== null);
  const last = years[years.length - 1];
  return last ? { status: last.status ?? "not_reported", year: last.year } : null;
}

export async function plansHealth(
  db: Db,
  actor: Actor,
  readFacts: FactsReader,
  now = new Date(),
): Promise<PlanHealth> {
  const today = provinceToday(now);
  const thisYear = Number(today.slice(0, 4));
  const plans = (await plansRepo.listPlans(db)).filter((p) => p.status === "issued");
  const items: PlanHealth["plans"] = [];
  for (const plan of plans) {
    const detail = await getPlanDetail(db, plan.id, actor, 0, readFacts);
    const year = Math.min(Math.max(thisYear, plan.periodFrom), plan.periodTo);
    const counts = { met: 0, on_track: 0, at_risk: 0, missed: 0, not_reported: 0 };
    const concerns: PlanHealth["plans"][number]["concerns"] = [];
    for (const target of detail.targets) {
      const standing = standingOf(target, year);
      if (!standing) continue;
      counts[standing.status] += 1;
      if (standing.status === "at_risk" || standing.status === "missed")
        concerns.push({ label: target.label, year: standing.year, status: standing.status });
    }
    const reports = await getPlanReports(db, plan.id, actor, now);
    // The period now due: the latest whose agencies' day has come, not yet closed.
    const due = reports.periods.filter((p) => p.agencyDue <= today && !p.closedAt).at(-1) ?? null;
    const notReported = due
      ? due.reports
          .filter((r) => r.firstSubmittedAt === null)
          .map((r) => ({ id: r.agency.id, name: r.agency.name, daysOverdue: r.daysOverdue ?? 0 }))
      : [];
    items.push({
      plan: { id: plan.id, title: plan.title, numberSymbol: plan.numberSymbol },
      year,
      targets: counts,
      concerns,
      period: due
        ? { id: due.id, label: due.label, agencyDue: due.agencyDue, owing: due.reports.length }
        : null,
      notReported,
      lateTasks: await lateTasks(db, plan.id, reports.periods, today),
    });
  }
  return { plans: items };
}

/**
 * The tasks behind, by lead agency, by the synthesis' own rule (`lateReason`): the lead last sent
 * that it is delayed or not started (in any report it sent, early ones included), or its deadline
 * has passed and the lead has not sent that it is done.
 */
async function lateTasks(db: Db, planId: string, periods: { id: string }[], today: string) {
  const tasks = await content.listTasks(db, [planId]);
  const links = await content.listTaskAgencies(
    db,
    tasks.map((t) => t.id),
  );
  const sections = new Map((await content.listSections(db, planId)).map((s) => [s.id, s.number]));
  const reports = await repo.listReports(
    db,
    periods.map((p) => p.id),
  );
  const order = new Map(periods.map((p, i) => [p.id, i]));
  const reportOf = new Map(reports.map((r) => [r.report.id, r.report]));
  const lines = new Map<string, SentLine[]>();
  for (const item of await repo.listItems(
    db,
    reports.map((r) => r.report.id),
  )) {
    const report = reportOf.get(item.reportId)!;
    const key = `${report.agencyId}:${item.taskId}`;
    lines.set(key, [
      ...(lines.get(key) ?? []),
      {
        periodOrder: order.get(report.periodId) ?? -1,
        reportStatus: report.status,
        status: item.status as TaskProgressStatus | null,
      },
    ]);
  }
  // A deadline is missed once its day is over.
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const byAgency = new Map<
    string,
    { agency: { id: string; name: string }; tasks: PlanHealth["plans"][number]["lateTasks"][number]["tasks"] }
  >();
  for (const task of tasks)
    for (const lead of links.filter((l) => l.taskId === task.id && l.role === "lead")) {
      const sent = latestSent(lines.get(`${lead.agencyId}:${task.id}`) ?? [], periods.length);
      const why = lateReason(task.recurring ? null : task.deadline, sent?.status ?? null, yesterday);
      if (!why) continue;
      const entry = byAgency.get(lead.agencyId) ?? {
        agency: { id: lead.agencyId, name: lead.name },
        tasks: [],
      };
      entry.tasks.push({
        place: [sections.get(task.sectionId), task.letter].filter(Boolean).join("."),
        body: task.body,
        deadline: task.deadline,
        why,
      });
      byAgency.set(lead.agencyId, entry);
    }
  return [...byAgency.values()].sort((a, b) => vietnamese.compare(a.agency.name, b.agency.name));
}

/** Every period an agency owed or owes a report in, across plans, and how its report arrived. */
export async function agencyReportHistory(
  db: Db,
  agencyId: string,
  now = new Date(),
): Promise<AgencyReportHistory> {
  const today = provinceToday(now);
  // A draft plan asks no report yet.
  const planRows = (await content.listTasksOfAgency(db, agencyId)).filter((r) => r.plan.status !== "draft");
  const plans = new Map(planRows.map((r) => [r.plan.id, r.plan]));
  const periods = await repo.listPeriods(db, [...plans.keys()]);
  const reports = await repo.listReports(
    db,
    periods.map((p) => p.id),
  );
  const mine = new Map(
    reports.filter((r) => r.report.agencyId === agencyId).map((r) => [r.report.periodId, r]),
  );
  return {
    items: periods
      // Periods still to come are not history; one already reported early is.
      .filter((period) => period.agencyDue <= today || mine.has(period.id))
      .map((period) => {
        const plan = plans.get(period.planId)!;
        const found = mine.get(period.id)?.report;
        return {
          plan: { id: plan.id, title: plan.title, numberSymbol: plan.numberSymbol },
          period: {
            id: period.id,
            label: periodLabel(period.kind as ReportKind, period.year),
            agencyDue: period.agencyDue,
            closed: period.closedAt !== null,
          },
          awaitingSignOff: Boolean(found?.signOffRequestedAt && !found.signedOffAt),
          status: (found?.status as AgencyReportHistory["items"][number]["status"]) ?? null,
          firstSubmittedAt: found?.firstSubmittedAt?.toISOString() ?? null,
          amendments: mine.get(period.id)?.amendments ?? 0,
          ...timelinessOf(period.agencyDue, found?.firstSubmittedAt ?? null, today),
        };
      })
      .sort((a, b) => b.period.agencyDue.localeCompare(a.period.agencyDue)),
  };
}
