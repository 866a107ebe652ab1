// A plan's targets, sections, tasks and the agencies on each task; its issued document. Lists
// are replaced whole inside the caller's transaction, keeping the ids they are given.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
  computations,
  planDocuments,
  planSections,
  plans,
  planTargets,
  planTaskAgencies,
  planTasks,
  users,
} from "../../db/schema.js";

export type TargetRow = typeof planTargets.$inferSelect;
export type SectionRow = typeof planSections.$inferSelect;
export type TaskRow = typeof planTasks.$inferSelect;

export async function listTargets(db: DbOrTx, planIds: string[]): Promise<TargetRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planTargets)
    .where(inArray(planTargets.planId, planIds))
    .orderBy(asc(planTargets.position));
}

export async function replaceTargets(db: DbOrTx, planId: string, rows: (typeof planTargets.$inferInsert)[]) {
  await db.delete(planTargets).where(eq(planTargets.planId, planId));
  if (rows.length) await db.insert(planTargets).values(rows);
}

/** Takes out of the plan's tasks the targets that are no longer the plan's. */
export async function dropTaskTargets(db: DbOrTx, planId: string, targetIds: string[]) {
  await db
    .update(planTasks)
    .set({
      targetIds: sql`coalesce((select jsonb_agg(t) from jsonb_array_elements_text(${planTasks.targetIds}) t
        where t = any(${sql.param(targetIds)}::text[])), '[]'::jsonb)`,
    })
    .where(eq(planTasks.planId, planId));
}

export async function listSections(db: DbOrTx, planId: string): Promise<SectionRow[]> {
  return db
    .select()
    .from(planSections)
    .where(eq(planSections.planId, planId))
    .orderBy(asc(planSections.position));
}

export async function listTasks(db: DbOrTx, planIds: string[]): Promise<TaskRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planTasks)
    .where(inArray(planTasks.planId, planIds))
    .orderBy(asc(planTasks.position));
}

export async function listTaskAgencies(db: DbOrTx, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .select({
      taskId: planTaskAgencies.taskId,
      agencyId: planTaskAgencies.agencyId,
      role: planTaskAgencies.role,
      name: agencies.name,
    })
    .from(planTaskAgencies)
    .innerJoin(agencies, eq(agencies.id, planTaskAgencies.agencyId))
    .where(inArray(planTaskAgencies.taskId, taskIds))
    .orderBy(asc(agencies.name));
}

/** The tasks an agency leads or supports, in every plan. */
export async function listTasksOfAgency(db: DbOrTx, agencyId: string) {
  return db
    .select({ task: planTasks, role: planTaskAgencies.role, section: planSections, plan: plans })
    .from(planTaskAgencies)
    .innerJoin(planTasks, eq(planTasks.id, planTaskAgencies.taskId))
    .innerJoin(planSections, eq(planSections.id, planTasks.sectionId))
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(eq(planTaskAgencies.agencyId, agencyId))
    .orderBy(asc(plans.periodFrom), asc(plans.title), asc(planSections.position), asc(planTasks.position));
}

export async function replaceTasks(
  db: DbOrTx,
  planId: string,
  sections: (typeof planSections.$inferInsert)[],
  tasks: (typeof planTasks.$inferInsert)[],
  taskAgencies: (typeof planTaskAgencies.$inferInsert)[],
) {
  // Sections go with their tasks and the tasks' agencies (cascade).
  await db.delete(planSections).where(eq(planSections.planId, planId));
  if (sections.length) await db.insert(planSections).values(sections);
  for (let i = 0; i < tasks.length; i += 500) await db.insert(planTasks).values(tasks.slice(i, i + 500));
  for (let i = 0; i < taskAgencies.length; i += 1000)
    await db.insert(planTaskAgencies).values(taskAgencies.slice(i, i + 1000));
}

export async function listActiveAgencyIds(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.active, true));
  return new Set(rows.map((r) => r.id));
}

export async function findDocument(db: DbOrTx, planId: string) {
  const [row] = await db
    .select({ document: planDocuments, uploaderName: users.fullName })
    .from(planDocuments)
    .leftJoin(users, eq(users.id, planDocuments.uploadedBy))
    .where(eq(planDocuments.planId, planId));
  return row;
}

export async function upsertDocument(db: DbOrTx, row: Omit<typeof planDocuments.$inferInsert, "uploadedAt">) {
  const { planId, ...change } = row;
  await db
    .insert(planDocuments)
    .values(row)
    .onConflictDoUpdate({ target: planDocuments.planId, set: { ...change, uploadedAt: new Date() } });
}

/** The indicator values stored with approved cycles' results, by cycle: `{ code: value }`. */
export async function storedIndicatorValues(db: DbOrTx, cycleIds: string[]) {
  if (cycleIds.length === 0) return [];
  return db
    .select({
      cycleId: computations.cycleId,
      values: sql<Record<string, number | null> | null>`(
        select jsonb_object_agg(i->>'code', i->'value') from jsonb_array_elements(${computations.result}->'indicators') i)`,
      total: sql<unknown>`${computations.result}->'total'`,
      complete: sql<unknown>`${computations.result}->'status'->'complete'`,
    })
    .from(computations)
    .where(
      and(
        inArray(computations.cycleId, cycleIds),
        sql`${computations.withdrawnAt} is null`,
        sql`${computations.supersededBy} is null`,
      ),
    );
}
