// The green-index targets set on the PGI page, and what the province's plans say about PGI:
// their targets on it and the tasks that serve a sub-index, with the agencies that lead them.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
  pgiTargets,
  planSections,
  plans,
  planTargets,
  planTaskAgencies,
  planTasks,
} from "../../db/schema.js";

export type PageTargetRow = typeof pgiTargets.$inferSelect;

export async function listPageTargets(db: DbOrTx, provinceCode: string): Promise<PageTargetRow[]> {
  return db
    .select()
    .from(pgiTargets)
    .where(eq(pgiTargets.provinceCode, provinceCode))
    .orderBy(asc(pgiTargets.year), asc(pgiTargets.part));
}

export async function replacePageTargets(
  db: DbOrTx,
  provinceCode: string,
  rows: (typeof pgiTargets.$inferInsert)[],
): Promise<void> {
  await db.delete(pgiTargets).where(eq(pgiTargets.provinceCode, provinceCode));
  if (rows.length) await db.insert(pgiTargets).values(rows);
}

/** Plans still in force or being written: the ones whose targets and tasks the page reads. */
const livePlanStatuses = ["draft", "issued"];

/** The targets of the live plans measured by the PGI: what the page compares, and what tasks serve. */
export async function listPlanPgiTargets(db: DbOrTx) {
  return db
    .select({
      id: planTargets.id,
      planId: plans.id,
      planTitle: plans.title,
      measure: planTargets.measure,
      measureRef: planTargets.measureRef,
      yearly: planTargets.yearly,
    })
    .from(planTargets)
    .innerJoin(plans, eq(plans.id, planTargets.planId))
    .where(
      and(
        inArray(plans.status, livePlanStatuses),
        inArray(planTargets.measure, ["pgi_total", "pgi_rank", "pgi_part_score", "pgi_part_rank"]),
      ),
    )
    .orderBy(asc(plans.periodFrom), asc(plans.title), asc(planTargets.position));
}

/** Every task of the live plans with its place, what it serves and its lead agencies, in one read. */
export async function listPlanTasks(db: DbOrTx) {
  const rows = await db
    .select({
      id: planTasks.id,
      planId: plans.id,
      planTitle: plans.title,
      planStatus: plans.status,
      section: planSections.number,
      sectionTitle: planSections.title,
      letter: planTasks.letter,
      body: planTasks.body,
      deadline: planTasks.deadline,
      recurring: planTasks.recurring,
      targetIds: planTasks.targetIds,
      measures: planTasks.measures,
      lead: agencies.name,
    })
    .from(planTasks)
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .innerJoin(planSections, eq(planSections.id, planTasks.sectionId))
    .leftJoin(
      planTaskAgencies,
      and(eq(planTaskAgencies.taskId, planTasks.id), eq(planTaskAgencies.role, "lead")),
    )
    .leftJoin(agencies, eq(agencies.id, planTaskAgencies.agencyId))
    .where(inArray(plans.status, livePlanStatuses))
    .orderBy(
      asc(plans.periodFrom),
      asc(plans.title),
      asc(planSections.position),
      asc(planTasks.position),
      asc(agencies.name),
    );
  // One row per lead agency: a task with its leads.
  const tasks = new Map<string, Omit<(typeof rows)[number], "lead"> & { leads: string[] }>();
  for (const { lead, ...task } of rows) {
    const kept = tasks.get(task.id) ?? { ...task, leads: [] };
    if (lead !== null) kept.leads.push(lead);
    tasks.set(task.id, kept);
  }
  return [...tasks.values()];
}
